package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.ExternalStore;
import org.policykg.TestData;
import org.policykg.TestServer;
import org.policykg.ingest.SeedLoader;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;

/**
 * The curator's loop over HTTP against the real server, over a TDB2 store in a folder so that a
 * restart can be tested (or, with {@code -Dpolicykg.test.store=sparql}, over a Fuseki server that
 * outlives the service's restart): candidates ranked, accepted, merged and rejected, the documents
 * re-linked, the decisions recorded, and a rejection kept by a later ingest and by a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CandidatesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "curator-test-token";
    private static final String AUTH = "Bearer " + TOKEN;
    // written for this test in the register of official translations; not real documents
    private static final String A =
            "Treating digital sovereignty as the cornerstone of national security. We will regard"
                    + " green finance as our central mission. Ocean stewardship is an important pillar of development.\n";
    private static final String B = "Digital sovereignty is the foundation of national security. Green finance is the"
            + " engine of high-quality development.\n";
    private static final String C = "We will make digital sovereignty our top priority and treat ocean stewardship as"
            + " our central mission.\n";
    /** A translated pair, loaded as seeds so that the loader aligns it: the English uses a candidate. */
    private static final String PAIR_EN = "We will treat grain resilience as the foundation of development.\n";

    private static final String PAIR_ZH = "要把粮食安全作为发展的基础。\n";

    @TempDir
    static Path folder;

    /** A decision's answer, kept for the JSON-LD check of every answer. */
    private static String outcomeAnswer;

    private static final HttpClient client = HttpClient.newHttpClient();
    private static FusekiServer fuseki;
    private static GraphStore store;
    private static WebServer server;

    @BeforeAll
    static void start() {
        if (TestServer.EXTERNAL) {
            fuseki = ExternalStore.start();
        }
        store = openStore();
        SeedLoader seeds = new SeedLoader(TestData.PIPELINE, PKG.BASE);
        seeds.loadOntology(store);
        try {
            Path pair = Files.createDirectories(folder.resolve("pair"));
            Files.writeString(pair.resolve("en-cur-pair.txt"), PAIR_EN);
            Files.writeString(pair.resolve("zh-cur-pair.txt"), PAIR_ZH);
            for (String language : List.of("en", "zh")) {
                Files.writeString(
                        pair.resolve(language + "-cur-pair.meta.json"),
                        "{\"title\": \"Pair " + language + "\", \"issued\": \"2024-05-02\", \"language\": \"" + language
                                + "\", \"work\": \"cur-pair\"}");
            }
            seeds.loadFolder(store, pair);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        serve();
        for (String[] doc : List.of(new String[] {"cur-a", A}, new String[] {"cur-b", B}, new String[] {"cur-c", C})) {
            assertThat(ingest(doc[0], doc[1]).statusCode()).isEqualTo(201);
        }
    }

    /** The store as a restarted service opens it again: the same folder, or the same Fuseki. */
    private static GraphStore openStore() {
        return fuseki != null ? ExternalStore.client(fuseki) : Tdb2GraphStore.open(folder.resolve("store"));
    }

    private static void serve() {
        server = new WebServer(
                        store,
                        ServerSettings.builder()
                                .adminToken(TOKEN)
                                .queryTimeoutMillis(10_000)
                                .build(),
                        () -> true,
                        TestData.PIPELINE)
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        if (fuseki != null) {
            fuseki.stop();
        }
    }

    private static HttpResponse<String> ingest(String id, String text) {
        return ingest(id, text, "Curation test " + id);
    }

    private static HttpResponse<String> ingest(String id, String text, String title) {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("text", text);
        o.putObject("metadata").put("title", title).put("issued", "2024-05-01");
        return post("/api/documents", o.toString(), "Authorization", AUTH);
    }

    private static HttpResponse<String> post(String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest r) {
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> slugs(String kind) {
        HttpResponse<String> r = get("/api/candidates?kind=" + kind);
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> slugs = new ArrayList<>();
        json(r).get("candidates").forEach(c -> slugs.add(c.get("slug").asText()));
        return slugs;
    }

    private static JsonNode candidate(String kind, String slug) {
        for (JsonNode c : json(get("/api/candidates?kind=" + kind)).get("candidates")) {
            if (c.get("slug").asText().equals(slug)) {
                return c;
            }
        }
        return null;
    }

    /** The rows of a SPARQL SELECT, each variable's value as text. */
    private static List<JsonNode> select(String query) {
        HttpResponse<String> r =
                send(HttpRequest.newBuilder(uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json")
                        .GET()
                        .build());
        assertThat(r.statusCode()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        json(r).get("results").get("bindings").forEach(rows::add);
        return rows;
    }

    /** Whatever points at a candidate but its decision's prov:used. */
    private static String usesOf(String candidateSlug) {
        return "SELECT * WHERE { ?s ?p <" + PKG.CANDIDATE_NS + candidateSlug
                + "> FILTER(?p != <http://www.w3.org/ns/prov#used>) }";
    }

    private static long quads() {
        return store.read(dsg -> Iter.count(dsg.find()));
    }

    @Test
    @Order(1)
    void candidatesAreRankedByTheDocumentsThatUseThem() {
        JsonNode body = json(get("/api/candidates?kind=concept"));
        JsonNode first = body.get("candidates").get(0);
        assertThat(first.get("slug").asText()).isEqualTo("digital-sovereignty");
        assertThat(first.get("documentCount").asInt()).isEqualTo(3);
        assertThat(first.get("prefLabel").get("en").asText()).isEqualTo("digital sovereignty");
        assertThat(first.get("examples").get(0).get("exact").asText()).containsIgnoringCase("digital sovereignty");
        int previous = Integer.MAX_VALUE;
        for (JsonNode c : body.get("candidates")) {
            assertThat(c.get("documentCount").asInt()).isLessThanOrEqualTo(previous);
            previous = c.get("documentCount").asInt();
        }
        assertThat(slugs("concept")).contains("green-finance", "ocean-stewardship");
        assertThat(slugs("role")).contains("central-mission");
        assertThat(candidate("role", "central-mission").get("documentCount").asInt())
                .isEqualTo(2);
    }

    @Test
    @Order(2)
    void aDecisionNeedsTheTokenAndAValidRequestAndARefusalChangesNothing() {
        long before = quads();
        String accept = "/api/candidates/concept/digital-sovereignty/accept";
        String body = "{\"labelEn\": \"digital sovereignty\"}";
        assertThat(post(accept, body).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post(accept, body, "Authorization", "Bearer nope");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(post("/api/candidates/concept/no-such-candidate/reject", "", "Authorization", AUTH)
                        .statusCode())
                .isEqualTo(404);
        assertThat(post("/api/candidates/widget/digital-sovereignty/reject", "", "Authorization", AUTH)
                        .statusCode())
                .isEqualTo(404);
        assertThat(post(accept, "{not json", "Authorization", AUTH).statusCode())
                .isEqualTo(400);
        assertThat(post(accept, "{}", "Authorization", AUTH).statusCode()).isEqualTo(422); // no labelEn
        assertThat(post(accept, "{\"labelEn\": \"x\", \"labelZh\": \"not chinese\"}", "Authorization", AUTH)
                        .statusCode())
                .isEqualTo(422);
        assertThat(post(accept, "{\"labelEn\": \"x\", \"broader\": \"no-such-concept\"}", "Authorization", AUTH)
                        .statusCode())
                .isEqualTo(422);
        assertThat(post(accept, "{\"labelEn\": \"x\", \"id\": \"national-security\"}", "Authorization", AUTH)
                        .statusCode())
                .isEqualTo(409); // the scheme has it: merge instead
        assertThat(post("/api/candidates/concept/green-finance/merge", "{}", "Authorization", AUTH)
                        .statusCode())
                .isEqualTo(422);
        assertThat(quads()).isEqualTo(before);
        assertThat(slugs("concept")).contains("digital-sovereignty");
    }

    @Test
    @Order(3)
    void acceptingReLinksEveryDocumentAndRecordsWhoDecidedWhen() {
        HttpResponse<String> r = post(
                "/api/candidates/concept/digital-sovereignty/accept",
                "{\"labelEn\": \"digital sovereignty\", \"labelZh\": \"数字主权\", \"broader\": \"cyber-security\"}",
                "Authorization",
                AUTH,
                "From",
                "curator@example.org");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).hasValue("/api/concepts/digital-sovereignty");
        JsonNode outcome = json(r);
        assertThat(outcome.get("documentCount").asInt()).isEqualTo(3);
        assertThat(outcome.get("curatedInto").asText()).isEqualTo(PKG.CONCEPT_NS + "digital-sovereignty");

        // the concept is in the scheme, with both labels and its broader concept
        JsonNode concept = json(get("/api/concepts/digital-sovereignty"));
        assertThat(concept.get("prefLabel").get("zh").asText()).isEqualTo("数字主权");
        assertThat(concept.get("broader").get(0).asText()).isEqualTo(PKG.CONCEPT_NS + "cyber-security");
        assertThat(concept.get("statements").size()).isGreaterThanOrEqualTo(3);

        // every statement points at the new concept, none at the candidate
        List<JsonNode> onConcept = select("PREFIX pkg: <" + PKG.NS + "> SELECT DISTINCT ?doc WHERE { ?s pkg:concept <"
                + PKG.CONCEPT_NS + "digital-sovereignty> ; pkg:inDocument ?doc }");
        assertThat(onConcept).hasSize(3);
        assertThat(select(usesOf("digital-sovereignty"))).isEmpty();
        assertThat(slugs("concept")).doesNotContain("digital-sovereignty");

        // PROV: the decision, its author and time
        List<JsonNode> prov =
                select("PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>"
                        + " PREFIX pkg: <" + PKG.NS + "> SELECT ?a ?name ?t WHERE { ?a a pkg:Acceptance ; prov:used <"
                        + PKG.CANDIDATE_NS
                        + "digital-sovereignty> ; prov:wasAssociatedWith ?agent ; prov:endedAtTime ?t ."
                        + " ?agent foaf:name ?name }");
        assertThat(prov).hasSize(1);
        assertThat(prov.get(0).get("name").get("value").asText()).isEqualTo("curator@example.org");
        assertThat(prov.get(0).get("t").get("datatype").asText()).endsWith("#dateTime");

        // once decided, it cannot be decided again
        HttpResponse<String> again =
                post("/api/candidates/concept/digital-sovereignty/reject", "", "Authorization", AUTH);
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    @Order(4)
    void mergingAddsAnAlternativeLabelAndReLinks() {
        HttpResponse<String> r = post(
                "/api/candidates/concept/green-finance/merge",
                "{\"into\": \"economic-security\", \"author\": \"Ada\"}",
                "Authorization",
                AUTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode concept = json(get("/api/concepts/economic-security"));
        assertThat(concept.get("altLabel").get("en").toString()).contains("green finance");
        assertThat(select("PREFIX pkg: <" + PKG.NS + "> SELECT ?s WHERE { ?s pkg:concept <" + PKG.CONCEPT_NS
                        + "economic-security> ; pkg:inDocument <" + PKG.BASE + "doc/cur-b> }"))
                .isNotEmpty();
        JsonNode decisions = json(get("/api/candidates/decisions")).get("decisions");
        assertThat(decisions.get(0).get("type").asText()).isEqualTo("pkg:Merge");
        assertThat(decisions.get(0).get("authorName").asText()).isEqualTo("Ada");
    }

    @Test
    @Order(5)
    void aRoleIsAcceptedIntoTheRoleScheme() {
        HttpResponse<String> r = post(
                "/api/candidates/role/central-mission/accept",
                "{\"labelEn\": \"central mission\", \"labelZh\": \"中心任务\", \"broader\": \"central-task\"}",
                "Authorization",
                AUTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(select("PREFIX pkg: <" + PKG.NS + "> SELECT ?s WHERE { ?s pkg:role <" + PKG.ROLE_NS
                        + "central-mission> }"))
                .hasSize(2);
        assertThat(slugs("role")).doesNotContain("central-mission");
    }

    @Test
    @Order(6)
    void aRejectedCandidateStaysRejectedAtTheNextIngestAndAfterARestart() {
        assertThat(post("/api/candidates/concept/ocean-stewardship/reject", "", "Authorization", AUTH)
                        .statusCode())
                .isEqualTo(200);
        String uses = usesOf("ocean-stewardship");
        assertThat(select(uses)).isEmpty();
        assertThat(slugs("concept")).doesNotContain("ocean-stewardship");

        // a new document and a document posted again: no statement of the rejected candidate, the
        // accepted one minted as the concept straight away
        assertThat(ingest(
                                "cur-d",
                                "We will treat digital sovereignty and ocean stewardship as the foundation of development.\n")
                        .statusCode())
                .isEqualTo(201);
        assertThat(ingest("cur-c", C).statusCode()).isEqualTo(200);
        assertThat(select(uses)).isEmpty();
        assertThat(select(usesOf("digital-sovereignty"))).isEmpty();
        assertThat(select("PREFIX pkg: <" + PKG.NS + "> SELECT ?s WHERE { ?s pkg:concept <" + PKG.CONCEPT_NS
                        + "digital-sovereignty> ; pkg:inDocument <" + PKG.BASE + "doc/cur-d> }"))
                .isNotEmpty();
        assertThat(slugs("concept")).doesNotContain("ocean-stewardship", "digital-sovereignty", "green-finance");

        // a restart keeps the decisions, and the next ingest still follows them
        server.close();
        store.close();
        store = openStore();
        serve();
        assertThat(json(get("/api/candidates/decisions")).get("decisions")).hasSize(4);
        assertThat(json(get("/api/concepts/digital-sovereignty"))
                        .get("prefLabel")
                        .get("zh")
                        .asText())
                .isEqualTo("数字主权");
        assertThat(ingest("cur-e", A).statusCode()).isEqualTo(201);
        assertThat(select(uses)).isEmpty();
        assertThat(slugs("concept")).doesNotContain("ocean-stewardship");
    }

    /** The English statements of the pair that its alignment ties to a Chinese one, or says the Chinese lacks. */
    private static List<JsonNode> pairStatements(String link) {
        return select("PREFIX pkg: <" + PKG.NS + "> SELECT ?s ?o WHERE { ?s a pkg:RoleAssignment ; pkg:inDocument <"
                + PKG.BASE + "doc/en-cur-pair> ; pkg:" + link + " ?o }");
    }

    @Test
    @Order(7)
    void mergingMakesTheAlignmentsOfATranslatedPairCurrentInTheSameWrite() {
        // before: the English role of the candidate has no Chinese counterpart
        assertThat(pairStatements("notFoundIn")).hasSize(1);
        assertThat(pairStatements("agreesWith")).isEmpty();

        HttpResponse<String> r = post(
                "/api/candidates/concept/grain-resilience/merge",
                "{\"into\": \"food-security\"}",
                "Authorization",
                AUTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        outcomeAnswer = r.body();

        // after: the same statement now agrees with the Chinese one, and the API says so
        List<JsonNode> agreeing = pairStatements("agreesWith");
        assertThat(agreeing).hasSize(1);
        assertThat(agreeing.get(0).get("o").get("value").asText()).startsWith(PKG.BASE + "doc/zh-cur-pair/");
        assertThat(pairStatements("notFoundIn")).isEmpty();
        JsonNode alignment = json(get("/api/documents/en-cur-pair/alignment?with=zh-cur-pair"));
        assertThat(alignment.get("agreements")).hasSize(1);
        assertThat(alignment.get("onlyInThis")).isEmpty();
        // the sentences stay linked, and their mentions name the member, not the candidate
        assertThat(alignment.get("alignments")).isNotEmpty();
        assertThat(select(usesOf("grain-resilience"))).isEmpty();
    }

    @Test
    @Order(8)
    void aNewTextUsingAnAcceptedOrMergedLabelMapsToTheMember() {
        // 数字主权 is the Chinese label given when digital sovereignty was accepted: no candidate of it
        // was ever made from Chinese, so only the extractor's lexicon can know it
        HttpResponse<String> zh = ingest("cur-zh", "要把数字主权作为国家安全的基础。\n", "=HYPERLINK(\"http://example.org\")");
        assertThat(zh.statusCode()).as(zh.body()).isEqualTo(201);
        assertThat(select("PREFIX pkg: <" + PKG.NS + "> SELECT ?s WHERE { ?s a pkg:RoleAssignment ; pkg:concept <"
                        + PKG.CONCEPT_NS + "digital-sovereignty> ; pkg:inDocument <" + PKG.BASE + "doc/cur-zh> }"))
                .hasSize(1);
        assertThat(json(get("/api/concepts/digital-sovereignty"))
                        .get("statements")
                        .toString())
                .contains(PKG.BASE + "doc/cur-zh");

        // "green finance" was merged into economic security: a plain mention of it, which makes no
        // candidate, is a mention of the member
        HttpResponse<String> en =
                ingest("cur-g", "Banks across the country will expand green finance for small firms.\n");
        assertThat(en.statusCode()).as(en.body()).isEqualTo(201);
        assertThat(select("PREFIX pkg: <" + PKG.NS + "> SELECT ?s WHERE { ?s pkg:concept <" + PKG.CONCEPT_NS
                        + "economic-security> ; pkg:inDocument <" + PKG.BASE + "doc/cur-g> }"))
                .isNotEmpty();

        // the title a spreadsheet would run as a formula is a quoted text cell in the timeline's CSV
        HttpResponse<String> csv = get("/api/concepts/digital-sovereignty/timeline?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://example.org\"\")\"");
        assertThat(csv.body().lines().skip(1)).noneMatch(line -> line.contains(",=") || line.contains(",\"="));
    }

    @Test
    @Order(9)
    void everyKeyOfTheCurationAlignmentAndTimelineAnswersExpandsAsJsonLd() {
        assertThat(outcomeAnswer).isNotNull();
        List<String> answers = new ArrayList<>(List.of(outcomeAnswer));
        for (String path : List.of(
                "/api/candidates?kind=concept",
                "/api/candidates?kind=role",
                "/api/candidates/decisions",
                "/api/documents/en-cur-pair/alignment?with=zh-cur-pair",
                "/api/documents/zh-cur-pair/alignment",
                "/api/concepts/food-security/wording",
                "/api/concepts/digital-sovereignty/timeline")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            answers.add(r.body());
        }
        for (String answer : answers) {
            assertThat(JsonLdKeys.dropped(answer)).as(answer).isEmpty();
        }
    }
}
