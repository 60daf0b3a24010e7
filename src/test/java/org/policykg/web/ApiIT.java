package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestServer;

/** The JSON-LD API, /health and the error surface, over HTTP against the real server. */
class ApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ESSAY = "000_355858e11e4f93ed";

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void listsTheConceptSchemeWithEnglishAndChineseLabels() throws Exception {
        HttpResponse<String> r = server.get("/api/concepts");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.has("@context")).isTrue();
        JsonNode political = find(body.get("concepts"), "https://w3id.org/policy-kg/concept/political-security");
        assertThat(political.at("/prefLabel/en").asText()).isEqualTo("political security");
        assertThat(political.at("/prefLabel/zh").asText()).isEqualTo("政治安全");
    }

    @Test
    void aConceptComesWithItsStatementsAndTheirEvidence() throws Exception {
        HttpResponse<String> r = server.get("/api/concepts/political-security");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("treatedAs").toString())
                .contains("role/fundamental")
                .contains("role/top-priority");
        JsonNode statements = body.get("statements");
        assertThat(statements).isNotEmpty();
        assertThat(statements.toString()).contains("Treating political security as fundamental");
        JsonNode first = statements.get(0);
        assertThat(first.at("/evidence/hasSelector/1/start").isNumber()).isTrue();
        assertThat(first.at("/generatedBy/rule/id").asText()).startsWith("https://w3id.org/policy-kg/rule/");
    }

    @Test
    void rolesAndRulesComeWithTheirLabelsNotBareIris() throws Exception {
        JsonNode body =
                JSON.readTree(server.get("/api/concepts/political-security").body());
        JsonNode fundamental = null;
        for (JsonNode st : body.get("statements")) {
            assertThat(st.at("/generatedBy/rule/label/en").asText())
                    .as("rule of %s", st.get("id"))
                    .isNotBlank();
            if (st.at("/role/id").asText().endsWith("/role/fundamental")) {
                fundamental = st.get("role");
            }
        }
        assertThat(fundamental).isNotNull();
        assertThat(fundamental.at("/prefLabel/en").asText()).isEqualTo("fundamental");
        assertThat(fundamental.at("/prefLabel/zh").asText()).isEqualTo("根本");
        assertThat(body.get("treatedAs").findValuesAsText("en")).contains("fundamental", "top priority");

        JsonNode timeline = JSON.readTree(
                server.get("/api/concepts/political-security/timeline").body());
        JsonNode roles = timeline.at("/timeline/0/roles");
        assertThat(roles).isNotEmpty();
        roles.forEach(role ->
                assertThat(role.at("/prefLabel/en").asText()).as("%s", role).isNotBlank());
    }

    @Test
    void theApiAnswerIsRealJsonLdThatReadsBackAsTheSameTriples() {
        HttpResponse<String> r = server.get("/api/concepts/political-security");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.JSONLD).parse(m);
        String ask = """
                PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                ASK {
                  ?st pkg:concept <https://w3id.org/policy-kg/concept/political-security> ;
                      pkg:role <https://w3id.org/policy-kg/role/fundamental> ;
                      pkg:evidence/oa:hasSelector ?q , ?p .
                  ?q oa:exact "Treating political security as fundamental" .
                  ?p oa:start ?start .
                  <https://w3id.org/policy-kg/concept/political-security> pkg:treatedAs <https://w3id.org/policy-kg/role/fundamental> .
                }""";
        try (QueryExecution qe = QueryExecution.model(m).query(ask).build()) {
            assertThat(qe.execAsk()).isTrue();
        }
    }

    @Test
    void aDocumentComesWithMetadataSectionsAndStatements() throws Exception {
        HttpResponse<String> r = server.get("/api/documents/" + ESSAY);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = JSON.readTree(r.body());
        assertThat(d.at("/title/en").asText()).isEqualTo("Modernizing the National Security System and Capacity");
        assertThat(d.at("/originalTitle/zh").asText()).isEqualTo("推进国家安全体系和能力现代化");
        assertThat(d.at("/creator/name/en").asText()).isEqualTo("Guo Shengkun");
        assertThat(d.get("issued").asText()).isEqualTo("2022-11-24");
        JsonNode sections = d.get("sections");
        assertThat(sections).hasSize(4); // preamble and parts I-III
        assertThat(sections.get(2).get("marker").asText()).isEqualTo("II");
        assertThat(sections.get(2).get("sections")).hasSize(12);
        assertThat(d.get("extractions").toString()).contains("RoleAssignment").contains("Directive");
    }

    @Test
    void aDocumentShowsEveryStatementKindWithTypedValues() throws Exception {
        HttpResponse<String> r = server.get("/api/documents/" + ESSAY);
        JsonNode d = JSON.readTree(r.body());
        assertThat(d.get("extractions").findValuesAsText("type"))
                .contains(
                        "pkg:RoleAssignment",
                        "pkg:Directive",
                        "pkg:DialecticalPair",
                        "pkg:ActorMention",
                        "pkg:FormulationUse",
                        "pkg:Citation",
                        "pkg:Quotation",
                        "pkg:TemporalExpression",
                        "pkg:Figure");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.JSONLD).parse(m);
        String ask = """
                PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                ASK {
                  ?f a pkg:Figure ; pkg:value 98.62 ; pkg:unit "percent" .
                  ?t a pkg:TemporalExpression ; pkg:dateValue "2035"^^xsd:gYear ; pkg:relation "by" .
                }""";
        try (QueryExecution qe = QueryExecution.model(m).query(ask).build()) {
            assertThat(qe.execAsk()).isTrue();
        }
    }

    @Test
    void metricsCountRequestsByRouteTemplateInPrometheusFormat() {
        server.get("/api/concepts/political-security");
        server.get("/api/concepts/no-such-concept");
        HttpResponse<String> r = server.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(r.body())
                .contains("policykg_http_requests_total{method=\"GET\",route=\"/api/concepts/{id}\",status=\"200\"}")
                .contains("policykg_http_requests_total{method=\"GET\",route=\"/api/concepts/{id}\",status=\"404\"}")
                .contains("policykg_http_request_duration_seconds_bucket")
                .containsPattern("policykg_store_graphs \\d+")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void listsBothDocuments() throws Exception {
        JsonNode body = JSON.readTree(server.get("/api/documents").body());
        assertThat(body.get("@graph")).hasSize(2);
    }

    @Test
    void unknownThingsGet404ProblemsAndWrongMethods405() throws Exception {
        for (String path : new String[] {"/api/concepts/no-such-concept", "/api/documents/nope", "/no/such/path"}) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(404);
        }
        HttpResponse<String> put = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))
                .build());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void aWrongMethodOnAnExistingPathIs405WithTheMethodsItTakes() throws Exception {
        String[][] cases = {
            {"PUT", "/api/concepts", "GET"},
            {"DELETE", "/api/concepts/political-security", "GET"},
            {"PATCH", "/read/" + ESSAY, "GET"},
            {"PUT", "/sparql", "GET, POST"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri(c[1]))
                    .method(c[0], HttpRequest.BodyPublishers.ofString("x"))
                    .build());
            assertThat(r.statusCode()).as(c[0] + " " + c[1]).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).as(c[0] + " " + c[1]).hasValue(c[2]);
            assertThat(JSON.readTree(r.body()).get("detail").asText()).contains(c[2]);
        }
    }

    @Test
    void theReaderOfAnUnknownDocumentIs404AndOfAKnownOne200() {
        HttpResponse<String> unknown = server.get("/read/no-such-document");
        assertThat(unknown.statusCode()).isEqualTo(404);
        // still the reader page, whose script says the document cannot be loaded
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(server.get("/read/" + ESSAY).statusCode()).isEqualTo(200);
    }

    @Test
    void anApiAnswerIn406WhenOnlyHtmlIsAccepted() {
        HttpResponse<String> r = server.get("/api/concepts", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(406);
    }

    @Test
    void healthSaysOkAndTheContextIsPublished() throws Exception {
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
        HttpResponse<String> ctx = server.get("/context/v1.jsonld");
        assertThat(ctx.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ctx.body()).at("/@context/pkg").asText())
                .isEqualTo("https://w3id.org/policy-kg/ontology#");
    }

    @Test
    void pingAnswersOkAsPlainText() throws Exception {
        HttpResponse<String> r = server.get("/ping");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(r.body()).isEqualTo("ok");
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (id.equals(n.get("id").asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }
}
