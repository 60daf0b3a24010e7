package org.policykg.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a client that closes its connection while the server works on its request, before
 * anything is written: Jetty reads nothing from a connection while a request is handled, so a
 * departed client would otherwise be found only at the first write, after the whole query. Once the
 * request body has been read, the connection's endpoint is asked to report when it becomes readable;
 * then it has either ended (the client is gone: {@code onGone} runs, on a Jetty thread) or carries a
 * pipelined request, whose bytes are taken, so the connection is closed after this answer and the
 * client sends the request again, as HTTP/1.1 lets it.
 */
public final class ClientWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ClientWatch.class);
    private static final ClientWatch NONE = new ClientWatch(null, null, () -> {});

    private final Context ctx;
    private final EndPoint endPoint;
    private final Runnable onGone;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean pipelined;
    private volatile boolean closed;

    private ClientWatch(Context ctx, EndPoint endPoint, Runnable onGone) {
        this.ctx = ctx;
        this.endPoint = endPoint;
        this.onGone = onGone;
    }

    /**
     * Watches the connection of {@code ctx} until closed; {@code onGone} must only flip flags. Nothing
     * is watched while a request body may still be unread (its bytes are the connection's to read).
     */
    public static ClientWatch start(Context ctx, Runnable onGone) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request == null || !bodyRead(ctx)) {
            return NONE;
        }
        ClientWatch watch = new ClientWatch(
                ctx, request.getConnectionMetaData().getConnection().getEndPoint(), onGone);
        watch.register();
        return watch;
    }

    private static boolean bodyRead(Context ctx) {
        try {
            return ctx.req().getContentLengthLong() == 0
                    || ctx.req().getContentLengthLong() < 0 && ctx.req().getHeader("Transfer-Encoding") == null
                    || ctx.req().getInputStream().isFinished();
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    private synchronized void register() {
        pending.set(true);
        if (closed || !endPoint.tryFillInterested(callback())) {
            pending.set(false); // someone else reads the connection: nothing to watch
        }
    }

    private Callback callback() {
        return new Callback() {
            @Override
            public void succeeded() {
                pending.set(false);
                if (!closed) {
                    readable();
                }
            }

            @Override
            public void failed(Throwable x) {
                pending.set(false);
            }
        };
    }

    private void readable() {
        try {
            // an empty buffer as Jetty counts it (a plain allocate(1) reads as full, and fills nothing)
            int read = endPoint.fill(BufferUtil.allocate(1));
            if (read < 0) {
                log.debug("{} {}: the client closed its connection; the request is stopped", ctx.method(), ctx.path());
                onGone.run();
            } else if (read == 0) {
                register();
            } else {
                pipelined = true;
            }
        } catch (IOException e) {
            onGone.run();
        }
    }

    /** Stops watching; the connection is the server's to read again. Call on the request's thread. */
    @Override
    public synchronized void close() {
        if (this == NONE) {
            return;
        }
        closed = true;
        if (pending.get() && endPoint instanceof AbstractEndPoint e) {
            // withdraw the interest before the connection asks for the next request
            e.getFillInterest().onFail(new CancellationException("request done"));
        }
        if (pipelined && !ctx.res().isCommitted()) {
            ctx.header("Connection", "close");
        }
    }
}
