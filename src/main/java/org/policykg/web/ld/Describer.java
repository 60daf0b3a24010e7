package org.policykg.web.ld;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policykg.store.StoreQueries;

/**
 * What the server says about one IRI, read from the union of all graphs: the resource's own
 * triples, closed over the nodes it owns (blank nodes, and IRIs under its own with a {@code #}, such
 * as a statement's {@code #evidence} and selectors). A concept also gets the statements about it and
 * a document its sections, so that the framed JSON-LD can nest them.
 */
final class Describer {

    private Describer() {}

    /**
     * The resources a description closes over besides the focus: the statements about a concept (not
     * its bare mentions) and a document's parts and items. One query, so that a remote store answers
     * it in one request.
     */
    private static final String PARTS = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            SELECT DISTINCT ?s WHERE {
              { ?s pkg:concept|pkg:object ?focus FILTER NOT EXISTS { ?s rdf:type pkg:Mention } }
              UNION
              { VALUES ?type { pkg:Section pkg:Item pkg:Preamble } ?s pkg:inDocument ?focus ; rdf:type ?type }
            }""";

    /** How many subjects one query asks for at most. */
    private static final int BATCH = 200;

    /** @return the description, empty when the IRI occurs in no triple as a subject */
    static Graph describe(DatasetGraph dsg, String iri) {
        Node focus = NodeFactory.createURI(iri);
        Graph out = GraphFactory.createDefaultGraph();
        close(dsg, List.of(focus), out);
        if (out.isEmpty()) {
            return out;
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(PARTS);
        pss.setIri("focus", iri);
        List<Node> parts = new ArrayList<>();
        try (QueryExecution qe = StoreQueries.execution(dsg, pss.asQuery())) {
            qe.execSelect().forEachRemaining(row -> parts.add(row.get("s").asNode()));
        }
        close(dsg, parts, out);
        return out;
    }

    /**
     * Adds the triples of {@code starts} and of the nodes they own to {@code out}, a level at a time:
     * the IRIs of a level in one query (a round trip per level at a remote store, not per node).
     */
    static void close(DatasetGraph dsg, List<Node> starts, Graph out) {
        Graph union = dsg.getUnionGraph();
        Set<Node> seen = new HashSet<>();
        List<Node> level = new ArrayList<>(starts);
        while (!level.isEmpty()) {
            List<Node> iris = new ArrayList<>();
            List<Triple> found = new ArrayList<>();
            for (Node n : level) {
                if (!seen.add(n)) {
                    continue;
                }
                if (n.isURI()) {
                    iris.add(n);
                } else {
                    union.find(n, Node.ANY, Node.ANY).forEachRemaining(found::add);
                }
            }
            for (int i = 0; i < iris.size(); i += BATCH) {
                found.addAll(triples(dsg, iris.subList(i, Math.min(iris.size(), i + BATCH))));
            }
            List<Node> next = new ArrayList<>();
            for (Triple t : found) {
                out.add(t);
                Node s = t.getSubject();
                Node o = t.getObject();
                if (o.isBlank() || (o.isURI() && s.isURI() && owns(s.getURI(), o.getURI()))) {
                    next.add(o);
                }
            }
            level = next;
        }
    }

    private static List<Triple> triples(DatasetGraph dsg, List<Node> subjects) {
        StringBuilder values = new StringBuilder();
        subjects.forEach(n -> values.append(NodeFmtLib.strNT(n)).append(' '));
        Query query = QueryFactory.create("SELECT ?s ?p ?o WHERE { VALUES ?s { " + values + "} ?s ?p ?o }");
        List<Triple> out = new ArrayList<>();
        try (QueryExecution qe = StoreQueries.execution(dsg, query)) {
            qe.execSelect()
                    .forEachRemaining(row -> out.add(Triple.create(
                            row.get("s").asNode(),
                            row.get("p").asNode(),
                            row.get("o").asNode())));
        }
        return out;
    }

    /** {@code s#evidence} owns {@code s#quote}: both are fragments of the same {@code s}. */
    private static boolean owns(String subject, String object) {
        int hash = subject.indexOf('#');
        String document = hash < 0 ? subject : subject.substring(0, hash);
        return object.startsWith(document + "#") && !object.equals(subject);
    }
}
