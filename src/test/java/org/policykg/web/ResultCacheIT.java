package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestData;
import org.policykg.TestServer;
import org.policykg.ingest.SeedLoader;
import org.policykg.vocab.PKG;

/** The result cache over HTTP: hits, their ETags and 304s, invalidation by every kind of write, what is never kept. */
class ResultCacheIT {
    private static final String AUTH = "Bearer " + TestServer.ADMIN_TOKEN;
    private static final String JSON = "application/sparql-results+json";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    /** The ontology alone: enough for the API and quicker to start than the seeds. */
    @RegisterExtension
    static final TestServer server = TestServer.empty();

    @RegisterExtension
    static final TestServer off = TestServer.empty(ServerSettings.builder()
            .adminToken(TestServer.ADMIN_TOKEN)
            .queryTimeoutMillis(10_000)
            .resultCacheBytes(0)
            .build());

    /** At most three rows per SELECT: a cut answer must not be kept. */
    @RegisterExtension
    static final TestServer capped = TestServer.empty(ServerSettings.builder()
            .adminToken(TestServer.ADMIN_TOKEN)
            .queryTimeoutMillis(10_000)
            .maxConcurrentQueries(8)
            .maxResultRows(3)
            .maxRequestBytes(1_000_000)
            .idleTimeoutMillis(30_000)
            .maxRequestHeaderBytes(16_384)
            .build());

    @BeforeAll
    static void loadTheOntology() throws IOException {
        new SeedLoader(TestData.PIPELINE, PKG.BASE).loadOntology(server.store());
        new SeedLoader(TestData.PIPELINE, PKG.BASE).loadOntology(off.store());
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameBodyAndETag() {
        String query = "SELECT ?c WHERE { ?c a <http://www.w3.org/2004/02/skos/core#Concept> } ORDER BY ?c LIMIT 5";
        double hitsBefore = lookups(server, "hit");
        HttpResponse<String> first = server.query(query, JSON);
        HttpResponse<String> second = server.query(query, JSON);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue(ResultCache.HEADER)).contains("miss");
        assertThat(second.headers().firstValue(ResultCache.HEADER)).contains("hit");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Type"))
                .isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(second.headers().firstValue("Vary")).contains("Accept");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(second.headers().firstValue("ETag")).contains(tag);
        assertThat(lookups(server, "hit")).isEqualTo(hitsBefore + 1);

        HttpResponse<String> revalidated = server.query(query, JSON);
        assertThat(revalidated.headers().firstValue(ResultCache.HEADER)).contains("hit");
        HttpResponse<String> notModified = server.get(
                "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept",
                JSON,
                "If-None-Match",
                tag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
    }

    /**
     * A GET is looked up by its raw query string and the endpoint's URL, before anything is decoded:
     * another spelling of the same query, or another base IRI, is another entry, and a hit still
     * names its query in the access log.
     */
    @Test
    void aGetIsKeyedByItsRawQueryStringAndEndpointAndAHitKeepsItsLogHash() {
        String query = "CONSTRUCT { <s> <p> 1 } WHERE {} # " + System.nanoTime(); // a relative IRI: the base shows
        String plus = URLEncoder.encode(query, StandardCharsets.UTF_8);
        String percent = plus.replace("+", "%20");
        String nTriples = "application/n-triples";
        HttpResponse<String> first = server.get("/sparql?query=" + plus, "Accept", nTriples);
        List<String> lines = AccessLines.during(
                1,
                () -> assertThat(server.get("/sparql?query=" + plus, "Accept", nTriples)
                                .headers()
                                .firstValue(ResultCache.HEADER))
                        .contains("hit"));
        assertThat(lines)
                .anyMatch(m -> m.startsWith("GET /sparql 200 ") && m.endsWith(" query=" + AccessLines.hashOf(query)));

        HttpResponse<String> respelt = server.get("/sparql?query=" + percent, "Accept", nTriples);
        assertThat(respelt.headers().firstValue(ResultCache.HEADER)).contains("miss");
        assertThat(respelt.body()).isEqualTo(first.body());

        HttpResponse<String> byName = server.send(HttpRequest.newBuilder(URI.create(
                        server.uri("/sparql?query=" + plus).toString().replace("127.0.0.1", "localhost")))
                .header("Accept", nTriples)
                .build());
        assertThat(byName.headers().firstValue(ResultCache.HEADER)).contains("miss");
        assertThat(first.body()).contains("<http://127.0.0.1:");
        assertThat(byName.body()).contains("<http://localhost:");
    }

    @Test
    void postedQueriesAndTheJsonLdApiAreCachedToo() {
        String ask = "ASK { ?s a <http://www.w3.org/2004/02/skos/core#ConceptScheme> }";
        server.post("/sparql", "application/sparql-query", ask, "Accept", JSON);
        HttpResponse<String> posted = server.post("/sparql", "application/sparql-query", ask, "Accept", JSON);
        assertThat(posted.headers().firstValue(ResultCache.HEADER)).contains("hit");
        assertThat(posted.body()).contains("true");

        HttpResponse<String> api = server.get("/api/concepts/political-security");
        HttpResponse<String> apiAgain = server.get("/api/concepts/political-security");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(apiAgain.headers().firstValue(ResultCache.HEADER)).contains("hit");
        assertThat(apiAgain.body()).isEqualTo(api.body());
        assertThat(apiAgain.headers().firstValue("Content-Type"))
                .isEqualTo(api.headers().firstValue("Content-Type"));
        assertThat(apiAgain.headers().firstValue("Link"))
                .isEqualTo(api.headers().firstValue("Link"));

        // a linked-data page keeps its security headers when it comes from the cache
        HttpResponse<String> page = server.get("/concept/political-security", "Accept", "text/html");
        HttpResponse<String> pageAgain = server.get("/concept/political-security", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(pageAgain.headers().firstValue(ResultCache.HEADER)).contains("hit");
        assertThat(pageAgain.body()).isEqualTo(page.body());
        assertThat(pageAgain.headers().firstValue("Content-Security-Policy"))
                .isPresent()
                .isEqualTo(page.headers().firstValue("Content-Security-Policy"));
    }

    @Test
    void eachAcceptHasItsOwnCachedBody() {
        String query = "SELECT ?s WHERE { ?s a <http://www.w3.org/2004/02/skos/core#ConceptScheme> } ORDER BY ?s";
        HttpResponse<String> json = server.query(query, JSON);
        HttpResponse<String> xml = server.query(query, "application/sparql-results+xml");
        HttpResponse<String> xmlAgain = server.query(query, "application/sparql-results+xml");
        HttpResponse<String> jsonAgain = server.query(query, JSON);
        assertThat(xml.headers().firstValue(ResultCache.HEADER)).contains("miss");
        assertThat(xmlAgain.headers().firstValue(ResultCache.HEADER)).contains("hit");
        assertThat(jsonAgain.headers().firstValue(ResultCache.HEADER)).contains("hit");
        assertThat(xmlAgain.body()).isEqualTo(xml.body()).startsWith("<?xml");
        assertThat(jsonAgain.body()).isEqualTo(json.body()).startsWith("{");
        assertThat(xmlAgain.headers().firstValue("Content-Type")).contains("application/sparql-results+xml");
        assertThat(jsonAgain.headers().firstValue("Content-Type")).contains(JSON);
    }

    @Test
    void everyKindOfWriteChangesTheAnswerAtOnce() {
        long n = count();
        assertThat(server.query(COUNT, JSON).headers().firstValue(ResultCache.HEADER))
                .contains("hit");

        assertThat(server.post(
                                "/sparql",
                                "application/sparql-update",
                                "INSERT DATA { GRAPH <urn:x:cache> { <urn:x:s> <urn:x:p> 1, 2 } }",
                                "Authorization",
                                AUTH)
                        .statusCode())
                .isBetween(200, 204);
        long afterUpdate = count();
        assertThat(afterUpdate).isEqualTo(n + 2);

        HttpResponse<String> put = server.send(HttpRequest.newBuilder(server.uri(
                        "/rdf-graphs/service?graph=" + URLEncoder.encode("urn:x:cache", StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 3 ."))
                .header("Content-Type", "text/turtle")
                .header("Authorization", AUTH)
                .build());
        assertThat(put.statusCode()).isBetween(200, 204);
        long afterPut = count();
        assertThat(afterPut).isEqualTo(afterUpdate - 1);

        String documents = server.get("/api/documents").body();
        HttpResponse<String> posted = server.post(
                "/api/documents?id=cache-notice",
                "text/plain; charset=utf-8",
                "We must give top priority to political security.\n",
                "Authorization",
                AUTH);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        long afterIngest = count();
        assertThat(afterIngest).isGreaterThan(afterPut);
        HttpResponse<String> listed = server.get("/api/documents");
        assertThat(listed.headers().firstValue(ResultCache.HEADER)).contains("miss");
        assertThat(listed.body()).isNotEqualTo(documents).contains("cache-notice");

        HttpResponse<String> deleted = server.send(HttpRequest.newBuilder(server.uri("/api/documents/cache-notice"))
                .DELETE()
                .header("Authorization", AUTH)
                .build());
        assertThat(deleted.statusCode()).isBetween(200, 204);
        assertThat(count()).isEqualTo(afterPut);
        assertThat(server.get("/api/documents").body()).doesNotContain("cache-notice");
    }

    @Test
    void errorsAreNeverKept() {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> bad = server.query("SELECT ?x WHERE { ?x", JSON);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.headers().firstValue(ResultCache.HEADER)).isNotEqualTo(Optional.of("hit"));
            HttpResponse<String> unacceptable = server.query(COUNT, "image/png");
            assertThat(unacceptable.statusCode()).isEqualTo(406);
            assertThat(unacceptable.headers().firstValue(ResultCache.HEADER)).isNotEqualTo(Optional.of("hit"));
            HttpResponse<String> missing = server.get("/api/concepts/no-such-concept");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue(ResultCache.HEADER)).isNotEqualTo(Optional.of("hit"));
        }
    }

    @Test
    void anAnswerCutByTheRowCapIsNotKeptButACompleteOneIs() {
        assertThat(capped.post(
                                "/sparql",
                                "application/sparql-update",
                                "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:p> 1, 2, 3, 4, 5 . <urn:x:b> <urn:x:p> 1 } }",
                                "Authorization",
                                AUTH)
                        .statusCode())
                .isBetween(200, 204);
        String cut = "SELECT ?o WHERE { <urn:x:a> ?p ?o }";
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = capped.query(cut, JSON);
            assertThat(r.headers().firstValue("X-PolicyKG-Row-Limit")).contains("3");
            assertThat(r.headers().firstValue(ResultCache.HEADER)).contains("miss");
        }
        String whole = "SELECT ?o WHERE { <urn:x:b> ?p ?o }";
        HttpResponse<String> first = capped.query(whole, JSON);
        HttpResponse<String> second = capped.query(whole, JSON);
        assertThat(second.headers().firstValue(ResultCache.HEADER)).contains("hit");
        assertThat(second.headers().firstValue("X-PolicyKG-Row-Limit")).contains("3");
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void withTheCacheOffEveryRequestIsComputed() {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = off.query(COUNT, JSON);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue(ResultCache.HEADER)).isEmpty();
            assertThat(off.get("/api/concepts").headers().firstValue(ResultCache.HEADER))
                    .isEmpty();
        }
        assertThat(lookups(off, "hit")).isZero();
        assertThat(lookups(off, "miss")).isZero();
    }

    private static long count() {
        HttpResponse<String> r = server.query(COUNT, JSON);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue(ResultCache.HEADER))
                .as("the first query after a write")
                .contains("miss");
        Matcher m = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static double lookups(TestServer s, String result) {
        return metric(s, "policykg_result_cache_lookups_total{result=\"" + result + "\"}");
    }

    private static double metric(TestServer s, String series) {
        for (String line : s.get("/metrics").body().split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).strip());
            }
        }
        return 0;
    }
}
