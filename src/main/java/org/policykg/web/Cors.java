package org.policykg.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;

/**
 * CORS for the read endpoints: GET and HEAD from the configured origins ({@code *} by default),
 * preflights answered here; never
 * a write method, nor a method-override header ({@link MethodOverride}). Javalin's CorsPlugin is not used because it allows whatever method a
 * preflight asks for (writes included) and replaces {@code Vary} rather than adding to it.
 */
final class Cors {
    private static final String EXPOSED = "ETag, Link, Location, Content-Disposition";

    private final List<String> origins;
    private final boolean anyOrigin;

    /** @param origins allowed origins such as {@code https://example.org}, or {@code *} for any */
    Cors(List<String> origins) {
        this.origins = List.copyOf(origins);
        this.anyOrigin = origins.contains("*");
    }

    void before(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origins.isEmpty() || !ReadEndpoints.matches(ctx.path())) {
            return;
        }
        if (!anyOrigin) {
            Conneg.vary(ctx, "Origin");
            if (!origins.contains(origin)) {
                return;
            }
        }
        String requested = ctx.header("Access-Control-Request-Method");
        boolean preflight = ctx.method() == HandlerType.OPTIONS && requested != null;
        String method = preflight ? requested : ctx.method().name();
        String headers = ctx.header("Access-Control-Request-Headers");
        if (!method.equals("GET") && !method.equals("HEAD") || preflight && asksOverride(headers)) {
            if (preflight) { // no Allow-Origin: the browser refuses the write
                ctx.status(204);
                ctx.skipRemainingHandlers();
            }
            return;
        }
        ctx.header("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
        if (preflight) {
            ctx.header("Access-Control-Allow-Methods", "GET, HEAD");
            if (headers != null) {
                ctx.header("Access-Control-Allow-Headers", headers);
            }
            ctx.header("Access-Control-Max-Age", "86400");
            ctx.status(204);
            ctx.skipRemainingHandlers();
        } else {
            ctx.header("Access-Control-Expose-Headers", EXPOSED);
        }
    }

    /** A method-override header would turn a granted GET into a write: never granted. */
    private static boolean asksOverride(String requestedHeaders) {
        if (requestedHeaders == null) {
            return false;
        }
        for (String h : requestedHeaders.split(",")) {
            if (MethodOverride.HEADERS.contains(h.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
