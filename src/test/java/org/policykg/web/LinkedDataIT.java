package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestServer;

/** Dereferencing, framed JSON-LD, the neighbourhood view, dumps, VoID/DCAT and the service description. */
class LinkedDataIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://w3id.org/policy-kg/";
    private static final String POLITICAL = BASE + "concept/political-security";
    private static final String ESSAY = BASE + "doc/000_355858e11e4f93ed";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void aConceptIriDereferencesToTurtleJsonLdAndNTriplesWithTheSameTriples() {
        Model turtle = parse(server.get("/concept/political-security", "Accept", "text/turtle"), Lang.TURTLE);
        Model ntriples =
                parse(server.get("/concept/political-security", "Accept", "application/n-triples"), Lang.NTRIPLES);
        Model jsonld = parse(server.get("/concept/political-security", "Accept", "application/ld+json"), Lang.JSONLD);
        assertThat(turtle.size()).isGreaterThan(10);
        assertThat(turtle.isIsomorphicWith(ntriples)).isTrue();
        assertThat(turtle.isIsomorphicWith(jsonld)).isTrue();
        assertThat(ask(turtle, """
                        ASK { <%s> skos:prefLabel "political security"@en ; pkg:treatedAs ?role .
                              ?st pkg:concept <%s> ; pkg:evidence/oa:hasSelector/oa:exact ?exact . }""".formatted(POLITICAL, POLITICAL))).isTrue();
    }

    @Test
    void everyRepresentationSaysItVariesByAccept() {
        for (String accept : new String[] {"text/turtle", "application/ld+json", "application/n-triples", BROWSER}) {
            HttpResponse<String> r = server.get("/concept/political-security", "Accept", accept);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
        }
        assertThat(server.get("/concept/political-security")
                        .headers()
                        .firstValue("Content-Type")
                        .orElseThrow())
                .startsWith("text/turtle");
    }

    @Test
    void conceptJsonLdIsFramedAsTheConceptWithItsStatementsAndTheirEvidence() throws Exception {
        HttpResponse<String> r = server.get("/concept/political-security", "Accept", "application/ld+json");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("@context").isObject()).as("the context is inline").isTrue();
        assertThat(body.get("id").asText()).isEqualTo(POLITICAL);
        assertThat(body.at("/prefLabel/zh").asText()).isEqualTo("政治安全");
        JsonNode statements = body.get("statements");
        assertThat(statements.isArray()).isTrue();
        assertThat(statements).isNotEmpty();
        for (JsonNode st : statements) {
            assertThat(st.at("/evidence/hasSelector").isArray()).isTrue();
            assertThat(st.at("/evidence/hasSelector").toString()).contains("oa:TextQuoteSelector");
        }
        assertThat(statements.toString()).contains("Treating political security as fundamental");
    }

    @Test
    void documentJsonLdIsFramedAsTheDocumentWithItsSectionsAndTheirItems() throws Exception {
        HttpResponse<String> r = server.get("/doc/000_355858e11e4f93ed", "Accept", "application/ld+json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = JSON.readTree(r.body());
        assertThat(d.get("id").asText()).isEqualTo(ESSAY);
        assertThat(d.at("/title/en").asText()).isEqualTo("Modernizing the National Security System and Capacity");
        JsonNode parts = d.get("parts");
        assertThat(parts.size()).isGreaterThan(3);
        assertThat(parts.toString()).contains("pkg:Section").contains("pkg:Item");
        boolean nested = false;
        for (JsonNode part : parts) {
            nested |= part.has("parts") && part.get("parts").toString().contains("pkg:Item");
        }
        assertThat(nested).as("items sit inside their parts").isTrue();
    }

    @Test
    void aStatementIriDereferencesWithItsEvidence() {
        String st = firstValue("SELECT ?st WHERE { ?st a pkg:RoleAssignment ; pkg:concept <" + POLITICAL + "> }");
        assertThat(st).startsWith(ESSAY + "/statement/");
        Model m = parse(server.get(st.substring(BASE.length() - 1), "Accept", "text/turtle"), Lang.TURTLE);
        assertThat(ask(m, "ASK { <" + st + "> pkg:evidence ?ev . ?ev oa:hasSelector/oa:start ?start }"))
                .isTrue();
    }

    @Test
    void aBrowserGetsAnEscapedHtmlPageWithoutScriptsThatLinksBackToThisServer() {
        HttpResponse<String> r = server.get("/role/fundamental", "Accept", BROWSER);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'");
        assertThat(r.body()).contains("<h1>fundamental</h1>").doesNotContain("<script");
    }

    @Test
    void aConceptsPageDrawsItsTimelineWithThisServersScriptsOnly() {
        HttpResponse<String> r = server.get("/concept/political-security", "Accept", BROWSER);
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .doesNotContain("unsafe-eval");
        assertThat(r.body())
                .contains("<h1>political security</h1>")
                .contains("href=\"/role/fundamental\"")
                .contains("id=\"timeline-chart\"", "data-concept=\"political-security\"")
                .contains("href=\"/timeline/political-security\"");
        // every script is a file of this server: nothing inline
        assertThat(r.body().split("<script").length - 1).isEqualTo(r.body().split("<script src=\"/assets/").length - 1);
    }

    @Test
    void theOntologyAndNamedGraphsDereference() {
        Model ontology = parse(server.get("/ontology", "Accept", "text/turtle"), Lang.TURTLE);
        assertThat(ask(ontology, "ASK { <https://w3id.org/policy-kg/ontology> a owl:Ontology }"))
                .isTrue();
        Model roles = parse(server.get("/graph/roles", "Accept", "text/turtle"), Lang.TURTLE);
        assertThat(ask(roles, "ASK { <https://w3id.org/policy-kg/role/fundamental> a skos:Concept }"))
                .isTrue();
    }

    @Test
    void anUnknownIriIsA404ProblemAndAnUnofferedTypeA406() throws Exception {
        HttpResponse<String> r = server.get("/concept/no-such-concept", "Accept", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).get("detail").asText()).contains(BASE + "concept/no-such-concept");
        assertThat(server.get("/concept/political-security", "Accept", "image/png")
                        .statusCode())
                .isEqualTo(406);
    }

    @Test
    void theGraphViewGivesNodesAndEdgesAroundAFocus() throws Exception {
        JsonNode one = graph(POLITICAL, 1);
        JsonNode nodes = one.get("@graph");
        assertThat(nodes.toString()).contains(POLITICAL);
        JsonNode focus = find(nodes, POLITICAL);
        assertThat(focus.get("prefLabel").toString()).contains("political security");
        // every edge ends at a node of the answer
        String all = nodes.toString();
        assertThat(focus.get("treatedAs").toString()).contains("role/fundamental");
        assertThat(all).contains("\"id\":\"" + BASE + "role/fundamental\"");
        assertThat(graph(POLITICAL, 0).has("@graph")).isFalse();
        assertThat(graph(POLITICAL, 2).get("@graph").size()).isGreaterThan(nodes.size());
        assertThat(graph(ESSAY, 1).get("@graph").size()).isGreaterThan(5);
    }

    @Test
    void theGraphViewShowsConceptsDocumentsActorsAndRolesEachLabelledUnlessAskedForMore() throws Exception {
        JsonNode ideas = graph(POLITICAL, 1).get("@graph");
        for (JsonNode node : ideas) {
            assertThat(node.toString())
                    .as("a node of the default kinds")
                    .doesNotContain("pkg:Sentence", "pkg:Mention", "pkg:RoleAssignment", "pkg:Directive");
            assertThat(node.has("prefLabel") || node.has("label") || node.has("title") || node.has("name"))
                    .as("labelled: %s", node)
                    .isTrue();
        }
        JsonNode document = JSON.readTree(server.get("/api/graph?focus=" + enc(ESSAY) + "&kinds=document,actor,concept")
                .body());
        assertThat(document.toString()).contains("Modernizing the National Security System and Capacity");
        JsonNode all =
                JSON.readTree(server.get("/api/graph?focus=" + enc(POLITICAL) + "&kinds=concept,role,statement,mention")
                        .body());
        assertThat(all.toString()).contains("pkg:RoleAssignment").contains("pkg:Mention");
        assertThat(server.get("/api/graph?focus=" + enc(POLITICAL) + "&kinds=colour")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theGraphViewRefusesBadParameters() {
        assertThat(server.get("/api/graph").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/graph?focus=" + enc(POLITICAL) + "&depth=9").statusCode())
                .isEqualTo(400);
        assertThat(server.get("/api/graph?focus=" + enc(POLITICAL) + "&depth=x").statusCode())
                .isEqualTo(400);
        assertThat(server.get("/api/graph?focus=" + enc("not an iri")).statusCode())
                .isEqualTo(400);
        assertThat(server.get("/api/graph?focus=" + enc(BASE + "concept/nothing"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theDumpsHoldEveryQuad() {
        long quads = server.store().read(LinkedDataIT::count);
        long union = server.store().read(dsg -> (long) dsg.getUnionGraph().size());
        assertThat(quads).isGreaterThan(1000);

        DatasetGraph nq = DatasetGraphFactory.create();
        HttpResponse<String> r = server.get("/dump.nq");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/n-quads");
        RDFParser.fromString(r.body(), Lang.NQUADS).parse(nq);
        assertThat(count(nq)).isEqualTo(quads);

        DatasetGraph jsonld = DatasetGraphFactory.create();
        RDFParser.fromString(server.get("/dump.jsonld").body(), Lang.JSONLD).parse(jsonld);
        assertThat(count(jsonld)).isEqualTo(quads);
        assertThat(org.apache.jena.atlas.iterator.Iter.toList(jsonld.listGraphNodes()))
                .containsExactlyInAnyOrderElementsOf(org.apache.jena.atlas.iterator.Iter.toList(nq.listGraphNodes()));

        Graph ttl = RDFParser.fromString(server.get("/dump.ttl").body(), Lang.TURTLE)
                .toGraph();
        assertThat((long) ttl.size()).isEqualTo(union);
    }

    @Test
    void voidAndDcatDescribeTheDatasetItsEndpointAndDumps() {
        for (String path : new String[] {"/.well-known/void", "/void"}) {
            Model m = parse(server.get(path, "Accept", "text/turtle"), Lang.TURTLE);
            String root = server.uri("/").toString();
            long union = server.store().read(dsg -> (long) dsg.getUnionGraph().size());
            assertThat(ask(m, """
                    ASK { ?d a void:Dataset, dcat:Dataset ; void:sparqlEndpoint <%ssparql> ; void:triples %d ;
                             void:dataDump <%sdump.nq> ; dcat:distribution ?dist .
                          ?dist dcat:downloadURL <%sdump.jsonld> ; dcat:mediaType ?type .
                          ?catalog a dcat:Catalog ; dcat:dataset ?d ; dcat:service ?s .
                          ?s dcat:endpointURL <%ssparql> }""".formatted(root, union, root, root, root)))
                    .as(path)
                    .isTrue();
        }
    }

    @Test
    void theSparqlEndpointWithoutAQueryDescribesItself() {
        Model m = parse(server.get("/sparql", "Accept", "text/turtle"), Lang.TURTLE);
        assertThat(ask(m, "ASK { ?s a sd:Service ; sd:endpoint ?e ; sd:feature sd:UnionDefaultGraph }"))
                .isTrue();
    }

    private static JsonNode graph(String focus, int depth) throws Exception {
        HttpResponse<String> r = server.get("/api/graph?focus=" + enc(focus) + "&depth=" + depth);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static JsonNode find(JsonNode nodes, String id) {
        for (JsonNode n : nodes) {
            if (n.path("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id);
    }

    /** Quads of the default graph and of every named graph. */
    private static long count(DatasetGraph dsg) {
        long n = dsg.getDefaultGraph().size();
        for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
            n += dsg.getGraph(it.next()).size();
        }
        return n;
    }

    private static String firstValue(String select) {
        HttpResponse<String> r = server.query(PREFIXES + select + " LIMIT 1", "text/csv");
        return r.body().lines().skip(1).findFirst().orElseThrow().strip();
    }

    private static Model parse(HttpResponse<String> r, Lang lang) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    private static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
            """;

    private static boolean ask(Model m, String ask) {
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + ask).build()) {
            return qe.execAsk();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
