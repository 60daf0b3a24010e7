package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.ServerProcess;
import org.policykg.TestServer;
import org.policykg.vocab.PKG;
import org.policykg.web.sparql.QueryLimits;

/**
 * What an anonymous client can do to the packaged server, run as deployed ({@code serve.options}, its
 * 256 MB heap) on loopback: each test is one finding of an attack on it, bounded in time.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileClientIT {
    private static final String TOKEN = "hostile-token";
    private static final String JSON_RESULTS = "application/sparql-results+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    /** The endpoint on the allow-list: a second server in this JVM. */
    private static TestServer remote;

    /** Shorter than the default, so that the tests waiting a query out take seconds, not tens of them. */
    private static final long QUERY_TIMEOUT_MILLIS = 5_000;

    private static ServerProcess server;
    private static Path log;
    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        remote = new TestServer().start();
        log = folder.resolve("server.log");
        // a short queue wait: a read refused for want of a slot is told so within the test's time
        server = ServerProcess.startAsDeployed(
                log,
                TOKEN,
                120,
                "--memory",
                "--service-allow",
                allowed(),
                "--max-request-bytes",
                "3000000",
                "--queue-wait",
                "2000",
                "--query-timeout",
                Long.toString(QUERY_TIMEOUT_MILLIS));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (remote != null) {
            remote.close();
        }
    }

    private static String allowed() {
        return remote.uri("/sparql").toString();
    }

    /** Findings 3 and 4: SERVICE at any depth, in queries and updates. */
    @Test
    void serviceAtAnyDepthIsOneRefusalAndOneLogLine() throws Exception {
        String other = remote.uri("/sparql?other").toString();
        String inner = "SERVICE <" + other + "> { ?a ?b ?c }";
        String calling = "SERVICE <" + allowed() + "> { ?s ?p ?o }";
        for (String query : List.of(
                "SELECT * { " + calling + " FILTER EXISTS { " + inner + " } } LIMIT 3",
                "SELECT * { " + calling + " { SELECT * { " + inner + " } LIMIT 3 } } LIMIT 3",
                "SELECT * { ?s ?p ?o BIND(EXISTS { " + inner + " } AS ?x) } LIMIT 3",
                "SELECT * { ?s ?p ?o FILTER NOT EXISTS { " + inner + " } } LIMIT 50")) {
            long before = Files.size(log);
            HttpResponse<String> r = query(query, JSON_RESULTS);
            assertThat(r.statusCode()).as(query).isEqualTo(403);
            assertWholeProblem(r);
            waitForLog(before);
            List<String> lines =
                    Files.readAllLines(log).stream().skip(countLines(before)).toList();
            assertThat(lines).as("log lines of " + query).hasSizeLessThanOrEqualTo(2);
        }
        // updates never call out, not even to an allowed endpoint
        HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("INSERT { GRAPH <urn:x:stolen> { ?s ?p ?o } } WHERE { ?s"
                        + " ?p ?o FILTER EXISTS { { SELECT * { " + calling + " } LIMIT 1 } } }"))
                .build());
        assertThat(update.statusCode()).isEqualTo(403);
        assertThat(query("ASK { GRAPH <urn:x:stolen> { ?s ?p ?o } }", JSON_RESULTS)
                        .body())
                .contains("false");
    }

    /**
     * Finding 2: no one query exhausts the heap. Sent together, as an attacker would: a string
     * doubled 26 times, a GROUP_CONCAT and an ORDER BY with a large OFFSET over a cross product.
     * Each answers a whole problem, and the server answers the next query and /health.
     */
    @Test
    void oneQueryCannotExhaustTheHeap() throws Exception {
        StringBuilder doubling = new StringBuilder("SELECT (STRLEN(?x26) AS ?n) { BIND(\"abcdefgh\" AS ?x0) ");
        for (int i = 1; i <= 26; i++) {
            doubling.append("BIND(CONCAT(?x%d, ?x%d) AS ?x%d) ".formatted(i - 1, i - 1, i));
        }
        doubling.append('}');
        List<String> heavy = List.of(
                doubling.toString(),
                "SELECT (GROUP_CONCAT(STR(?c)) AS ?g) { ?a ?b ?c . ?d ?e ?f }",
                "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f OFFSET 40000000 LIMIT 10");
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = heavy.stream()
                .map(q -> http.sendAsync(
                        HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                                .header("Content-Type", "application/sparql-query")
                                .header("Accept", JSON_RESULTS)
                                .POST(HttpRequest.BodyPublishers.ofString(q))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        for (int i = 0; i < heavy.size(); i++) {
            HttpResponse<String> r = answers.get(i).get(60, TimeUnit.SECONDS);
            String shown = heavy.get(i).substring(0, 60);
            assertThat(r.statusCode()).as(shown).isIn(400, 503);
            assertWholeProblem(r);
        }
        assertThat(query("SELECT * { ?s ?p ?o } LIMIT 3", JSON_RESULTS).statusCode())
                .isEqualTo(200);
        assertThat(get("/health").statusCode()).isEqualTo(200);
    }

    /**
     * Finding 6: the API and Linked Data reads take the query slots too. While slow queries hold
     * every slot, a read waits its turn and is refused with 503, rather than running alongside them
     * without any bound; /health, which reads nothing, still answers.
     */
    @Test
    void readsOutsideSparqlTakeAQuerySlot() throws Exception {
        // a cross product inside one document's graph: still far beyond the timeout, and small enough in
        // memory that the heap guard stops none of the eight (over the whole seed store it stops the
        // largest, freeing their slots, which is that guard's job but not what this test is about)
        String slow = "SELECT (COUNT(*) AS ?n) { GRAPH <" + PKG.BASE + "graph/doc/000_355858e11e4f93ed>"
                + " { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }";
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> holding = new ArrayList<>();
        for (int i = 0; i < QueryLimits.DEFAULT_MAX_CONCURRENT; i++) {
            holding.add(http.sendAsync(
                    HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                            .header("Content-Type", "application/sparql-query")
                            .POST(HttpRequest.BodyPublishers.ofString(slow + " # " + i))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(1_500);
        // both at once, within the queue wait, while the slow queries hold every slot
        List<String> paths = List.of("/api/concepts/political-security?n=1", "/concept/political-security?n=1");
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> reads = paths.stream()
                .map(path -> http.sendAsync(
                        HttpRequest.newBuilder(URI.create(server.url(path)))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        for (int i = 0; i < paths.size(); i++) {
            HttpResponse<String> r = reads.get(i).get(20, TimeUnit.SECONDS);
            assertThat(r.statusCode()).as(paths.get(i)).isEqualTo(503);
            assertWholeProblem(r);
        }
        assertThat(get("/health").statusCode()).isEqualTo(200);
        for (var h : holding) {
            assertThat(h.get(60, TimeUnit.SECONDS).statusCode()).isIn(200, 503);
        }
        assertThat(get("/api/concepts/political-security?n=2").statusCode()).isEqualTo(200);
    }

    /** Finding 9: no method override, and no preflight grants one. */
    @Test
    void noMethodOverrideIsHonoured() throws Exception {
        for (String header : List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url("/api/documents/none")))
                    .header(header, "DELETE")
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());
            assertThat(r.statusCode()).as(header).isEqualTo(400);
            assertWholeProblem(r);
        }
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "x-http-method-override")
                .build());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .isEmpty();
    }

    /** Findings 10 and 11: every anonymous failure is a whole problem+json, never a partial answer. */
    @Test
    void everyAnonymousFailureIsAWholeProblem() throws Exception {
        String path = "<" + PKG.CONCEPT_NS + "a>" + "/<urn:p>".repeat(5_000);
        StringBuilder optionals = new StringBuilder("SELECT * { ?s0 ?p ?o ");
        for (int i = 0; i < 500; i++) {
            optionals
                    .append("OPTIONAL { ?s")
                    .append(i)
                    .append(" ?p ?o")
                    .append(i)
                    .append(' ');
        }
        optionals.append("}".repeat(501));
        List<String[]> cases = List.of(
                new String[] {"SELECT * { { SELECT * { SERVICE <urn:x:nowhere> { ?s ?p ?o } } } }", "text/csv"},
                new String[] {
                    "PREFIX text: <http://jena.apache.org/text#> SELECT * { ?s text:query (\"((\") }", JSON_RESULTS
                },
                new String[] {"CONSTRUCT { ?s <http://x/1> ?o } WHERE { ?s ?p ?o } LIMIT 5", "application/rdf+xml"},
                new String[] {
                    "SELECT * { ?s ?p ?o FILTER(<http://jena.apache.org/ARQ/jsFunction#f>(?o)) }", JSON_RESULTS
                },
                new String[] {"SELECT * { ?s " + path + " ?o }", JSON_RESULTS},
                new String[] {"SELECT * { ?s ?p ?o FILTER(" + "?o = 1 || ".repeat(5_000) + "false) }", JSON_RESULTS},
                new String[] {"SELECT * { " + "{ ?s ?p ?o } UNION ".repeat(5_000) + "{ } }", JSON_RESULTS},
                new String[] {optionals.toString(), JSON_RESULTS});
        for (String[] c : cases) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", c[1])
                    .POST(HttpRequest.BodyPublishers.ofString(c[0]))
                    .build());
            String shown = c[0].length() > 120 ? c[0].substring(0, 120) + "..." : c[0];
            assertThat(r.statusCode()).as(shown).isBetween(400, 499).isNotEqualTo(500);
            assertWholeProblem(r);
        }
        // Jetty's own refusals: a bad request line, a URI too long
        assertThat(raw("GET /sparql?query=%zz HTTP/1.1\r\nHost: x\r\n\r\n")).contains("application/problem+json");
        HttpResponse<String> tooLong =
                send(HttpRequest.newBuilder(URI.create(server.url("/sparql?query=" + "x".repeat(40_000))))
                        .build());
        assertThat(tooLong.statusCode()).isBetween(400, 499);
        assertWholeProblem(tooLong);
        // an administrator's COPY from a graph that is not there
        HttpResponse<String> copy = send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("COPY <urn:x:missing> TO <urn:x:copy>"))
                .build());
        assertThat(copy.statusCode()).isBetween(400, 499);
        assertWholeProblem(copy);
        // a multipart upload over the body limit (3 MB here)
        String boundary = "hostile-boundary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"; filename=\"t.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + "a".repeat(3_500_000) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> upload = send(HttpRequest.newBuilder(URI.create(server.url("/api/documents")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(multipart))
                .build());
        assertThat(upload.statusCode()).isEqualTo(413);
        assertWholeProblem(upload);
        assertThat(get("/health").statusCode()).isEqualTo(200);
    }

    /** Finding 11: a client that goes away mid-body is no internal error, and leaves no stack trace. */
    @Test
    void aClientLeavingMidBodyIsNoInternalError() throws Exception {
        long before = Files.size(log);
        for (int i = 0; i < 5; i++) {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                s.getOutputStream()
                        .write(("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                                        + "Content-Length: 100000\r\n\r\nSELECT * {")
                                .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                Thread.sleep(200);
            }
        }
        Thread.sleep(1_000);
        String written = Files.readString(log).substring((int) before);
        assertThat(written).doesNotContain("ERROR").doesNotContain("\tat ");
        assertThat(get("/metrics").body()).doesNotContain("reason=\"internal\"");
    }

    /** Finding 11: JSON ingest is strict; an unknown function is one log line, not one per row. */
    @Test
    void strictJsonAndOneWarningPerUnknownFunction() throws Exception {
        for (String body : List.of(
                "{\"id\": \"dup\", \"id\": \"other\", \"text\": \"The ministry shall act.\"}",
                "{\"id\": \"trailing\", \"text\": \"The ministry shall act.\"} {\"more\": 1}",
                "{\"id\": \"surrogate\", \"text\": \"The ministry shall act \\ud800.\"}")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url("/api/documents")))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertWholeProblem(r);
        }
        long before = Files.size(log);
        HttpResponse<String> r =
                query("SELECT * { ?s ?p ?o FILTER(<urn:x:no-such-function>(?o)) } LIMIT 500", JSON_RESULTS);
        assertThat(r.statusCode()).isEqualTo(200);
        waitForLog(before);
        List<String> lines =
                Files.readAllLines(log).stream().skip(countLines(before)).toList();
        assertThat(lines).hasSizeLessThanOrEqualTo(2);
    }

    /** Finding 7: a huge query is refused before it is parsed, in no time. */
    @Test
    void aHugeQueryIsRefusedBeforeParsing() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {} #" + "x".repeat(2_000_000)))
                .build());
        assertThat(r.statusCode()).isIn(400, 413);
        assertWholeProblem(r);
        assertThat(r.body()).doesNotContain("heap");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    /**
     * Finding 5: senders of one body byte now and then, from one address, hold neither every thread
     * nor the server: /health, asked from another address, answers throughout.
     */
    @Test
    void slowSendersDoNotHoldEveryThread() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket s = new Socket();
                s.bind(new InetSocketAddress("127.0.0.2", 0));
                s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                s.getOutputStream()
                        .write(("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                                        + "Content-Length: 1000000\r\n\r\nA")
                                .getBytes(StandardCharsets.US_ASCII));
                slow.add(s);
            }
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < end) {
                for (Socket s : slow) {
                    try {
                        s.getOutputStream().write(' ');
                    } catch (IOException closed) {
                        // the server dropped it: as it should
                    }
                }
                // within get's 10 s timeout, however long the senders keep on
                assertThat(get("/health").statusCode()).isEqualTo(200);
                Thread.sleep(2_000);
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    /**
     * Finding 2: an ORDER BY with a large OFFSET sorts while Jena builds its plan, holding the monitor
     * that abort() waits for; two at once are each stopped within the timeout and a small margin.
     */
    @Test
    void sortsWithALargeOffsetAreStoppedInTime() throws Exception {
        String sort = "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f OFFSET 40000000 LIMIT 10 # ";
        long started = System.nanoTime();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(http.sendAsync(
                    HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                            .header("Content-Type", "application/sparql-query")
                            .header("Accept", JSON_RESULTS)
                            .POST(HttpRequest.BodyPublishers.ofString(sort + System.nanoTime()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (var answer : answers) {
            HttpResponse<String> r = answer.get(QUERY_TIMEOUT_MILLIS + 5_000, TimeUnit.MILLISECONDS);
            assertThat(r.statusCode()).isEqualTo(503);
            assertWholeProblem(r);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(Duration.ofMillis(QUERY_TIMEOUT_MILLIS + 5_000));
    }

    /**
     * A client that closes its connection while its query runs frees its query slot at once, not at
     * the timeout: with every slot held by departed clients, the next query is answered within the
     * queue wait.
     */
    @Test
    void aDepartedClientFreesItsSlot() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } # departed ";
        List<Socket> clients = new ArrayList<>();
        try {
            for (int i = 0; i < QueryLimits.DEFAULT_MAX_CONCURRENT; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.getOutputStream()
                        .write(("GET /sparql?query=" + URLEncoder.encode(slow + i, StandardCharsets.UTF_8)
                                        + " HTTP/1.1\r\nHost: x\r\nAccept: " + JSON_RESULTS + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                clients.add(s);
            }
            Thread.sleep(1_500);
        } finally {
            for (Socket s : clients) {
                s.close();
            }
        }
        Thread.sleep(1_000);
        // within the 2 s queue wait: the slots are not kept until the query timeout
        assertThat(query("ASK { ?s ?p ?o } # after the departed", JSON_RESULTS).statusCode())
                .isEqualTo(200);
        assertThat(get("/metrics").body()).doesNotContain("reason=\"internal\"");
    }

    /**
     * A dump is cut at the read timeout like any read, even when its client reads nothing and the
     * server's write is blocked: dumps that no one reads free their slots after the timeout.
     */
    @Test
    void aDumpIsCutAtTheReadTimeout() throws Exception {
        List<Socket> clients = new ArrayList<>();
        try {
            for (int i = 0; i < QueryLimits.DEFAULT_MAX_CONCURRENT; i++) {
                Socket s = new Socket();
                s.setReceiveBufferSize(4096);
                s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                s.getOutputStream()
                        .write("GET /dump.nq HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                clients.add(s);
            }
            Thread.sleep(QUERY_TIMEOUT_MILLIS + 2_000);
            // within the 2 s queue wait: blocked dumps give their slots back at the read timeout, not the idle one
            assertThat(query("ASK { ?s ?p ?o } # after the dumps", JSON_RESULTS).statusCode())
                    .isEqualTo(200);
        } finally {
            for (Socket s : clients) {
                s.close();
            }
        }
    }

    /**
     * A small body arriving in two parts a moment apart (a client's second packet, or a loaded server
     * reading late) is answered, not refused by the minimum body rate.
     */
    @Test
    void aSmallBodyInTwoPartsIsAnswered() throws Exception {
        byte[] body = "SELECT (COUNT(*) AS ?n) { ?s a ?type } # a small query of about a hundred bytes, sent in two"
                .getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /sparql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                            + "Content-Type: application/sparql-query\r\nAccept: " + JSON_RESULTS + "\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            Thread.sleep(500);
            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 200");
        }
    }

    private static void assertWholeProblem(HttpResponse<String> r) throws IOException {
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(r.body()); // the whole body is one JSON document
        assertThat(problem.path("status").asInt()).isEqualTo(r.statusCode());
        assertThat(problem.path("detail").asText()).doesNotContain("Java heap space");
    }

    private static HttpResponse<String> query(String query, String accept) throws Exception {
        return send(HttpRequest.newBuilder(
                        URI.create(server.url("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))))
                .header("Accept", accept)
                .build());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .timeout(Duration.ofSeconds(10))
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A request written as bytes, for what an HTTP client will not send; the whole answer as text. */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The request log line is written after the answer: wait a moment for it. */
    private static void waitForLog(long before) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (Files.size(log) == before && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
    }

    private static long countLines(long bytes) throws IOException {
        byte[] all = Files.readAllBytes(log);
        long n = 0;
        for (int i = 0; i < bytes && i < all.length; i++) {
            if (all[i] == '\n') {
                n++;
            }
        }
        return n;
    }
}
