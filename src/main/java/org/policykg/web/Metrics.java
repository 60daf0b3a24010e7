package org.policykg.web;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.policykg.store.GraphStore;

/**
 * Prometheus metrics at {@code /metrics}: requests by route and status, their latency, refusals by
 * reason, query timeouts, result cache hits and misses, the quads and named graphs in the store and the JVM's own. One registry per server, so
 * that several servers in one JVM (tests) do not share counts.
 */
final class Metrics {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Histogram latency;
    private final Counter rejections;
    private final Counter timeouts;
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    Metrics(GraphStore store, ResultCache cache) {
        requests = Counter.builder()
                .name("policykg_http_requests")
                .help("HTTP requests answered, by method, route template and status")
                .labelNames("method", "route", "status")
                .register(registry);
        latency = Histogram.builder()
                .name("policykg_http_request_duration_seconds")
                .help("Time to answer an HTTP request, by method and route template")
                .labelNames("method", "route")
                // the text format shows only the classic buckets: native ones cost time on every request for nothing
                .classicOnly()
                .register(registry);
        rejections = Counter.builder()
                .name("policykg_rejections")
                .help("Requests refused, by reason: the problem type, or a finer cause such as concurrency-cap, "
                        + "query-timeout, service-refused, load-refused, content-too-large, response-too-large")
                .labelNames("reason")
                .register(registry);
        timeouts = Counter.builder()
                .name("policykg_query_timeouts")
                .help("Queries stopped at the time limit, answered 503 or cut short while streaming")
                .register(registry);
        GaugeWithCallback.builder()
                .name("policykg_store_quads")
                .help("Quads in the store, over every graph (counted at each scrape)")
                .callback(cb -> cb.call(store.read(dsg -> (double) Iter.count(dsg.find()))))
                .register(registry);
        GaugeWithCallback.builder()
                .name("policykg_store_graphs")
                .help("Named graphs in the store: one per document, plus the ontology files")
                .callback(cb -> cb.call(store.read(dsg -> count(dsg.listGraphNodes()))))
                .register(registry);
        CounterWithCallback.builder()
                .name("policykg_result_cache_lookups")
                .help("Lookups in the result cache, by result: hit (answered from the cache) or miss")
                .labelNames("result")
                .callback(cb -> {
                    CacheStats stats = cache.stats();
                    cb.call(stats.hitCount(), "hit");
                    cb.call(stats.missCount(), "miss");
                })
                .register(registry);
        GaugeWithCallback.builder()
                .name("policykg_result_cache_bytes")
                .help("Bytes of answers held by the result cache (about; bounded by --result-cache-mb)")
                .callback(cb -> cb.call(cache.weightedBytes()))
                .register(registry);
        JvmMetrics.builder().register(registry);
    }

    void record(Context ctx, float millis) {
        String route = route(ctx);
        requests.labelValues(ctx.method().name(), route, Integer.toString(ctx.statusCode()))
                .inc();
        latency.labelValues(ctx.method().name(), route).observe(millis / 1000.0);
        String rejection = RequestNotes.rejection(ctx);
        if (rejection != null) {
            rejections.labelValues(rejection).inc();
        }
        if (RequestNotes.timedOutNoted(ctx)) {
            timeouts.inc();
        }
    }

    void write(Context ctx) {
        ctx.contentType(PrometheusTextFormatWriter.CONTENT_TYPE);
        try {
            writer.write(ctx.outputStream(), registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The route template ("/api/concepts/{id}"), never the raw path: labels must stay few. */
    private static String route(Context ctx) {
        try {
            // the matched endpoint, not ctx.endpoint(): after-filters (ETags) would report their "*"
            Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
            return matched != null ? matched.path : "unmatched";
        } catch (RuntimeException e) {
            return "unmatched"; // 404s and requests refused before routing
        }
    }

    private static double count(Iterator<Node> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
