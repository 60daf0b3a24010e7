package org.policykg.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.security.SecureRandom;
import java.util.Objects;
import org.policykg.store.GraphStore;

/**
 * Weak ETags on the read endpoints, made of the store's {@link GraphStore#version()} and the
 * representation asked for (path, query string, Accept), so that they change exactly when the graph
 * does; a matching {@code If-None-Match} gets 304 before the handler runs. The tag also holds a
 * number drawn at start-up, since the store's version starts afresh on every start.
 */
final class ETags {
    private final GraphStore store;
    private final String instance = Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);

    ETags(GraphStore store) {
        this.store = store;
    }

    /** Before the handler: sets the tag, or answers 304 when the client holds it. */
    void before(Context ctx) {
        if (!(ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD)
                || !ReadEndpoints.matches(ctx.path())) {
            return;
        }
        // the version is read before the handler's read transaction: a tag is never newer than its body
        String tag = "W/\"" + instance + "-" + store.version() + "-"
                + Integer.toHexString(Objects.hash(ctx.path(), ctx.queryString(), ctx.header("Accept"))) + "\"";
        ctx.header("ETag", tag);
        // clients must revalidate, and a revalidation costs one comparison
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), tag)) {
            ctx.status(304);
            ctx.skipRemainingHandlers();
        }
    }

    /** After the handler: errors carry no validator, so that no client revalidates a 4xx into a 304. */
    void after(Context ctx) {
        int status = ctx.statusCode();
        if ((status < 200 || status >= 300) && status != 304 && !ctx.res().isCommitted()) {
            ctx.res().setHeader("ETag", null);
        }
    }

    /** RFC 9110 weak comparison against each tag of {@code If-None-Match}. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = tag.replaceFirst("^W/", "");
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.replaceFirst("^W/", "").equals(opaque)) {
                return true;
            }
        }
        return false;
    }
}
