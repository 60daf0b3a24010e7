package org.policykg.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.store.ReadCancel;
import org.policykg.store.StoreQueries;

/**
 * The labels of the resources an answer names by IRI (roles, rules), put beside the IRI as a node
 * object {@code {"id": ..., "prefLabel": {"en": ..., "zh": ...}}}, so that a client shows words
 * without a second request. The context's {@code "@type": "@id"} coercion applies to strings only, so
 * such a node object means the same resource as the bare IRI did.
 */
final class Labels {
    private static final String QUERY = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?p ?l WHERE { VALUES ?p { skos:prefLabel rdfs:label } ?focus ?p ?l . FILTER(isLiteral(?l)) }
            """;
    /** Property, and the context term its values go under. */
    private static final Map<Node, String> TERMS =
            Map.of(SKOS.prefLabel.asNode(), "prefLabel", RDFS.label.asNode(), "label");

    private final DatasetGraph dsg;
    private final Graph local;
    private final Map<String, ObjectNode> known = new HashMap<>();

    Labels(DatasetGraph dsg) {
        this.dsg = dsg;
        this.local = StoreQueries.localDefaultGraph(dsg);
    }

    /** The resource as a node object with its labels (a fresh copy, safe to change). */
    ObjectNode node(String iri) {
        return known.computeIfAbsent(iri, this::read).deepCopy();
    }

    /** Every IRI in the list as {@link #node(String)}. */
    ArrayNode nodes(Iterable<String> iris) {
        ArrayNode out = JsonLd.JSON.createArrayNode();
        iris.forEach(iri -> out.add(node(iri)));
        return out;
    }

    /** Replaces the IRI string under {@code key} (or each in an array under it) by its labelled node. */
    void label(ObjectNode owner, String key) {
        JsonNode value = owner.get(key);
        if (value == null) {
            return;
        }
        if (value.isTextual()) {
            owner.set(key, node(value.asText()));
        } else if (value.isArray()) {
            ArrayNode array = (ArrayNode) value;
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, node(array.get(i).asText()));
                }
            }
        }
    }

    /** Labels the role and the rule of each statement of an API list. */
    ArrayNode statements(ArrayNode statements) {
        for (JsonNode st : statements) {
            ReadCancel.check();
            label((ObjectNode) st, "role");
            if (st.get("generatedBy") instanceof ObjectNode activity) {
                label(activity, "rule");
            }
        }
        return statements;
    }

    private ObjectNode read(String iri) {
        List<Node[]> rows = new ArrayList<>();
        if (local != null) {
            Node s = NodeFactory.createURI(iri);
            for (Node p : TERMS.keySet()) {
                local.find(s, p, Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isLiteral()) {
                        rows.add(new Node[] {p, t.getObject()});
                    }
                });
            }
        } else {
            for (QuerySolution row : StatementJson.select(dsg, QUERY, iri)) {
                rows.add(new Node[] {row.get("p").asNode(), row.get("l").asNode()});
            }
        }
        // one label a language, the same one on every call whatever order the store gives
        rows.sort((a, b) -> StatementJson.compareTerms(a[1], b[1]));
        ObjectNode node = JsonLd.JSON.createObjectNode();
        node.put("id", iri);
        for (Node[] row : rows) {
            JsonLd.addToLanguageMap(node, TERMS.get(row[0]), row[1], false);
        }
        return node;
    }
}
