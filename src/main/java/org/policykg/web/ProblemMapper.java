package org.policykg.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import java.net.URI;
import org.policykg.web.sparql.HeapGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the handlers that turn every failure into problem+json: our {@link HttpProblem}s,
 * Javalin's own HTTP errors (404 on unknown paths, 405) and, as a generic 500, anything else, whose
 * cause goes to the log only.
 */
final class ProblemMapper {
    private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);
    private static final String TYPE_BASE = "https://w3id.org/policy-kg/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemMapper() {}

    /** @param maxRequestBytes the body limit, named in the 413 problem so that clients know what fits */
    static void register(JavalinConfig config, long maxRequestBytes) {
        config.routes.exception(HttpProblem.class, (e, ctx) -> {
            log.debug("{} {} -> {}: {}", ctx.method(), ctx.path(), e.status(), e.getMessage());
            RequestNotes.rejected(ctx, e.reason());
            write(ctx, e.status(), e.type(), e.title(), e.getMessage());
        });
        config.routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
            // Javalin names the path's methods in the details (one entry, its key depends on Accept)
            String allowed = String.join(", ", e.getDetails().values());
            RequestNotes.rejected(ctx, "method-not-allowed");
            ctx.header("Allow", allowed);
            write(
                    ctx,
                    405,
                    "method-not-allowed",
                    "Method Not Allowed",
                    ctx.method() + " is not allowed on " + ctx.path() + "; it takes " + allowed + ".");
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            log.debug("{} {} -> {}: {}", ctx.method(), ctx.path(), e.getStatus(), e.getMessage());
            RequestNotes.rejected(ctx, e.getStatus() == 413 ? "content-too-large" : "http-" + e.getStatus());
            if (e.getStatus() == 413) {
                // Javalin's own 413 says only "Content Too Large": say what the limit is
                write(
                        ctx,
                        413,
                        "content-too-large",
                        "Content Too Large",
                        "The request body is larger than this server's limit of " + maxRequestBytes + " bytes.");
                return;
            }
            write(ctx, e.getStatus(), "http-" + e.getStatus(), e.getMessage(), e.getMessage());
        });
        // an external SPARQL store (serve --store sparql) that fails or cannot be reached
        config.routes.exception(org.apache.jena.atlas.web.HttpException.class, ProblemMapper::storeFailed);
        config.routes.exception(
                org.apache.jena.sparql.engine.http.QueryExceptionHTTP.class, ProblemMapper::storeFailed);
        config.routes.exception(Exception.class, (e, ctx) -> {
            if (clientGone(e)) {
                log.debug("{} {}: the client went away: {}", ctx.method(), ctx.path(), e.toString());
                RequestNotes.rejected(ctx, "client-gone");
                cut(ctx);
                return;
            }
            org.eclipse.jetty.http.HttpException refusal = jettyRefusal(e);
            if (refusal != null) {
                log.debug("{} {} -> {}: {}", ctx.method(), ctx.path(), refusal.getCode(), refusal.getReason());
                RequestNotes.rejected(ctx, "http-" + refusal.getCode());
                String title = org.eclipse.jetty.http.HttpStatus.getMessage(refusal.getCode());
                write(
                        ctx,
                        refusal.getCode(),
                        "http-" + refusal.getCode(),
                        title,
                        refusal.getReason() == null ? title : refusal.getReason());
                return;
            }
            log.error("{} {} failed", ctx.method(), ctx.path(), e);
            RequestNotes.rejected(ctx, "internal");
            write(
                    ctx,
                    500,
                    "internal",
                    "Internal Server Error",
                    "The server failed to answer this request; the error is logged. Try again, or report it.");
        });
        config.routes.error(404, ctx -> {
            RequestNotes.rejected(ctx, "not-found");
            // a handler that answered 404 with a page of its own (the reader) keeps it
            if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType()) && ctx.resultInputStream() == null) {
                write(ctx, 404, "not-found", "Not Found", "Nothing is served at " + ctx.path() + ".");
            }
        });
        config.routes.error(405, ctx -> {
            RequestNotes.rejected(ctx, "method-not-allowed");
            if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                write(
                        ctx,
                        405,
                        "method-not-allowed",
                        "Method Not Allowed",
                        ctx.method() + " is not allowed on " + ctx.path() + ".");
            }
        });
    }

    /**
     * An Error that reached Javalin (its own handlers take Exceptions only): a whole problem, not
     * Javalin's plain-text 500. An OutOfMemoryError is remembered for {@code /health}.
     */
    static void javaLangError(jakarta.servlet.http.HttpServletResponse res, Error e) {
        int status;
        String detail;
        if (e instanceof OutOfMemoryError oom) {
            HeapGuard.outOfMemory(oom);
            status = 503;
            detail = "The server ran short of memory. Try again shortly.";
        } else {
            log.error("A request failed with an Error", e);
            status = 500;
            detail = "The server failed to answer this request; the error is logged. Try again, or report it.";
        }
        if (res.isCommitted()) {
            return;
        }
        try {
            res.resetBuffer();
            res.setStatus(status);
            res.setContentType(Problem.MEDIA_TYPE);
            String title = org.eclipse.jetty.http.HttpStatus.getMessage(status);
            res.getOutputStream()
                    .write(bytes(problem(status, status == 503 ? "out-of-memory" : "internal", title, detail, "/")));
        } catch (java.io.IOException | RuntimeException ignored) {
            // the client went, or the response cannot be written: the status stands
        }
    }

    private static void storeFailed(RuntimeException e, Context ctx) {
        log.warn("{} {}: the SPARQL store failed: {}", ctx.method(), ctx.path(), e.getMessage());
        RequestNotes.rejected(ctx, "store-unavailable");
        ctx.header("Retry-After", "5");
        write(
                ctx,
                503,
                "store-unavailable",
                "Service Unavailable",
                "The SPARQL store behind this server failed or did not answer. Try again shortly.");
    }

    static void write(Context ctx, int status, String type, String title, String detail) {
        if (ctx.res().isCommitted()) {
            // the status line and part of a body are gone: a problem appended to them would read as
            // the end of the answer, so the connection is cut instead and the client sees a broken one
            log.warn(
                    "{} {}: failed after the answer began ({}); the connection is cut",
                    ctx.method(),
                    ctx.path(),
                    detail);
            cut(ctx);
            return;
        }
        ctx.res().resetBuffer();
        ctx.status(status)
                .contentType(Problem.MEDIA_TYPE)
                .result(bytes(problem(status, type, title, detail, ctx.path())));
    }

    static Problem problem(int status, String type, String title, String detail, String path) {
        URI instance;
        try {
            instance = URI.create(path);
        } catch (IllegalArgumentException e) {
            instance = null; // a path Jetty refused may not be a URI at all
        }
        return new Problem(URI.create(TYPE_BASE + type), title, status, detail, instance);
    }

    static byte[] bytes(Problem problem) {
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a Problem record always serialises", e);
        }
    }

    /** Closes the request's connection without ending the response properly. */
    static void cut(Context ctx) {
        org.eclipse.jetty.server.Request request =
                org.eclipse.jetty.ee10.servlet.ServletContextRequest.getServletContextRequest(ctx.req());
        if (request != null) {
            request.getConnectionMetaData().getConnection().close();
        }
    }

    /** A client that closed its connection while sending or receiving: not a failure of the server. */
    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.io.EofException
                    || t instanceof java.nio.channels.ClosedChannelException
                    || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof java.io.IOException io
                            && io.getMessage() != null
                            && (io.getMessage().contains("Broken pipe")
                                    || io.getMessage().contains("Connection reset")
                                    || io.getMessage().contains("Early EOF")
                                    || io.getMessage().equals("client went away"))) {
                return true;
            }
        }
        return false;
    }

    /** Jetty's own refusal of a request (a body too slow, a bad header), with its 4xx status. */
    static org.eclipse.jetty.http.HttpException jettyRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() >= 400 && h.getCode() < 500) {
                return h;
            }
        }
        return null;
    }
}
