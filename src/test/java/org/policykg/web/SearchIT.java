package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykg.TestServer;
import org.policykg.vocab.PKG;

/** {@code GET /api/search} and {@code text:query} over HTTP, and the index following every kind of write. */
class SearchIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Bearer " + TestServer.ADMIN_TOKEN;
    private static final String FOOD_SECURITY = PKG.CONCEPT_NS + "food-security";

    @RegisterExtension
    static final TestServer server = new TestServer();

    private static JsonNode search(String query, String... more) {
        StringBuilder path = new StringBuilder("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        for (String m : more) {
            path.append('&').append(m);
        }
        HttpResponse<String> r = server.get(path.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    private static List<String> highlighted(JsonNode hit) {
        List<String> words = new ArrayList<>();
        int[] cps = hit.get("snippet").asText().codePoints().toArray();
        hit.get("highlights")
                .forEach(r -> words.add(new String(
                        cps, r.get(0).asInt(), r.get(1).asInt() - r.get(0).asInt())));
        return words;
    }

    private static HttpResponse<String> update(String update) {
        return server.post("/sparql", "application/sparql-update", update, "Authorization", AUTH);
    }

    @Test
    void findsSentencesWithTheirDocumentAndStatementsAndConceptsByLabelRanked() {
        JsonNode body = search("food security");
        JsonNode hits = body.get("hits");
        assertThat(hits).isNotEmpty();
        assertThat(body.has("@context")).isTrue();
        List<Double> scores = new ArrayList<>();
        hits.forEach(h -> scores.add(h.get("score").asDouble()));
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(ids(body)).contains(FOOD_SECURITY).doesNotHaveDuplicates();
        JsonNode sentence = null;
        for (JsonNode h : hits) {
            if (h.get("type").asText().equals("pkg:Sentence")) {
                sentence = h;
                break;
            }
        }
        assertThat(sentence).as("a sentence among the hits").isNotNull();
        assertThat(highlighted(sentence))
                .isNotEmpty()
                .allSatisfy(w -> assertThat(w.toLowerCase()).containsAnyOf("food", "secur"));
        assertThat(sentence.get("inDocument").get("href").asText()).startsWith("/api/documents/");
        assertThat(server.get(sentence.get("inDocument").get("href").asText()).statusCode())
                .isEqualTo(200);
        // the statements listed are those whose pkg:inSentence is this sentence
        String ask = "PREFIX pkg: <" + PKG.NS + "> ASK { ?st pkg:inSentence <"
                + sentence.get("id").asText() + "> }";
        boolean hasStatements = server.get("/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8))
                .body()
                .contains("true");
        assertThat(sentence.get("statements").isEmpty()).isEqualTo(!hasStatements);
    }

    @Test
    void findsChineseLabelsAndPinyinWithoutToneMarks() {
        JsonNode zh = search("粮食安全");
        assertThat(ids(zh)).first().isEqualTo(FOOD_SECURITY);
        assertThat(zh.get("hits").get(0).get("prefLabel").get("zh").asText()).isEqualTo("粮食安全");
        assertThat(zh.get("hits").get(0).get("href").asText()).isEqualTo("/api/concepts/food-security");

        // the scheme's own pinyin labels, tone marks folded away
        JsonNode pinyin = search("liangshi anquan");
        assertThat(ids(pinyin)).first().isEqualTo(FOOD_SECURITY);
        assertThat(pinyin.get("hits").get(0).get("matchedLanguage").asText()).isEqualToIgnoringCase("zh-Latn-pinyin");
        assertThat(highlighted(pinyin.get("hits").get(0))).containsExactly("liángshí ānquán");
        assertThat(ids(search("liangshi", "lang=zh-Latn-pinyin"))).containsExactly(FOOD_SECURITY);

        // a label added by an update is found, and gone with its graph
        String graph = "https://example.org/graph/pinyin-test";
        assertThat(update("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> INSERT DATA { GRAPH <" + graph + "> { <"
                                + FOOD_SECURITY + "> skos:altLabel \"kǒuliáng zhànlüè\"@zh-Latn-pinyin } }")
                        .statusCode())
                .isEqualTo(204);
        assertThat(ids(search("kouliang", "lang=zh-Latn-pinyin"))).containsExactly(FOOD_SECURITY);
        assertThat(update("DROP GRAPH <" + graph + ">").statusCode()).isEqualTo(204);
        assertThat(ids(search("kouliang"))).doesNotContain(FOOD_SECURITY);
    }

    @Test
    void pagesThroughTheRankedHits() {
        List<String> first3 = ids(search("security", "limit=3"));
        assertThat(first3).hasSize(3);
        assertThat(ids(search("security", "limit=2", "offset=1"))).isEqualTo(first3.subList(1, 3));
    }

    @Test
    void followsIngestReplaceAndDelete() {
        String path = "/api/documents?id=search-probe";
        HttpResponse<String> created = server.post(
                path, "text/plain; charset=utf-8", "We must strengthen the zorblax reserves.\n", "Authorization", AUTH);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode hit = search("zorblax").get("hits").get(0);
        assertThat(hit.get("inDocument").get("href").asText()).isEqualTo("/api/documents/search-probe");
        assertThat(hit.get("statements")).isNotEmpty();

        assertThat(server.post(
                                path,
                                "text/plain; charset=utf-8",
                                "We must protect the quimbly harvest.\n",
                                "Authorization",
                                AUTH)
                        .statusCode())
                .isEqualTo(200);
        assertThat(search("zorblax").get("hits")).isEmpty();
        assertThat(search("quimbly").get("hits")).hasSize(1);

        HttpResponse<String> deleted = server.send(HttpRequest.newBuilder(server.uri("/api/documents/search-probe"))
                .header("Authorization", AUTH)
                .DELETE()
                .build());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(search("quimbly").get("hits")).isEmpty();
    }

    @Test
    void followsGraphStoreWritesAndAnAbortedWriteLeavesNoEntry() {
        String graph = "https://example.org/graph/gsp-search";
        HttpResponse<String> put = server.send(HttpRequest.newBuilder(server.uri("/rdf-graphs/service?graph=" + graph))
                .header("Authorization", AUTH)
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "<https://example.org/s1> <" + PKG.text.getURI() + "> \"The frumious reserves.\" ."))
                .build());
        assertThat(put.statusCode()).isIn(201, 204);
        assertThat(ids(search("frumious"))).containsExactly("https://example.org/s1");

        // a write that throws half-way (after removing the graph and adding another text) is aborted whole
        org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(graph);
        assertThatThrownBy(() -> server.store().update(dsg -> {
                    dsg.removeGraph(g);
                    dsg.add(
                            g,
                            org.apache.jena.graph.NodeFactory.createURI("https://example.org/s2"),
                            PKG.text.asNode(),
                            org.apache.jena.graph.NodeFactory.createLiteralString("The vorpal reserves."));
                    throw new IllegalStateException("fails half-way");
                }))
                .isInstanceOf(IllegalStateException.class);
        // and a refused ingest never reaches the store
        assertThat(server.post(
                                "/api/documents?id=bad%20id",
                                "text/plain; charset=utf-8", "The vorpal reserves.", "Authorization", AUTH)
                        .statusCode())
                .isEqualTo(400);
        assertThat(search("vorpal").get("hits")).isEmpty();
        assertThat(ids(search("frumious"))).containsExactly("https://example.org/s1");

        HttpResponse<String> delete =
                server.send(HttpRequest.newBuilder(server.uri("/rdf-graphs/service?graph=" + graph))
                        .header("Authorization", AUTH)
                        .DELETE()
                        .build());
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(search("frumious").get("hits")).isEmpty();
    }

    @Test
    void textQueryWorksInSparqlWithTheUnionDefaultGraph() throws Exception {
        String q = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?c ?label WHERE { ?c text:query (skos:prefLabel '"粮食安全"') ; skos:prefLabel ?label . FILTER(lang(?label) = "en") }
                """;
        HttpResponse<String> r =
                server.post("/sparql", "application/sparql-query", q, "Accept", "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> found = new ArrayList<>();
        JSON.readTree(r.body())
                .get("results")
                .get("bindings")
                .forEach(b -> found.add(b.get("c").get("value").asText()));
        // the phrase finds what a plain SPARQL scan of the Chinese labels finds, here "food security" and the Food
        // Security Law
        String scan = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?c WHERE { ?c skos:prefLabel ?l . FILTER(lang(?l) = "zh" && CONTAINS(?l, "粮食安全")) }
                """;
        List<String> expected = new ArrayList<>();
        JSON.readTree(server.post(
                                "/sparql",
                                "application/sparql-query",
                                scan,
                                "Accept",
                                "application/sparql-results+json")
                        .body())
                .get("results")
                .get("bindings")
                .forEach(b -> expected.add(b.get("c").get("value").asText()));
        assertThat(expected).contains(FOOD_SECURITY);
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "q=",
                "q=%20",
                "q=AND+OR+(",
                "q=*curity",
                "q=food&limit=0",
                "q=food&limit=x",
                "q=food&offset=-1",
                "q=food&lang=xx"
            })
    void refusesAnEmptyOrMalformedSearchWithAProblem(String params) {
        HttpResponse<String> r = server.get("/api/search?" + params);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void refusesAMissingQuery() {
        assertThat(server.get("/api/search").statusCode()).isEqualTo(400);
    }
}
