package org.policykg.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.io.UncheckedIOException;
import org.apache.jena.query.QueryCancelledException;
import org.eclipse.jetty.io.EofException;
import org.policykg.store.ReadCancel;
import org.policykg.web.sparql.Admission;
import org.policykg.web.sparql.Watchdog;

/**
 * The limits of {@code /sparql} for every other read of the store: the API, Linked Data pages,
 * search, graph views, the Graph Store's GETs and the dumps take one of the same query slots, and
 * are stopped at the query time limit or by the heap guard ({@link ReadCancel}, which the store's
 * queries, the API's walks and the dumps check), answering 503, or when the client goes away.
 */
final class ReadLimits {
    private final Admission admission;
    private final long timeoutMillis;

    ReadLimits(Admission admission, long timeoutMillis) {
        this.admission = admission;
        this.timeoutMillis = timeoutMillis;
    }

    /** For Javalin's handler wrapper: the reads of the store run inside the limits, anything else as it is. */
    Handler wrap(Endpoint endpoint) {
        Handler handler = endpoint.handler;
        if (endpoint.method != HandlerType.GET && endpoint.method != HandlerType.HEAD) {
            return handler;
        }
        return ctx -> {
            if (applies(ctx.path())) {
                run(ctx, handler);
            } else {
                handler.handle(ctx);
            }
        };
    }

    /** /sparql admits its own queries; the static documents read nothing from the store. */
    static boolean applies(String path) {
        return ReadEndpoints.matches(path)
                && !path.startsWith("/sparql")
                && !path.startsWith("/openapi.json")
                && !path.startsWith("/context/");
    }

    @SuppressWarnings("try") // the client watch only needs closing
    private void run(Context ctx, Handler handler) throws Exception {
        Admission.Slot slot = admission.enter(ctx);
        try (ReadCancel cancel = ReadCancel.begin();
                Watchdog watchdog = Watchdog.start(() -> stop(ctx, cancel), timeoutMillis);
                ClientWatch client = ClientWatch.start(ctx, watchdog::clientGone)) {
            try {
                handler.handle(ctx);
            } catch (QueryCancelledException e) {
                throw stopped(ctx, watchdog, e);
            } catch (RuntimeException e) {
                if (watchdog.fired()) {
                    throw stopped(ctx, watchdog, e);
                }
                throw e;
            }
        } finally {
            slot.close();
        }
    }

    /**
     * Raises the read's cancel signal; a read already streaming its answer (a dump) may be blocked
     * writing to a client that reads slowly, which no signal reaches: its connection is cut.
     */
    private static void stop(Context ctx, ReadCancel cancel) {
        cancel.cancel();
        if (ctx.res().isCommitted()) {
            ProblemMapper.cut(ctx);
        }
    }

    private RuntimeException stopped(Context ctx, Watchdog watchdog, RuntimeException cause) {
        if (watchdog.cause() == Watchdog.Cause.CLIENT_GONE) {
            return new UncheckedIOException("client went away", new EofException(cause));
        }
        ctx.header("Retry-After", "5");
        if (watchdog.cause() == Watchdog.Cause.MEMORY) {
            RequestNotes.rejected(ctx, "heap-guard");
            return HttpProblem.unavailable("The server ran short of memory and stopped this read, the largest"
                            + " running. Try again shortly.")
                    .reason("heap-guard");
        }
        RequestNotes.timedOut(ctx);
        return HttpProblem.unavailable(
                        "The read ran longer than this server's limit of " + timeoutMillis + " ms; try again later.")
                .reason("read-timeout");
    }
}
