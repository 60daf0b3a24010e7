package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykg.TestServer;

/** The SPARQL 1.1 Protocol endpoint over HTTP: formats, dataset selection, errors. */
class SparqlEndpointIT {
    private static final String ROLE_QUERY = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?role WHERE {
              ?c skos:prefLabel "political security"@en ; pkg:treatedAs ?r . ?r skos:prefLabel ?role .
              FILTER(lang(?role) = "en")
            } ORDER BY ?role""";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = new TestServer();

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json",
        "application/sparql-results+xml, application/sparql-results+xml",
        "text/csv, text/csv",
        "text/tab-separated-values, text/tab-separated-values",
        "'text/html,*/*;q=0.8', application/sparql-results+json"
    })
    void answersASelectInTheNegotiatedFormat(String accept, String expected) {
        HttpResponse<String> r = server.query(ROLE_QUERY, accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(expected);
        assertThat(r.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept"));
        assertThat(r.body()).contains("fundamental").contains("top priority");
        if (!expected.startsWith("text/")) {
            Lang lang = expected.endsWith("json") ? ResultSetLang.RS_JSON : ResultSetLang.RS_XML;
            ResultSet rs = org.apache.jena.sparql.resultset.ResultsReader.create()
                    .lang(lang)
                    .build()
                    .read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(rs.getResultVars()).containsExactly("role");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, TURTLE",
        "application/ld+json, JSONLD",
        "application/n-triples, NTRIPLES",
        "application/rdf+xml, RDFXML"
    })
    void answersAConstructInTheNegotiatedRdfFormat(String accept, String langName) {
        String q =
                "PREFIX pkg: <https://w3id.org/policy-kg/ontology#> CONSTRUCT { ?c pkg:treatedAs ?r } WHERE { ?c pkg:treatedAs ?r }";
        HttpResponse<String> r = server.query(q, accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(langName))
                .parse(m);
        assertThat(m.size()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void acceptsPostedQueriesAsFormAndAsDirectBody() throws Exception {
        String form = "query=" + URLEncoder.encode(ROLE_QUERY, StandardCharsets.UTF_8);
        HttpResponse<String> viaForm = server.post("/sparql", "application/x-www-form-urlencoded", form);
        HttpResponse<String> direct = server.post("/sparql", "application/sparql-query", ROLE_QUERY);
        assertThat(viaForm.statusCode()).isEqualTo(200);
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(viaForm.body())).isEqualTo(JSON.readTree(direct.body()));
    }

    @Test
    void theDefaultGraphIsTheUnionOfEveryDocumentAndTheSchemes() throws Exception {
        String q =
                "PREFIX pkg: <https://w3id.org/policy-kg/ontology#> SELECT (COUNT(?d) AS ?n) WHERE { ?d a pkg:PolicyDocument }";
        assertThat(count(server.query(q, "application/sparql-results+json"))).isEqualTo(2);
    }

    @Test
    void defaultGraphUriSelectsOneDocumentsGraph() throws Exception {
        String q =
                "PREFIX pkg: <https://w3id.org/policy-kg/ontology#> SELECT (COUNT(?d) AS ?n) WHERE { ?d a pkg:PolicyDocument }";
        String graph =
                URLEncoder.encode("https://w3id.org/policy-kg/graph/doc/register-sample", StandardCharsets.UTF_8);
        HttpResponse<String> r = server.get(
                "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&default-graph-uri=" + graph,
                "Accept",
                "application/sparql-results+json");
        assertThat(count(r)).isEqualTo(1);
    }

    @Test
    void fromClausesReadOnlyGraphsOfTheStoreNeverFilesOrTheWeb() throws Exception {
        for (String source : new String[] {"file:///etc/passwd", "http://127.0.0.1:1/nothing"}) {
            HttpResponse<String> r = server.query(
                    "SELECT (COUNT(*) AS ?n) FROM <" + source + "> { ?s ?p ?o }", "application/sparql-results+json");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(count(r)).as(source).isZero();
        }
    }

    @Test
    void serviceIsRefusedBeforeAnythingIsFetched() throws Exception {
        for (String q : new String[] {
            "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { ?x ?y ?z OPTIONAL { SERVICE SILENT <http://169.254.169.254/> { ?s ?p ?o } } }"
        }) {
            HttpResponse<String> r = server.query(q, "application/sparql-results+json");
            assertThat(r.statusCode()).as(q).isEqualTo(403);
            assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("SERVICE");
        }
    }

    @Test
    void aMalformedQueryGetsAProblemWithLineAndColumn() throws Exception {
        HttpResponse<String> r = server.query("SELECT ?x WHERE {\n  ?x ?y \n", "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).contains("line 2").contains("column");
    }

    @Test
    void anUnacceptableAcceptGets406NamingTheOffers() throws Exception {
        HttpResponse<String> r = server.query(ROLE_QUERY, "image/png");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("application/sparql-results+json");
    }

    @Test
    void aWrongContentTypeGets415() {
        HttpResponse<String> r = server.post("/sparql", "text/plain", ROLE_QUERY);
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void twoQueryParametersGet400() {
        HttpResponse<String> r = server.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D");
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void updatesNeedTheAdminToken() {
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        assertThat(server.post("/sparql", "application/sparql-update", update).statusCode())
                .isEqualTo(401);
        assertThat(server.post("/sparql", "application/sparql-update", update, "Authorization", "Bearer wrong")
                        .statusCode())
                .isEqualTo(401);
        assertThat(server.query("ASK { <urn:x:a> ?p ?o }", "application/sparql-results+json")
                        .body())
                .contains("false");
    }

    @Test
    void withoutAQueryGetAnswersTheServiceDescription() {
        HttpResponse<String> r = server.get("/sparql", "Accept", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("sparql-service-description").contains("UnionDefaultGraph");
    }

    private static long count(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).at("/results/bindings/0/n/value").asLong();
    }
}
