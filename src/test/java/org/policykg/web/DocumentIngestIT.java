package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestServer;
import org.policykg.ingest.DocumentIngest;
import org.policykg.ingest.Pipeline;
import org.policykg.ontology.OntologyFiles;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;
import org.policykg.vocab.StatementKind;

/** {@code POST} and {@code DELETE /api/documents} over HTTP against the real server. */
class DocumentIngestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Bearer " + TestServer.ADMIN_TOKEN;
    // written for this test in the register of official translations; not a real document
    private static final String TEXT = """
            Food and Security Work Notice

            Treating food security as the top priority. We must adhere to the Overall National Security Outlook.
            We must strengthen property security and improve grain reserves by 2025.
            """;

    @RegisterExtension
    static final TestServer server = new TestServer();

    private static HttpResponse<String> postJson(String json, String... headers) {
        return server.post("/api/documents", "application/json", json, headers);
    }

    private static String body(String id, String text) {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("text", text);
        o.putObject("metadata").put("title", "Food and Security Work Notice").put("issued", "2024-03-01");
        return o.toString();
    }

    private static long quads() {
        return server.store().read(dsg -> Iter.count(dsg.find()));
    }

    private static HttpResponse<String> postBytes(String pathAndQuery, String contentType, byte[] bytes) {
        return server.send(HttpRequest.newBuilder(server.uri(pathAndQuery))
                .header("Content-Type", contentType)
                .header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
    }

    private static void assertRefused(HttpResponse<String> r, int status, String detail) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).get("detail").asText()).containsIgnoringCase(detail);
    }

    @Test
    void ingestsATextThatSparqlAndTheApiThenFind() throws Exception {
        HttpResponse<String> r = postJson(body("ingest-food", TEXT), "Authorization", AUTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).contains("/api/documents/ingest-food");
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("id").asText()).isEqualTo(PKG.BASE + "doc/ingest-food");
        assertThat(b.get("triples").asLong()).isPositive();
        assertThat(b.at("/statements/RoleAssignment").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(b.at("/statements/Directive").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(b.get("statements").size()).isEqualTo(StatementKind.ALL.size());
        assertThat(b.get("candidateConcepts").toString()).contains("candidate/property-security");

        String ask = """
                PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
                ASK { ?st a pkg:RoleAssignment ; pkg:inDocument <%sdoc/ingest-food> ;
                          pkg:concept <https://w3id.org/policy-kg/concept/food-security> ;
                          pkg:role <https://w3id.org/policy-kg/role/top-priority> . }""".formatted(PKG.BASE);
        HttpResponse<String> q = server.query(ask, "application/sparql-results+json");
        assertThat(JSON.readTree(q.body()).get("boolean").asBoolean()).isTrue();

        HttpResponse<String> doc = server.get("/api/documents/ingest-food");
        assertThat(doc.statusCode()).isEqualTo(200);
        JsonNode d = JSON.readTree(doc.body());
        assertThat(d.get("title").toString()).contains("Food and Security Work Notice");
        assertThat(d.get("issued").toString()).contains("2024-03-01");
        assertThat(d.get("extractions").toString()).contains("Overall National Security Outlook");
    }

    @Test
    void postingTheSameIdAgainReplacesTheGraphWithoutDuplicates() throws Exception {
        assertThat(postJson(body("ingest-again", TEXT), "Authorization", AUTH).statusCode())
                .isEqualTo(201);
        long once = quads();
        HttpResponse<String> again = postJson(body("ingest-again", TEXT), "Authorization", AUTH);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(quads()).isEqualTo(once);

        // a shorter text replaces the graph whole: nothing of the first version stays
        HttpResponse<String> shorter = server.post(
                "/api/documents?id=ingest-again",
                "text/plain; charset=utf-8",
                "We must adhere to the Overall National Security Outlook.",
                "Authorization",
                AUTH);
        assertThat(shorter.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(shorter.body())
                        .at("/statements/RoleAssignment")
                        .asLong())
                .isZero();
        assertThat(quads()).isLessThan(once);
    }

    private static String batch(String... idsAndTexts) {
        ObjectNode o = JSON.createObjectNode();
        var documents = o.putArray("documents");
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            documents.addObject().put("id", idsAndTexts[i]).put("text", idsAndTexts[i + 1]);
        }
        return o.toString();
    }

    @Test
    void aBatchIsStoredInOneTransactionAndAnsweredAsAList() throws Exception {
        long version = server.store().version();
        HttpResponse<String> r = postJson(
                batch("batch-a", TEXT, "batch-b", "Treating energy security as the foundation."),
                "Authorization",
                AUTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).isEmpty();
        assertThat(server.store().version()).isEqualTo(version + 1);
        JsonNode docs = JSON.readTree(r.body()).get("documents");
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).get("id").asText()).isEqualTo(PKG.BASE + "doc/batch-a");
        assertThat(docs.get(0).at("/statements/RoleAssignment").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(docs.get(1).get("document").asText()).isEqualTo("batch-b");
        assertThat(server.get("/api/documents/batch-b").statusCode()).isEqualTo(200);

        long once = quads();
        // one of them again, with a new one: 200, since a document was replaced; nothing doubles
        HttpResponse<String> again = postJson(
                batch("batch-a", TEXT, "batch-c", "Treating grain security as the lifeline."), "Authorization", AUTH);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(server.get("/api/documents/batch-c").statusCode()).isEqualTo(200);
        assertThat(quads()).isGreaterThan(once);
    }

    @Test
    void aBatchWithOneBadDocumentStoresNoneOfThem() throws Exception {
        long before = quads();
        long version = server.store().version();
        assertRefused(
                postJson(batch("batch-ok", TEXT, "batch-blank", "  "), "Authorization", AUTH),
                400,
                "Document 2 (batch-blank): The text is empty");
        assertRefused(postJson(batch("batch-ok", TEXT, "batch-ok", TEXT), "Authorization", AUTH), 400, "twice");
        assertRefused(postJson(batch("batch-ok", TEXT, "../x", TEXT), "Authorization", AUTH), 400, "Document 2: ");
        assertRefused(
                postJson("{\"documents\": [{\"id\": \"batch-ok\", \"text\": 5}]}", "Authorization", AUTH),
                400,
                "Document 1: \"text\" must be a string");
        assertRefused(postJson("{\"documents\": {}}", "Authorization", AUTH), 400, "a list");
        assertRefused(postJson("{\"documents\": []}", "Authorization", AUTH), 400, "no document");
        assertRefused(
                postJson("{\"documents\": [], \"id\": \"batch-ok\", \"text\": \"x\"}", "Authorization", AUTH),
                400,
                "only member");
        String meta = "{\"documents\": [{\"id\": \"batch-ok\", \"text\": \"We must adhere to it.\"},"
                + " {\"id\": \"batch-date\", \"text\": \"We must adhere to it.\", \"metadata\": {\"issued\": \"May\"}}]}";
        assertRefused(postJson(meta, "Authorization", AUTH), 400, "Document 2: ");
        String offScheme = "{\"documents\": [{\"id\": \"batch-ok\", \"text\": \"We must adhere to it.\"},"
                + " {\"id\": \"batch-type\", \"text\": \"We must adhere to it.\", \"metadata\": {\"documentType\": \"no-such-type\"}}]}";
        assertRefused(postJson(offScheme, "Authorization", AUTH), 422, "batch-type");
        StringBuilder many = new StringBuilder("{\"documents\": [");
        for (int i = 0; i <= DocumentIngest.MAX_BATCH_DOCUMENTS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\": \"m").append(i).append("\", \"text\": \"Energy.\"}");
        }
        assertRefused(postJson(many.append("]}").toString(), "Authorization", AUTH), 413, "at most");
        assertThat(server.get("/api/documents/batch-ok").statusCode()).isEqualTo(404);
        assertThat(server.store().version()).isEqualTo(version);
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void deletesADocumentAndAnswers404Afterwards() throws Exception {
        long before = quads();
        assertThat(server.post("/api/documents?id=ingest-gone", "text/plain", TEXT, "Authorization", AUTH)
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> del = server.send(HttpRequest.newBuilder(server.uri("/api/documents/ingest-gone"))
                .header("Authorization", AUTH)
                .DELETE()
                .build());
        assertThat(del.statusCode()).isEqualTo(204);
        assertThat(quads()).isEqualTo(before);
        assertThat(server.get("/api/documents/ingest-gone").statusCode()).isEqualTo(404);
        HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.uri("/api/documents/ingest-gone"))
                .header("Authorization", AUTH)
                .DELETE()
                .build());
        assertRefused(again, 404, "ingest-gone");
    }

    @Test
    void refusesWritesWithoutTheToken() throws Exception {
        long before = quads();
        assertRefused(postJson(body("ingest-anon", TEXT)), 401, "Bearer");
        assertRefused(postJson(body("ingest-anon", TEXT), "Authorization", "Bearer wrong"), 401, "Bearer");
        HttpResponse<String> del = server.send(HttpRequest.newBuilder(server.uri("/api/documents/register-sample"))
                .DELETE()
                .build());
        assertRefused(del, 401, "Bearer");
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void refusesEmptyAndBlankText() throws Exception {
        long before = quads();
        assertRefused(postJson(body("ingest-empty", ""), "Authorization", AUTH), 400, "empty or blank");
        assertRefused(postJson(body("ingest-blank", " \n\t "), "Authorization", AUTH), 400, "empty or blank");
        assertRefused(postBytes("/api/documents?id=ingest-empty", "text/plain", new byte[0]), 400, "empty or blank");
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void refusesABodyThatIsNotUtf8() throws Exception {
        long before = quads();
        byte[] latin1 = "Treating food security as the top priorit\u00e9.".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(
                postBytes("/api/documents?id=ingest-latin1", "text/plain; charset=utf-8", latin1), 400, "not UTF-8");
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void refusesBinaryContent() throws Exception {
        long before = quads();
        assertRefused(
                postBytes(
                        "/api/documents?id=ingest-nul",
                        "text/plain",
                        "text\0with a NUL".getBytes(StandardCharsets.UTF_8)),
                400,
                "binary");
        String controls = "abc\u0001\u0002\u0003\u0004\u0005def".repeat(20);
        assertRefused(postJson(body("ingest-ctl", controls), "Authorization", AUTH), 400, "binary");
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void refusesATextOverTheSizeLimitWith413() throws Exception {
        long before = quads();
        byte[] big = "We must adhere to it. "
                .repeat(DocumentIngest.MAX_TEXT_BYTES / 22 + 10)
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(postBytes("/api/documents?id=ingest-big", "text/plain; charset=utf-8", big), 413, "limit");
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void refusesAWrongContentTypeWith415() throws Exception {
        long before = quads();
        assertRefused(
                postBytes("/api/documents?id=ingest-xml", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)),
                415,
                "application/json");
        assertRefused(
                postBytes(
                        "/api/documents?id=ingest-l1",
                        "text/plain; charset=iso-8859-1",
                        "abc".getBytes(StandardCharsets.UTF_8)),
                415,
                "UTF-8");
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonAndBadMetadata() throws Exception {
        long before = quads();
        assertRefused(postJson("{\"id\": \"ingest-bad\", \"text\": ", "Authorization", AUTH), 400, "not valid JSON");
        assertRefused(postJson("[1, 2]", "Authorization", AUTH), 400, "JSON object");
        String badDate =
                "{\"id\":\"ingest-date\",\"text\":\"We must adhere to it.\",\"metadata\":{\"issued\":\"1 May 2024\"}}";
        assertRefused(postJson(badDate, "Authorization", AUTH), 400, "YYYY-MM-DD");
        String badUrl =
                "{\"id\":\"ingest-url\",\"text\":\"We must adhere to it.\",\"metadata\":{\"sourceUrl\":\"not a url\"}}";
        assertRefused(postJson(badUrl, "Authorization", AUTH), 400, "sourceUrl");
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void refusesABadId() throws Exception {
        long before = quads();
        assertRefused(postJson(body("../etc", TEXT), "Authorization", AUTH), 400, "document id");
        assertRefused(postJson(body("a b", TEXT), "Authorization", AUTH), 400, "document id");
        assertRefused(server.post("/api/documents", "text/plain", TEXT, "Authorization", AUTH), 400, "document id");
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void refusesAGraphThatBreaksAShapeWith422() throws Exception {
        // a stricter shape than the shipped ones: every document needs an abstract, which this text lacks
        OntologyFiles strict = OntologyFiles.load();
        RDFParser.fromString("""
                        @prefix sh: <http://www.w3.org/ns/shacl#> .
                        @prefix pkg: <https://w3id.org/policy-kg/ontology#> .
                        @prefix dcterms: <http://purl.org/dc/terms/> .
                        <urn:test:AbstractShape> a sh:NodeShape ; sh:targetClass pkg:PolicyDocument ;
                          sh:property [ sh:path dcterms:abstract ; sh:minCount 1 ;
                                        sh:message "A test document needs an abstract."@en ] .
                        """, Lang.TURTLE).parse(strict.model(OntologyFiles.SHAPES));
        try (GraphStore store = Tdb2GraphStore.inMemory();
                WebServer strictServer = new WebServer(
                                store,
                                ServerSettings.builder()
                                        .adminToken(TestServer.ADMIN_TOKEN)
                                        .queryTimeoutMillis(10_000)
                                        .build(),
                                () -> true,
                                new Pipeline(strict, PKG.BASE))
                        .start("127.0.0.1", 0)) {
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(java.net.URI.create(
                            "http://127.0.0.1:" + strictServer.port() + "/api/documents?id=no-abstract"))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .header("Authorization", AUTH)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "We must adhere to the Overall National Security Outlook."))
                    .build());
            assertRefused(r, 422, "A test document needs an abstract.");
            long stored = store.read(dsg -> Iter.count(dsg.find()));
            assertThat(stored).isZero();
        }
    }

    @Test
    void theAnswerNamesTheDocumentIriThatTheGraphUses() throws Exception {
        HttpResponse<String> r =
                server.post("/api/documents?id=ingest-iri", "text/plain; charset=utf-8", TEXT, "Authorization", AUTH);
        String iri = JSON.readTree(r.body()).get("id").asText();
        var m = ModelFactory.createDefaultModel();
        RDFParser.fromString(server.get("/api/documents/ingest-iri").body(), Lang.JSONLD)
                .parse(m);
        Resource doc = m.createResource(iri);
        assertThat(m.contains(doc, null, (org.apache.jena.rdf.model.RDFNode) null))
                .isTrue();
    }
}
