package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestServer;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;

/** The server's limits over HTTP: query timeout, concurrent queries, result rows, body and header size. */
@Tag("slow")
class LimitsIT {
    private static final String JSON_RESULTS = "application/sparql-results+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every triple three times over: far more than any timeout allows, and COUNT streams nothing early. */
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    /**
     * Each sentence turned into a run of 'a's, which {@code (.*a){12}b} backtracks over in the order of
     * length^12 steps inside one REGEX call, where Jena's own timeout never looks. (The classic
     * {@code (a+)+b} no longer serves: Java 9 and later memoise such group loops.)
     */
    private static final String CATASTROPHIC_REGEX = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            SELECT (COUNT(*) AS ?n) {
              ?s pkg:text ?t .
              BIND(CONCAT(REPLACE(?t, ".", "a"), "!") AS ?o)
              FILTER(REGEX(?o, "(.*a){12}b"))
            }""";

    /** A catastrophic pattern inside REPLACE, which like REGEX matches inside one uninterruptible call. */
    private static final String CATASTROPHIC_REPLACE = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            SELECT (COUNT(*) AS ?n) {
              ?s pkg:text ?t .
              BIND(CONCAT(REPLACE(?t, ".", "a"), "!") AS ?o)
              FILTER(STRLEN(REPLACE(?o, "(.*a){12}b", "x")) > 0)
            }""";

    /** At most 5 triples per CONSTRUCT/DESCRIBE and 4000 bytes per response. */
    @RegisterExtension
    static final TestServer capped = new TestServer(ServerSettings.builder()
            .adminToken(TestServer.ADMIN_TOKEN)
            .queryTimeoutMillis(5_000)
            .maxConcurrentQueries(8)
            .maxResultRows(1_000)
            .maxRequestBytes(10_000)
            .idleTimeoutMillis(30_000)
            .maxRequestHeaderBytes(16_384)
            .maxResultTriples(5)
            .maxResponseBytes(4_000)
            .build());

    @RegisterExtension
    static final TestServer limited = new TestServer(ServerSettings.builder()
            .adminToken(TestServer.ADMIN_TOKEN)
            .queryTimeoutMillis(500)
            .maxConcurrentQueries(8)
            .maxResultRows(3)
            .maxRequestBytes(1_000)
            .idleTimeoutMillis(30_000)
            .maxRequestHeaderBytes(16_384)
            .build());

    /** No result cache on the two servers that test admission: their repeated ASK must run, not be a hit. */
    @RegisterExtension
    static final TestServer oneAtATime = new TestServer(ServerSettings.builder()
            .adminToken(TestServer.ADMIN_TOKEN)
            .queryTimeoutMillis(3_000)
            .maxConcurrentQueries(1)
            .maxResultRows(100)
            .maxRequestBytes(10_000)
            .idleTimeoutMillis(30_000)
            .maxRequestHeaderBytes(16_384)
            .queueWaitMillis(0)
            .resultCacheBytes(0)
            .build());

    @Test
    void aCrossProductTimesOutWith503WhileOtherQueriesAreAnswered() throws Exception {
        assertTimesOutAndOthersAreServed(CROSS_PRODUCT);
    }

    @Test
    void aCatastrophicRegexIsStoppedAndTimesOutWith503() throws Exception {
        assertTimesOutAndOthersAreServed(CATASTROPHIC_REGEX);
    }

    @Test
    void aCatastrophicReplaceIsStoppedAndTimesOutWith503() throws Exception {
        assertTimesOutAndOthersAreServed(CATASTROPHIC_REPLACE);
    }

    @Test
    void replaceStillAnswersAsJenaDoes() throws Exception {
        String query = """
                SELECT ?a ?b ?c ?d {
                  BIND(REPLACE("abcabc", "b", "[$0]") AS ?a)
                  BIND(REPLACE("Security"@en, "(?i)SECURITY", "safety") AS ?b)
                  BIND(REPLACE("abc", "x*", "-") AS ?c)
                  BIND(REPLACE("aBc", "b", "X", "i") AS ?d)
                }""";
        HttpResponse<String> r = limited.query(query, "text/tab-separated-values");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("\"a[b]ca[b]c\"\t\"safety\"@en\t\"-abc\"\t\"aXc\"");
    }

    @Test
    void aConstructIsCappedAtMaxTriplesAndSaysSo() throws Exception {
        for (String query : new String[] {
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
            "DESCRIBE ?s WHERE { ?s a <https://w3id.org/policy-kg/ontology#Directive> }"
        }) {
            HttpResponse<String> r = capped.query(query, "application/n-triples");
            assertThat(r.statusCode()).as(query).isEqualTo(200);
            assertThat(r.headers().firstValue("X-PolicyKG-Triple-Limit"))
                    .as(query)
                    .hasValue("5");
            assertThat(r.body().lines().filter(l -> !l.isBlank())).as(query).hasSize(5);
        }
        HttpResponse<String> small =
                capped.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3", "application/n-triples");
        assertThat(small.headers().firstValue("X-PolicyKG-Triple-Limit")).isEmpty();
        assertThat(small.body().lines().filter(l -> !l.isBlank())).hasSize(3);
    }

    @Test
    void aResponseOverTheByteCapGets503BeforeAnythingIsSent() throws Exception {
        HttpResponse<String> r = capped.query("SELECT * { ?s ?p ?o } LIMIT 500", JSON_RESULTS);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(Problem.MEDIA_TYPE);
        assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("4000 bytes");
        assertThat(capped.query("SELECT * { ?s ?p ?o } LIMIT 2", JSON_RESULTS).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aQueryBeyondTheConcurrencyCapGets503WithRetryAfter() throws Exception {
        HttpResponse<String> refused = null;
        HttpResponse<String> slowAnswer = null;
        // the slow query holds the only slot until its 3 s timeout: ask until we are refused. If one of
        // our ASKs took the slot first, the slow query itself was refused: start it again.
        for (int attempt = 0; attempt < 20 && refused == null; attempt++) {
            CompletableFuture<HttpResponse<String>> slow = sendAsync(oneAtATime, CROSS_PRODUCT);
            while (refused == null && !slow.isDone()) {
                HttpResponse<String> r = oneAtATime.query("ASK {}", JSON_RESULTS);
                if (r.statusCode() == 503) {
                    refused = r;
                }
            }
            slowAnswer = slow.get(10, TimeUnit.SECONDS);
        }
        assertThat(refused).as("refused while the slow query ran").isNotNull();
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith(Problem.MEDIA_TYPE);
        assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("1 queries");
        assertThat(JSON.readTree(slowAnswer.body()).get("detail").asText()).contains("timed out");
        // the slot is free again
        assertThat(oneAtATime.query("ASK {}", JSON_RESULTS).statusCode()).isEqualTo(200);
    }

    /** One query at a time, 2 s each, and a queue in which a second query may wait up to 8 s. */
    @RegisterExtension
    static final TestServer queued = new TestServer(ServerSettings.builder()
            .adminToken(TestServer.ADMIN_TOKEN)
            .queryTimeoutMillis(2_000)
            .maxConcurrentQueries(1)
            .maxResultRows(100)
            .maxRequestBytes(10_000)
            .idleTimeoutMillis(30_000)
            .maxRequestHeaderBytes(16_384)
            .queueWaitMillis(8_000)
            .resultCacheBytes(0)
            .build());

    @Test
    void aQueryBeyondTheCapWaitsInTheQueueAndIsAnswered() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = sendAsync(queued, CROSS_PRODUCT);
        // whichever takes the slot first, the other waits for it rather than being refused
        HttpResponse<String> quick = queued.query("ASK {}", JSON_RESULTS);
        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(slow.get(15, TimeUnit.SECONDS).body())
                        .get("detail")
                        .asText())
                .contains("timed out");
    }

    @Test
    void aSelectIsCappedAtMaxRowsAndSaysSo() throws Exception {
        HttpResponse<String> r = limited.query("SELECT * { ?s ?p ?o }", JSON_RESULTS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-PolicyKG-Row-Limit")).hasValue("3");
        assertThat(JSON.readTree(r.body()).at("/results/bindings").size()).isEqualTo(3);

        HttpResponse<String> small = limited.query("SELECT * { ?s ?p ?o } LIMIT 2", JSON_RESULTS);
        assertThat(small.headers().firstValue("X-PolicyKG-Row-Limit")).isEmpty();
        assertThat(JSON.readTree(small.body()).at("/results/bindings").size()).isEqualTo(2);
    }

    @Test
    void aBodyOverTheLimitGets413Problem() throws Exception {
        String query = "SELECT * { ?s ?p ?o } # " + "x".repeat(2_000);
        HttpResponse<String> r = limited.post("/sparql", "application/sparql-query", query);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(Problem.MEDIA_TYPE);
        assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(413);
        assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("1000 bytes");
    }

    @Test
    void headersUpTo16KbAreReadAndLargerOnesGet431() {
        // 12 KB is over Jetty's own 8 KB default, so this shows the setting is applied
        assertThat(limited.get("/health", "X-Padding", "x".repeat(12 * 1024)).statusCode())
                .isEqualTo(200);
        assertThat(limited.get("/health", "X-Padding", "x".repeat(64 * 1024)).statusCode())
                .isEqualTo(431);
    }

    @Test
    void aSilentConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        ServerSettings settings = ServerSettings.builder()
                .queryTimeoutMillis(10_000)
                .maxConcurrentQueries(8)
                .maxResultRows(100)
                .maxRequestBytes(1_000)
                .idleTimeoutMillis(300)
                .maxRequestHeaderBytes(16_384)
                .build();
        try (GraphStore store = Tdb2GraphStore.inMemory();
                WebServer server = new WebServer(store, settings, () -> true).start("127.0.0.1", 0);
                Socket socket = new Socket("127.0.0.1", server.port())) {
            // Jetty's own default would keep this socket for 30 s, and the read would time out first
            socket.setSoTimeout(10_000);
            long start = System.nanoTime();
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    private static void assertTimesOutAndOthersAreServed(String query) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = sendAsync(limited, query);
        assertThat(limited.query("ASK { ?s ?p ?o }", JSON_RESULTS).statusCode()).isEqualTo(200);
        HttpResponse<String> r = slow.get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(Problem.MEDIA_TYPE);
        assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("timed out");
    }

    private static CompletableFuture<HttpResponse<String>> sendAsync(TestServer server, String query) {
        HttpRequest request = HttpRequest.newBuilder(
                        server.uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", JSON_RESULTS)
                .build();
        return server.client().sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
