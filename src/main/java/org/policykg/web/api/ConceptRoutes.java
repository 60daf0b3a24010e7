package org.policykg.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.store.GraphStore;
import org.policykg.store.StoreQueries;
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

    /** The properties {@link #ONE} asks for, in its ORDER BY ?p (IRIs by their text). */
    private static final List<Node> ONE_PROPERTIES = Stream.of(
                    SKOS.prefLabel, SKOS.altLabel, SKOS.broader, SKOS.definition, SKOS.inScheme, PKG.treatedAs)
            .map(Property::asNode)
            .sorted(Comparator.comparing(Node::getURI))
            .toList();

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
                describe(c, row.getResource("p").getLocalName(), row.get("o").asNode());
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
            for (Node[] po : propertiesOf(dsg, iri)) {
                describe(body, po[0].getLocalName(), po[1]);
                any = true;
            }
            if (any) {
                Labels labels = new Labels(dsg);
                labels.label(body, "treatedAs");
                body.set("statements", labels.statements(StatementJson.list(dsg, PKG.concept.asNode(), iri)));
                body.set("directives", labels.statements(StatementJson.list(dsg, PKG.object.asNode(), iri)));
            }
            return any;
        });
        if (!found) {
            throw HttpProblem.notFound(
                    "No concept " + ctx.pathParam("id") + " in the scheme; GET /api/concepts lists them.");
        }
        JsonLd.write(ctx, body);
    }

    /**
     * The (property, value) rows of {@link #ONE}, in its order. A local store is read with {@code find}
     * (a handful of lookups, where planning the query took longer); a remote one gets the query.
     */
    static List<Node[]> propertiesOf(DatasetGraph dsg, String iri) {
        Graph graph = StoreQueries.localDefaultGraph(dsg);
        return graph == null ? propertiesByQuery(dsg, iri) : propertiesByWalk(graph, iri);
    }

    static List<Node[]> propertiesByQuery(DatasetGraph dsg, String iri) {
        List<Node[]> rows = new ArrayList<>();
        for (QuerySolution row : StatementJson.select(dsg, ONE, iri)) {
            rows.add(new Node[] {row.get("p").asNode(), row.get("o").asNode()});
        }
        return rows;
    }

    static List<Node[]> propertiesByWalk(Graph graph, String iri) {
        List<Node[]> rows = new ArrayList<>();
        Node concept = NodeFactory.createURI(iri);
        for (Node property : ONE_PROPERTIES) {
            List<Node> values = new ArrayList<>();
            graph.find(concept, property, Node.ANY).forEachRemaining(t -> values.add(t.getObject()));
            values.sort(StatementJson::compareTerms);
            values.forEach(value -> rows.add(new Node[] {property, value}));
        }
        return rows;
    }

    private static void describe(ObjectNode c, String property, Node value) {
        switch (property) {
            case "prefLabel" -> JsonLd.addToLanguageMap(c, "prefLabel", value, false);
            case "altLabel" -> JsonLd.addToLanguageMap(c, "altLabel", value, true);
            case "definition" -> JsonLd.addToLanguageMap(c, "definition", value, false);
            case "inScheme" -> c.put(property, value.getURI());
            case "broader", "treatedAs" ->
                (c.has(property) ? (ArrayNode) c.get(property) : c.putArray(property)).add(value.getURI());
            default -> {}
        }
    }
}
