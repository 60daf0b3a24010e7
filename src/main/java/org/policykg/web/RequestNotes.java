package org.policykg.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What handlers note on a request for its access log line and the metrics: the query's hash, a
 * refusal's reason, a query timeout. Kept as request attributes, so handlers need no reference to
 * the logger or the metrics registry.
 */
public final class RequestNotes {
    private static final String QUERY_HASH = "policykg.queryHash";
    private static final String REJECTION = "policykg.rejection";
    private static final String TIMED_OUT = "policykg.queryTimedOut";

    private RequestNotes() {}

    /** Notes the first 12 hex digits of the SHA-256 of a SPARQL query or update: logs can be grouped by query without holding its text. */
    public static void query(Context ctx, String text) {
        ctx.attribute(QUERY_HASH, hash(text));
    }

    /** Notes a hash made earlier for the same text (a cached answer keeps it). */
    static void queryHash(Context ctx, String hash) {
        ctx.attribute(QUERY_HASH, hash);
    }

    public static String hash(String text) {
        byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 6);
    }

    /** One digest per thread: looking the algorithm up on every request showed in the profile (digest() resets it). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });

    /** Notes that a query ran out of time, whether the client got a 503 or a cut stream. */
    public static void timedOut(Context ctx) {
        ctx.attribute(TIMED_OUT, Boolean.TRUE);
    }

    /** Notes why a request was refused, unless a more specific reason is there already. */
    public static void rejected(Context ctx, String reason) {
        if (ctx.attribute(REJECTION) == null) {
            ctx.attribute(REJECTION, reason);
        }
    }

    static String queryHash(Context ctx) {
        return ctx.attribute(QUERY_HASH);
    }

    static String rejection(Context ctx) {
        return ctx.attribute(REJECTION);
    }

    static boolean timedOutNoted(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(TIMED_OUT));
    }
}
