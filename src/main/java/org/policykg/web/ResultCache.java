package org.policykg.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.policykg.store.GraphStore;

/**
 * The serialized bytes of read responses (SPARQL query results, the JSON-LD API, linked data),
 * keyed by what the client asked (route and request, {@code Accept}) and the store's
 * {@link GraphStore#version()}. A write bumps the version, so an entry made before it is never
 * found again; the first lookup after a write also drops every older entry. Bounded by bytes:
 * Caffeine evicts the least useful entries past the limit. Callers store only complete 200
 * answers: never errors, timeouts or answers cut by a cap.
 */
public final class ResultCache {
    /** Response header: {@code hit} when the body came from the cache, {@code miss} when it was computed. */
    public static final String HEADER = "X-Cache";

    /**
     * Response headers not replayed with a cached body: the filters set them afresh on every request
     * (ETag, CORS, this cache's own), or Jetty does (length, encoding, date). Every other header the
     * handler set (Content-Security-Policy, Link, the row cap, ...) goes with the body.
     */
    private static final Set<String> NOT_REPLAYED = Set.of(
            "etag",
            "cache-control",
            "x-cache",
            "content-type",
            "content-length",
            "content-encoding",
            "transfer-encoding",
            "date",
            "server",
            "set-cookie");

    /** What the cache is keyed by; {@code request} holds everything besides Accept that shapes the body. */
    public record Key(String route, String request, String accept, long version) {}

    /**
     * A kept answer: its body, content type, the headers replayed with it ({@code Vary} split once
     * into its names) and the query hash noted for the access log, so that a hit need not hash the
     * query text again.
     */
    private record Entry(
            byte[] body, String contentType, Map<String, String> headers, List<String> vary, String queryHash) {}

    private static final String PENDING = "policykg.resultCacheKey";

    private final GraphStore store;
    private final Cache<Key, Entry> cache;
    private final long maxEntryBytes;
    private final AtomicLong seenVersion = new AtomicLong(-1);

    /** @param maxBytes the most bytes of bodies held; 0 turns the cache off */
    public ResultCache(GraphStore store, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("the cache size must not be negative");
        }
        this.store = store;
        // one answer may take at most an eighth of the cache, so that one huge result cannot flush the rest
        this.maxEntryBytes = maxBytes / 8;
        this.cache = maxBytes == 0
                ? null
                : Caffeine.newBuilder()
                        .maximumWeight(maxBytes)
                        .weigher((Key k, Entry e) ->
                                e.body().length + k.request().length() * 2 + 64)
                        .recordStats()
                        .build();
        if (cache != null) {
            // answers can be computed again: the heap guard drops them before it stops a query
            org.policykg.web.sparql.HeapGuard.relief(this, c -> c.cache.invalidateAll());
        }
    }

    public boolean enabled() {
        return cache != null;
    }

    /** Bodies larger than this are served but not kept. */
    public long maxEntryBytes() {
        return maxEntryBytes;
    }

    /**
     * The key for this request under the store's current version, read before the handler's read
     * transaction: an entry is never older than its key. Null when the cache is off.
     */
    public Key key(Context ctx, String route, String request) {
        if (cache == null) {
            return null;
        }
        long version = store.version();
        long seen = seenVersion.get();
        if (version != seen && seenVersion.compareAndSet(seen, version)) {
            // a write happened: no key will ever name the older entries again, so free their memory now
            cache.invalidateAll();
        }
        return new Key(route, request, ctx.header("Accept"), version);
    }

    /** Answers from the cache when it holds the key, and notes hit or miss in {@link #HEADER}. */
    public boolean serve(Context ctx, Key key) {
        Entry entry = key == null ? null : cache.getIfPresent(key);
        if (entry == null) {
            if (key != null) {
                ctx.header(HEADER, "miss");
            }
            return false;
        }
        entry.headers().forEach(ctx::header);
        for (String header : entry.vary()) { // added to what CORS set for this request
            Conneg.vary(ctx, header);
        }
        if (entry.queryHash() != null) {
            RequestNotes.queryHash(ctx, entry.queryHash());
        }
        ctx.header(HEADER, "hit");
        if (entry.contentType() != null) {
            ctx.contentType(entry.contentType());
        }
        ctx.result(entry.body());
        return true;
    }

    /** Keeps a complete 200 answer with the response headers it was sent with. */
    public void put(Context ctx, Key key, byte[] body) {
        if (key == null || body.length > maxEntryBytes || ctx.statusCode() != 200) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> vary = List.of();
        for (String name : ctx.res().getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("vary")) {
                vary = List.of(ctx.res().getHeader(name).split("\\s*,\\s*"));
            } else if (!NOT_REPLAYED.contains(lower) && !lower.startsWith("access-control-")) {
                headers.put(name, ctx.res().getHeader(name));
            }
        }
        cache.put(
                key,
                new Entry(body, ctx.res().getContentType(), Map.copyOf(headers), vary, RequestNotes.queryHash(ctx)));
    }

    /**
     * Before-filter for the GETs of the JSON-LD API and linked data: answers from the cache, or notes
     * the key so that {@link #after} keeps the handler's answer.
     */
    void before(Context ctx) {
        if (cache == null
                || ctx.method() != HandlerType.GET
                || ctx.statusCode() == 304 // the ETag filter answered already
                || !ReadEndpoints.cached(ctx.path())) {
            return;
        }
        String query = ctx.queryString();
        Key key = key(ctx, ctx.path(), query == null ? "" : query);
        if (serve(ctx, key)) {
            ctx.skipRemainingHandlers();
        } else {
            ctx.attribute(PENDING, key);
        }
    }

    /** After-filter: keeps an answer held in memory (handlers that stream are not cached). */
    void after(Context ctx) {
        Key key = ctx.attribute(PENDING);
        if (key != null && ctx.statusCode() == 200 && ctx.resultInputStream() instanceof ByteArrayInputStream in) {
            byte[] body = in.readAllBytes();
            ctx.result(body);
            put(ctx, key, body);
        }
    }

    /** Hit and miss counts and the bytes held, for the metrics. */
    CacheStats stats() {
        return cache == null ? CacheStats.empty() : cache.stats();
    }

    long weightedBytes() {
        return cache == null
                ? 0
                : cache.policy()
                        .eviction()
                        .map(e -> e.weightedSize().orElse(0L))
                        .orElse(0L);
    }
}
