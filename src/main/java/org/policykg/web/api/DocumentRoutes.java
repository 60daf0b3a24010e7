package org.policykg.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policykg.store.GraphStore;
import org.policykg.vocab.ELI;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.policykg.web.HttpProblem;

/** {@code /api/documents}: the documents in the graph; one with its sections and statements. */
public final class DocumentRoutes {
    private static final String LIST = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            SELECT ?d ?p ?o WHERE { ?d a pkg:PolicyDocument ; ?p ?o . } ORDER BY ?d ?p ?o
            """;
    private static final String ONE = "SELECT ?d ?p ?o WHERE { BIND(?focus AS ?d) ?d ?p ?o } ORDER BY ?p ?o";
    private static final String NAMES = """
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            SELECT ?name WHERE { ?focus foaf:name ?name } ORDER BY ?name
            """;
    private static final String SECTIONS = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?s ?type ?parent ?index ?number ?marker ?heading ?start ?end WHERE {
              ?s pkg:inDocument ?focus ; a ?type ; dcterms:isPartOf ?parent ; pkg:index ?index ;
                 pkg:start ?start ; pkg:end ?end .
              FILTER(?type IN (pkg:Section, pkg:Item, pkg:Preamble))
              OPTIONAL { ?s pkg:number ?number }
              OPTIONAL { ?s pkg:marker ?marker }
              OPTIONAL { ?s pkg:heading ?heading }
            } ORDER BY ?index
            """;
    private static final String SENTENCES = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?s ?index ?text ?start ?end ?paragraph WHERE {
              ?s a pkg:Sentence ; pkg:inDocument ?focus ; pkg:index ?index ; pkg:text ?text ;
                 pkg:start ?start ; pkg:end ?end ; dcterms:isPartOf ?paragraph .
            } ORDER BY ?start ?s
            """;

    private static final String TEXT = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            SELECT ?text WHERE { ?focus pkg:content/nif:isString ?text }
            """;

    private final GraphStore store;
    private final Iris iris;

    /** @param base the data namespace under which document IRIs are minted */
    public DocumentRoutes(GraphStore store, String base) {
        this.store = store;
        this.iris = new Iris(base);
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/documents", this::list);
        routes.get("/api/documents/{id}", this::one);
        routes.get("/api/documents/{id}/sentences", this::sentences);
        routes.get("/api/documents/{id}/text", this::text);
    }

    /** The text the document's offsets point into (code points), as it was stored. */
    private void text(Context ctx) {
        String iri = iris.document(ctx.pathParam("id"));
        String text = store.readForQueries(dsg -> {
            for (QuerySolution row : StatementJson.select(dsg, TEXT, iri)) {
                return row.getLiteral("text").getLexicalForm();
            }
            return null;
        });
        if (text == null) {
            throw HttpProblem.notFound(
                    "No text of a document " + ctx.pathParam("id")
                            + " (a document stored before texts were kept has none: post it again); GET /api/documents lists them.");
        }
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(text);
    }

    private void list(Context ctx) {
        ObjectNode body = JsonLd.object();
        ArrayNode graph = body.putArray("@graph");
        store.readForQueries(dsg -> {
            Map<String, ObjectNode> byIri = new HashMap<>();
            for (QuerySolution row : StatementJson.select(dsg, LIST, null)) {
                String iri = row.getResource("d").getURI();
                ObjectNode d = byIri.computeIfAbsent(
                        iri, k -> graph.addObject().put("id", k).put("type", "pkg:PolicyDocument"));
                describe(dsg, d, row.getResource("p").getURI(), row.get("o"));
            }
            return null;
        });
        JsonLd.write(ctx, body);
    }

    private void one(Context ctx) {
        String iri = iris.document(ctx.pathParam("id"));
        ObjectNode body = JsonLd.object();
        body.put("id", iri);
        boolean found = store.readForQueries(dsg -> {
            boolean any = false;
            for (QuerySolution row : StatementJson.select(dsg, ONE, iri)) {
                any = true;
                describe(dsg, body, row.getResource("p").getURI(), row.get("o"));
            }
            if (any) {
                body.set("sections", sections(dsg, iri));
                body.set(
                        "extractions",
                        new Labels(dsg).statements(StatementJson.list(dsg, PKG.inDocument.asNode(), iri)));
            }
            return any;
        });
        if (!found) {
            throw HttpProblem.notFound("No document " + ctx.pathParam("id") + "; GET /api/documents lists them.");
        }
        JsonLd.write(ctx, body);
    }

    /** The document's sentences in text order, with their code point offsets: the text a reader shows. */
    private void sentences(Context ctx) {
        String iri = iris.document(ctx.pathParam("id"));
        ObjectNode body = JsonLd.object();
        body.put("id", iri);
        ArrayNode list = body.putArray("sentences");
        store.readForQueries(dsg -> {
            for (QuerySolution row : StatementJson.select(dsg, SENTENCES, iri)) {
                ObjectNode s = list.addObject();
                s.put("id", row.getResource("s").getURI());
                s.put("type", "pkg:Sentence");
                JsonLd.putLiteral(s, "index", row.get("index"));
                JsonLd.putLiteral(s, "sentenceText", row.get("text"));
                JsonLd.putLiteral(s, "textStart", row.get("start"));
                JsonLd.putLiteral(s, "textEnd", row.get("end"));
                s.put("partOf", row.getResource("paragraph").getURI());
            }
            return null;
        });
        if (list.isEmpty()) {
            throw HttpProblem.notFound("No document " + ctx.pathParam("id") + "; GET /api/documents lists them.");
        }
        JsonLd.write(ctx, body);
    }

    /** Sections as a tree: parts hold their items under "sections". */
    private static ArrayNode sections(DatasetGraph dsg, String doc) {
        ArrayNode top = JsonLd.JSON.createArrayNode();
        Map<String, ObjectNode> byIri = new HashMap<>();
        for (QuerySolution row : StatementJson.select(dsg, SECTIONS, doc)) {
            ObjectNode s = JsonLd.JSON.createObjectNode();
            s.put("id", row.getResource("s").getURI());
            s.put("type", "pkg:" + row.getResource("type").getLocalName());
            JsonLd.putLiteral(s, "index", row.get("index"));
            JsonLd.putLiteral(s, "number", row.get("number"));
            JsonLd.putLiteral(s, "marker", row.get("marker"));
            JsonLd.putLiteral(s, "heading", row.get("heading"));
            JsonLd.putLiteral(s, "textStart", row.get("start"));
            JsonLd.putLiteral(s, "textEnd", row.get("end"));
            String parent = row.getResource("parent").getURI();
            ObjectNode parentNode = byIri.get(parent);
            if (parentNode == null) {
                top.add(s);
            } else {
                (parentNode.has("sections") ? (ArrayNode) parentNode.get("sections") : parentNode.putArray("sections"))
                        .add(s);
            }
            byIri.put(row.getResource("s").getURI(), s);
        }
        return top;
    }

    private static void describe(DatasetGraph dsg, ObjectNode d, String property, RDFNode value) {
        if (property.equals(ELI.language.getURI())) {
            d.put("eliLanguage", value.asResource().getURI()); // not dcterms:language, which has the same local name
            return;
        }
        String local = property.substring(Math.max(property.lastIndexOf('#'), property.lastIndexOf('/')) + 1);
        switch (local) {
            case "realizes", "documentType", "authorityTier", "issuer", "channel" -> JsonLd.putLiteral(d, local, value);
            case "officeHeld" -> JsonLd.addToLanguageMap(d, local, value.asLiteral(), false);
            case "title", "originalTitle" -> JsonLd.addToLanguageMap(d, local, value.asLiteral(), false);
            case "abstract" -> JsonLd.addToLanguageMap(d, "abstract", value.asLiteral(), false);
            case "issued", "language", "sha256", "length", "translationPublished" -> JsonLd.putLiteral(d, local, value);
            case "source" -> d.put("sourceUrl", value.asResource().getURI());
            case "creator", "publisher", "translationPublisher" -> {
                ObjectNode agent = d.putObject(local);
                agent.put("id", value.asResource().getURI());
                for (QuerySolution row :
                        StatementJson.select(dsg, NAMES, value.asResource().getURI())) {
                    JsonLd.addToLanguageMap(agent, "name", row.getLiteral("name"), false);
                }
            }
            default -> {}
        }
    }
}
