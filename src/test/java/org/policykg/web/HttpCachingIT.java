package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestData;
import org.policykg.TestServer;
import org.policykg.ingest.SeedLoader;
import org.policykg.vocab.PKG;

/** ETags that follow the graph's version, 304 on If-None-Match, and CORS on the read endpoints only. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpCachingIT {
    private static final String AUTH = "Bearer " + TestServer.ADMIN_TOKEN;
    private static final String SELECT =
            "/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
    private static final String ALLOWED = "https://allowed.example";

    /** The ontology alone: enough to dereference a concept, and quicker to start than the seeds. */
    @RegisterExtension
    static final TestServer server = TestServer.empty();

    @RegisterExtension
    static final TestServer restricted = TestServer.empty(ServerSettings.builder()
            .adminToken(TestServer.ADMIN_TOKEN)
            .queryTimeoutMillis(10_000)
            .corsOrigins(List.of(ALLOWED))
            .build());

    @BeforeAll
    static void loadTheOntology() throws IOException {
        new SeedLoader(TestData.PIPELINE, PKG.BASE).loadOntology(server.store());
    }

    @Test
    @Order(1)
    void readEndpointsCarryAnETagAndAnswer304WhenTheClientHoldsIt() {
        for (String path : List.of("/api/concepts", "/concept/political-security", SELECT, "/void")) {
            HttpResponse<String> first = server.get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String tag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(tag).startsWith("W/\"");
            HttpResponse<String> again = server.get(path, "If-None-Match", tag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).contains(tag);
            assertThat(server.get(path, "If-None-Match", "W/\"other\"").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void theTagDependsOnTheRepresentationAndErrorsCarryNone() {
        String ld = server.get("/concept/political-security", "Accept", "application/ld+json")
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        String ttl = server.get("/concept/political-security", "Accept", "text/turtle")
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(ld).isNotEqualTo(ttl);
        HttpResponse<String> missing = server.get("/concept/no-such-concept");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    @Order(3)
    void theTagChangesWhenADocumentIsIngestedOrTheGraphUpdated() {
        String concepts = tag("/api/concepts");
        String query = tag(SELECT);
        long before = server.store().version();
        HttpResponse<String> posted = server.post(
                "/api/documents?id=etag-notice",
                "text/plain; charset=utf-8",
                "We must give top priority to political security.\n",
                "Authorization",
                AUTH);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(server.store().version()).isGreaterThan(before);
        assertThat(tag("/api/concepts")).isNotEqualTo(concepts);
        assertThat(server.get("/api/concepts", "If-None-Match", concepts).statusCode())
                .isEqualTo(200);
        String afterIngest = tag(SELECT);
        assertThat(afterIngest).isNotEqualTo(query);

        HttpResponse<String> update = server.post(
                "/sparql",
                "application/sparql-update",
                "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }",
                "Authorization",
                AUTH);
        assertThat(update.statusCode()).isBetween(200, 204);
        assertThat(tag(SELECT)).isNotEqualTo(afterIngest);
    }

    @Test
    void theHtmlViewEscapesWhatDocumentsSay() {
        String text = "A <script>alert(1)</script> & \"quoted\" notice\n\nWe must safeguard political security.\n";
        HttpResponse<String> posted =
                server.post("/api/documents?id=html-notice", "text/plain; charset=utf-8", text, "Authorization", AUTH);
        assertThat(posted.statusCode()).as(posted.body()).isBetween(200, 201);
        HttpResponse<String> page = server.get("/doc/html-notice", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;")
                .doesNotContain("<script");
    }

    @Test
    void aRefusedWriteLeavesTheVersionAsItWas() {
        long before = server.store().version();
        HttpResponse<String> refused = server.post(
                "/sparql",
                "application/sparql-update",
                "INSERT DATA { <urn:x:s> <urn:x:p> 1 }",
                "Authorization",
                "Bearer wrong");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(server.store().version()).isEqualTo(before);
    }

    @Test
    void anyOriginMayReadButPreflightsForWritesAreNotAllowed() {
        HttpResponse<String> get = server.get("/api/concepts", "Origin", "https://somewhere.example");
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(get.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .contains("ETag");

        HttpResponse<String> preflight = options(server, "/sparql", "https://somewhere.example", "GET");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .contains("GET, HEAD");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .contains("if-none-match");

        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> write = options(server, "/api/documents", "https://somewhere.example", method);
            assertThat(write.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(method)
                    .isEmpty();
        }
        assertThat(server.get("/metrics", "Origin", "https://somewhere.example")
                        .headers()
                        .firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void configuredOriginsAreEchoedAndOthersGetNoCorsHeaders() {
        HttpResponse<String> allowed = restricted.get("/sparql", "Origin", ALLOWED, "Accept", "text/turtle");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
        assertThat(allowed.headers().allValues("Vary").toString())
                .contains("Origin")
                .contains("Accept");
        HttpResponse<String> other = restricted.get("/sparql", "Origin", "https://other.example");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(options(restricted, "/sparql", "https://other.example", "GET")
                        .headers()
                        .firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    private static String tag(String path) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.headers().firstValue("ETag").orElseThrow();
    }

    private static HttpResponse<String> options(TestServer s, String path, String origin, String method) {
        return s.send(HttpRequest.newBuilder(s.uri(path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "if-none-match")
                .build());
    }
}
