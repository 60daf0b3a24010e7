package org.policykg.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestServer;
import org.policykg.vocab.ELI;
import org.policykg.vocab.PKG;

/**
 * The corpus over HTTP: three texts written for the test (a study outline in English and Chinese,
 * and a commentary that cites and quotes it) posted to the real server, then links, works,
 * metadata, timelines and comparisons read back. The methods run in order: the commentary arrives
 * before the document it cites, and the cited versions are deleted last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorpusIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    private static final String AUTH = "Bearer " + TestServer.ADMIN_TOKEN;
    private static final String DOC = PKG.BASE + "doc/";
    private static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            """;

    @RegisterExtension
    static final TestServer server = new TestServer();

    /** Posts a text of the test corpus as JSON, with its sidecar as the metadata. */
    static HttpResponse<String> post(String id) {
        try {
            ObjectNode body = JSON.createObjectNode().put("id", id).put("text", read(id + ".txt"));
            body.set("metadata", JSON.readTree(read(id + ".meta.json")));
            return server.post("/api/documents", "application/json", body.toString(), "Authorization", AUTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String name) throws IOException {
        return Files.readString(CORPUS.resolve(name));
    }

    private static boolean ask(String where) throws IOException {
        HttpResponse<String> r = server.query(PREFIXES + "ASK { " + where + " }", "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("boolean").asBoolean();
    }

    private static List<String> column(String select, String var) throws IOException {
        HttpResponse<String> r = server.query(PREFIXES + select, "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        JSON.readTree(r.body())
                .at("/results/bindings")
                .forEach(b -> out.add(b.at("/" + var + "/value").asText()));
        return out;
    }

    private static JsonNode getJson(String path, int status) throws IOException {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    @Test
    @Order(1)
    void aCitingDocumentGetsItsLinkWhenTheCitedDocumentArrives() throws IOException {
        assertThat(post("commentary-2023").statusCode()).isEqualTo(201);
        assertThat(ask("?x cito:cites ?y")).isFalse();

        assertThat(post("study-outline-en").statusCode()).isEqualTo(201);
        HttpResponse<String> zh = post("study-outline-zh");
        assertThat(zh.statusCode()).as(zh.body()).isEqualTo(201); // Chinese text: few statements, no failure

        String c = "<" + DOC + "commentary-2023>";
        assertThat(ask(c + " cito:cites <" + DOC + "study-outline-en> , <" + DOC + "study-outline-zh> , <" + PKG.BASE
                        + "work/study-outline> ."))
                .isTrue();
        assertThat(ask(c + " cito:quotes <" + DOC + "study-outline-en> ")).isTrue();
        // the quotation is matched to the sentence of the English version that holds the quoted words
        List<String> passages = column(
                "SELECT ?text WHERE { ?q a pkg:Quotation ; pkg:inDocument " + c
                        + " ; pkg:matchedPassage ?s . ?s pkg:text ?text ; pkg:inDocument <" + DOC
                        + "study-outline-en> }",
                "text");
        assertThat(passages).singleElement().asString().startsWith("National security is the bedrock");
        // no document cites itself, nor the other version of its own work
        assertThat(ask("<" + DOC + "study-outline-en> cito:cites ?any")).isFalse();
    }

    @Test
    @Order(2)
    void twoLanguageVersionsAreExpressionsOfOneWork() throws IOException {
        List<String> versions = column(
                "SELECT ?e WHERE { <" + PKG.BASE + "work/study-outline> a eli:Work ; eli:is_realized_by ?e . "
                        + "?e eli:realizes <" + PKG.BASE + "work/study-outline> } ORDER BY ?e",
                "e");
        assertThat(versions).containsExactly(DOC + "study-outline-en", DOC + "study-outline-zh");
        assertThat(ask("<" + DOC + "study-outline-zh> eli:language "
                        + "<http://publications.europa.eu/resource/authority/language/ZHO>"))
                .isTrue();
        // a document without a work in its metadata is a work of its own
        assertThat(ask("<" + DOC + "commentary-2023> eli:realizes <" + PKG.BASE + "work/commentary-2023>"))
                .isTrue();
    }

    @Test
    @Order(3)
    void documentsJoinOnSharedConceptsActorsAndFormulations() throws IOException {
        String join = "SELECT DISTINCT ?x WHERE { ?a pkg:inDocument <" + DOC + "study-outline-en> ; %s ?x . "
                + "?b pkg:inDocument <" + DOC + "commentary-2023> ; %s ?x . }";
        assertThat(column(join.formatted("pkg:concept", "pkg:concept"), "x"))
                .contains("https://w3id.org/policy-kg/concept/political-security");
        assertThat(column(join.formatted("pkg:actor", "pkg:actor"), "x"))
                .contains(PKG.ACTOR_NS + "party-central-committee");
        assertThat(column(join.formatted("pkg:formulation", "pkg:formulation"), "x"))
                .contains(PKG.FORMULATION_NS + "two-safeguards");
    }

    @Test
    @Order(4)
    void theMetadataScholarsWeighADocumentByIsInTheGraph() throws IOException {
        String c = "<" + DOC + "commentary-2023>";
        assertThat(ask(c + " pkg:documentType <" + PKG.DOCUMENT_TYPE_NS + "ministry-commentary> ; "
                        + "pkg:channel <" + PKG.CHANNEL_NS + "peoples-daily> ; "
                        // the type brings its tier when the metadata names none
                        + "pkg:authorityTier <" + PKG.AUTHORITY_TIER_NS + "4> ."))
                .isTrue();
        // the seed essay's sidecar: a leader's article by Guo Shengkun
        assertThat(ask("<" + DOC + "000_355858e11e4f93ed> pkg:documentType <" + PKG.DOCUMENT_TYPE_NS
                        + "leaders-article> ; pkg:issuer <" + PKG.ACTOR_NS + "guo-shengkun> ; pkg:authorityTier <"
                        + PKG.AUTHORITY_TIER_NS + "3> ."))
                .isTrue();
        JsonNode doc = getJson("/api/documents/commentary-2023", 200);
        assertThat(doc.get("documentType").asText()).isEqualTo(PKG.DOCUMENT_TYPE_NS + "ministry-commentary");
        assertThat(doc.get("realizes").asText()).isEqualTo(PKG.BASE + "work/commentary-2023");
        assertThat(doc.get("language").asText()).isEqualTo("en");
        // the answers are JSON-LD under the published context: read back as RDF, they state the same
        Model compared = ModelFactory.createDefaultModel();
        RDFParser.fromString(
                        server.get("/api/compare?a=commentary-2023&b=study-outline-en")
                                .body(),
                        Lang.JSONLD11)
                .parse(compared);
        Resource a = compared.listObjectsOfProperty(compared.createProperty(PKG.NS, "documentA"))
                .next()
                .asResource();
        assertThat(a.getURI()).isEqualTo(DOC + "commentary-2023");
        assertThat(a.getPropertyResourceValue(PKG.channel).getURI()).isEqualTo(PKG.CHANNEL_NS + "peoples-daily");
        assertThat(a.getPropertyResourceValue(ELI.realizes).getURI()).isEqualTo(PKG.BASE + "work/commentary-2023");
    }

    @Test
    @Order(5)
    void aTimelineListsTheDocumentsByDateWithTheirRolesAndMarksTheFirst() throws IOException {
        JsonNode t = getJson("/api/concepts/economic-security/timeline", 200);
        assertThat(t.get("@context")).isNotNull();
        assertThat(t.at("/prefLabel/en").asText()).isEqualTo("economic security");
        List<String> docs = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        t.get("timeline").forEach(e -> {
            docs.add(e.at("/inDocument/id").asText());
            dates.add(e.at("/inDocument/issued").asText());
        });
        assertThat(docs)
                .containsSubsequence(DOC + "study-outline-en", DOC + "000_355858e11e4f93ed", DOC + "commentary-2023");
        List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
        assertThat(dated).isSorted();
        JsonNode first = t.get("timeline").get(0);
        assertThat(first.at("/inDocument/id").asText()).isEqualTo(DOC + "study-outline-en");
        assertThat(first.get("firstOccurrence").asBoolean()).isTrue();
        assertThat(first.get("roles").toString()).contains(PKG.ROLE_NS + "foundation");
        assertThat(first.get("occurrences").asLong()).isPositive();
        JsonNode commentary = entry(t, DOC + "commentary-2023");
        assertThat(commentary.get("firstOccurrence").asBoolean()).isFalse();
        assertThat(commentary.get("roles").toString()).contains(PKG.ROLE_NS + "guarantee");

        assertThat(getJson("/api/concepts/two-safeguards/timeline", 200).get("timeline"))
                .extracting(e -> e.at("/inDocument/id").asText())
                .contains(DOC + "study-outline-en", DOC + "commentary-2023");
        Model timeline = ModelFactory.createDefaultModel();
        RDFParser.fromString(
                        server.get("/api/concepts/economic-security/timeline").body(), Lang.JSONLD11)
                .parse(timeline);
        assertThat(timeline.listObjectsOfProperty(timeline.createProperty(PKG.NS, "firstOccurrence"))
                        .toList())
                .extracting(n -> n.asLiteral().getBoolean())
                .contains(true, false);
        JsonNode missing = getJson("/api/concepts/no-such-concept/timeline", 404);
        assertThat(missing.get("status").asInt()).isEqualTo(404);
    }

    private static JsonNode entry(JsonNode timeline, String doc) {
        for (JsonNode e : timeline.get("timeline")) {
            if (e.at("/inDocument/id").asText().equals(doc)) {
                return e;
            }
        }
        throw new AssertionError("no entry for " + doc + " in " + timeline);
    }

    @Test
    @Order(6)
    void aComparisonGivesSharedAndDistinctConceptsRolesAndFormulations() throws IOException {
        JsonNode c = getJson("/api/compare?a=study-outline-en&b=commentary-2023", 200);
        assertThat(ids(c.get("sharedConcepts"))).contains(PKG.CONCEPT_NS + "political-security");
        assertThat(ids(c.get("conceptsOnlyInA"))).contains(PKG.CONCEPT_NS + "peoples-security");
        assertThat(ids(c.get("conceptsOnlyInA"))).doesNotContainAnyElementsOf(ids(c.get("sharedConcepts")));
        JsonNode economic = null;
        for (JsonNode d : c.get("roleDifferences")) {
            if (d.at("/concept/id").asText().equals(PKG.CONCEPT_NS + "economic-security")) {
                economic = d;
            }
        }
        assertThat(economic).as(c.get("roleDifferences").toString()).isNotNull();
        assertThat(economic.get("rolesInA").toString()).contains("foundation");
        assertThat(economic.get("rolesInB").toString()).contains("guarantee");
        // political security is fundamental in both: not a difference
        assertThat(c.get("roleDifferences").toString()).doesNotContain("concept/political-security\"");
        assertThat(ids(c.get("sharedFormulations"))).contains(PKG.FORMULATION_NS + "two-safeguards");
        assertThat(c.get("formulationsOnlyInB").toString()).contains("black");

        assertThat(getJson("/api/compare?a=study-outline-en", 400).get("status").asInt())
                .isEqualTo(400);
        assertThat(getJson("/api/compare?a=study-outline-en&b=nothing-here", 404)
                        .get("detail")
                        .asText())
                .contains("nothing-here");
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    @Order(7)
    void deletingTheCitedDocumentRemovesItsLinks() throws IOException {
        String c = "<" + DOC + "commentary-2023>";
        assertThat(server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/documents/study-outline-en"))
                                .header("Authorization", AUTH)
                                .DELETE()
                                .build())
                        .statusCode())
                .isEqualTo(204);
        assertThat(ask(c + " cito:quotes ?any")).isFalse();
        assertThat(ask(c + " cito:cites <" + DOC + "study-outline-en>")).isFalse();
        assertThat(ask("?q pkg:matchedPassage ?s")).isFalse();
        // the Chinese version is still the cited document: its title is the outline's Chinese label
        assertThat(ask(c + " cito:cites <" + DOC + "study-outline-zh>")).isTrue();

        assertThat(server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/documents/study-outline-zh"))
                                .header("Authorization", AUTH)
                                .DELETE()
                                .build())
                        .statusCode())
                .isEqualTo(204);
        assertThat(ask("?x cito:cites ?y")).isFalse();
    }
}
