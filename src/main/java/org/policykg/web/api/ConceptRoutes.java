package org.policykg.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.policykg.store.GraphStore;
import org.policykg.vocab.PKG;
import org.policykg.web.HttpProblem;

/** {@code /api/concepts}: the concept scheme, and each concept with the statements about it. */
public final class ConceptRoutes {
    private static final String CONCEPTS = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?c ?p ?o WHERE {
              ?c skos:inScheme ?focus .
              VALUES ?p { skos:prefLabel skos:altLabel skos:broader skos:definition }
              ?c ?p ?o .
            } ORDER BY ?c ?p ?o
            """;
    private static final String ONE = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            SELECT ?c ?p ?o WHERE {
              BIND(?focus AS ?c)
              VALUES ?p { skos:prefLabel skos:altLabel skos:broader skos:definition skos:inScheme pkg:treatedAs }
              ?c ?p ?o .
            } ORDER BY ?p ?o
            """;

    private final GraphStore store;

    public ConceptRoutes(GraphStore store) {
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/concepts", this::list);
        routes.get("/api/concepts/{id}", this::one);
    }

    private void list(Context ctx) {
        ObjectNode body = JsonLd.object();
        body.put("id", PKG.SecurityConceptScheme.getURI());
        body.put("type", "skos:ConceptScheme");
        ArrayNode concepts = body.putArray("concepts");
        store.readForQueries(dsg -> {
            Map<String, ObjectNode> byIri = new LinkedHashMap<>();
            for (QuerySolution row : StatementJson.select(dsg, CONCEPTS, PKG.SecurityConceptScheme.getURI())) {
                String iri = row.getResource("c").getURI();
                ObjectNode c = byIri.computeIfAbsent(
                        iri, k -> concepts.addObject().put("id", k).put("type", "skos:Concept"));
                describe(c, row.getResource("p").getLocalName(), row.get("o"));
            }
            return null;
        });
        JsonLd.write(ctx, body);
    }

    private void one(Context ctx) {
        String iri = PKG.CONCEPT_NS + ctx.pathParam("id");
        ObjectNode body = JsonLd.object();
        body.put("id", iri);
        body.put("type", "skos:Concept");
        boolean found = store.readForQueries(dsg -> {
            boolean any = false;
            for (QuerySolution row : StatementJson.select(dsg, ONE, iri)) {
                describe(body, row.getResource("p").getLocalName(), row.get("o"));
                any = true;
            }
            if (any) {
                body.set("statements", StatementJson.list(dsg, "?st pkg:concept ?focus .", iri));
                body.set("directives", StatementJson.list(dsg, "?st pkg:object ?focus .", iri));
            }
            return any;
        });
        if (!found) {
            throw HttpProblem.notFound(
                    "No concept " + ctx.pathParam("id") + " in the scheme; GET /api/concepts lists them.");
        }
        JsonLd.write(ctx, body);
    }

    private static void describe(ObjectNode c, String property, RDFNode value) {
        switch (property) {
            case "prefLabel" -> JsonLd.addToLanguageMap(c, "prefLabel", value.asLiteral(), false);
            case "altLabel" -> JsonLd.addToLanguageMap(c, "altLabel", value.asLiteral(), true);
            case "definition" -> JsonLd.addToLanguageMap(c, "definition", value.asLiteral(), false);
            case "inScheme" -> c.put(property, value.asResource().getURI());
            case "broader", "treatedAs" ->
                (c.has(property) ? (ArrayNode) c.get(property) : c.putArray(property))
                        .add(value.asResource().getURI());
            default -> {}
        }
    }
}
