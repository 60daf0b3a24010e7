package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestServer;

/**
 * The access log names each query by a hash, and {@code /metrics} counts timeouts, refusals by reason
 * and the store's quads: each refusal is provoked over HTTP and the scrape must show exactly it.
 */
class ObservabilityIT {
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String JSON_RESULTS = "application/sparql-results+json";
    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(?:\\{([^}]*)\\})? (\\S+)$");

    /**
     * One query at a time, 500 ms each, 2000-byte bodies: every limit within reach of a test. No result
     * cache: the repeated ASK that meets the concurrency cap must run, not come from the cache.
     */
    @RegisterExtension
    static final TestServer server = new TestServer(ServerSettings.builder()
            .adminToken(TestServer.ADMIN_TOKEN)
            .queryTimeoutMillis(500)
            .maxConcurrentQueries(1)
            .maxResultRows(100)
            .maxRequestBytes(2_000)
            .idleTimeoutMillis(30_000)
            .maxRequestHeaderBytes(16_384)
            .queueWaitMillis(0)
            .resultCacheBytes(0)
            .build());

    @Test
    void theAccessLogLineCarriesTheQueryHash() {
        String query = "ASK { ?s ?p ?o } # " + System.nanoTime();
        List<String> messages = AccessLines.during(2, () -> {
            // any answer will do (this server's limits are tight): the line names the query either way
            server.query(query, JSON_RESULTS);
            server.get("/health"); // no query: no hash
        });
        assertThat(messages)
                .anyMatch(m -> m.startsWith("GET /sparql ") && m.endsWith(" query=" + AccessLines.hashOf(query)));
        assertThat(messages).anyMatch(m -> m.startsWith("GET /health 200 ") && !m.contains("query="));
    }

    @Test
    void metricsCountTimeoutsRefusalsByReasonAndTheStoresQuads() throws Exception {
        Map<String, Double> before = scrape();
        Map<String, Integer> provoked = new HashMap<>();

        // unauthorized: an ingest without the token
        assertThat(server.post("/api/documents", "text/plain", "Security first.")
                        .statusCode())
                .isEqualTo(401);
        provoked.merge("unauthorized", 1, Integer::sum);
        // too large: a body over 2000 bytes
        assertThat(server.post("/sparql", "application/sparql-query", "ASK {} #" + "x".repeat(3_000))
                        .statusCode())
                .isEqualTo(413);
        provoked.merge("content-too-large", 1, Integer::sum);
        // SERVICE and LOAD refused
        assertThat(server.query("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", JSON_RESULTS)
                        .statusCode())
                .isEqualTo(403);
        provoked.merge("service-refused", 1, Integer::sum);
        assertThat(server.post(
                                "/sparql",
                                "application/sparql-update",
                                "LOAD <http://127.0.0.1:9/data.ttl>",
                                "Authorization",
                                "Bearer " + TestServer.ADMIN_TOKEN)
                        .statusCode())
                .isEqualTo(403);
        provoked.merge("load-refused", 1, Integer::sum);
        // timeouts, and refusals at the concurrency cap while a slow query holds the only slot
        int timeouts = 0;
        boolean refused = false;
        for (int attempt = 0; attempt < 20 && !refused; attempt++) {
            CompletableFuture<HttpResponse<String>> slow = sendAsync(CROSS_PRODUCT);
            while (!slow.isDone()) {
                HttpResponse<String> r = server.query("ASK {}", JSON_RESULTS);
                if (r.statusCode() == 503) {
                    refused = true;
                    provoked.merge("concurrency-cap", 1, Integer::sum);
                }
            }
            HttpResponse<String> r = slow.get(10, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(503);
            provoked.merge(r.body().contains("timed out") ? "query-timeout" : "concurrency-cap", 1, Integer::sum);
            timeouts += r.body().contains("timed out") ? 1 : 0;
        }
        assertThat(refused).isTrue();
        assertThat(timeouts).isPositive();

        // the request log runs after each answer: the last one may still be on its way
        Map<String, Double> after = scrape();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!allCounted(provoked, before, after) && System.nanoTime() < deadline) {
            after = scrape();
        }
        for (Map.Entry<String, Integer> e : provoked.entrySet()) {
            assertThat(delta(before, after, rejections(e.getKey())))
                    .as(e.getKey())
                    .isEqualTo(e.getValue().doubleValue());
        }
        assertThat(delta(before, after, "policykg_query_timeouts_total")).isEqualTo(timeouts);

        // counted another way than the gauge: graph by graph
        long quads = server.store().read(dsg -> {
            long n = dsg.getDefaultGraph().size();
            for (Node g : (Iterable<Node>) dsg::listGraphNodes) {
                n += dsg.getGraph(g).size();
            }
            return n;
        });
        assertThat(quads).isGreaterThan(5000);
        assertThat(after.get("policykg_store_quads")).isEqualTo((double) quads);
    }

    private static boolean allCounted(
            Map<String, Integer> provoked, Map<String, Double> before, Map<String, Double> after) {
        return provoked.entrySet().stream().allMatch(e -> delta(before, after, rejections(e.getKey())) == e.getValue());
    }

    private static String rejections(String reason) {
        return "policykg_rejections_total{reason=\"" + reason + "\"}";
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String sample) {
        return after.getOrDefault(sample, 0.0) - before.getOrDefault(sample, 0.0);
    }

    /** The samples of a scrape, keyed by name and labels as they appear ("name{labels}"). */
    private static Map<String, Double> scrape() {
        HttpResponse<String> r = server.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Double> samples = new HashMap<>();
        r.body().lines().filter(l -> !l.startsWith("#")).forEach(l -> {
            Matcher m = SAMPLE.matcher(l);
            if (m.matches()) {
                String key = m.group(2) == null ? m.group(1) : m.group(1) + "{" + m.group(2) + "}";
                samples.put(key, Double.parseDouble(m.group(3)));
            }
        });
        return samples;
    }

    private static CompletableFuture<HttpResponse<String>> sendAsync(String query) {
        HttpRequest request = HttpRequest.newBuilder(
                        server.uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", JSON_RESULTS)
                .build();
        return server.client().sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
