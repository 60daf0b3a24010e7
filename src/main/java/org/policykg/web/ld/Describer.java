package org.policykg.web.ld;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.policykg.vocab.PKG;

/**
 * What the server says about one IRI, read from the union of all graphs: the resource's own
 * triples, closed over the nodes it owns (blank nodes, and IRIs under its own with a {@code #}, such
 * as a statement's {@code #evidence} and selectors). A concept also gets the statements about it and
 * a document its sections, so that the framed JSON-LD can nest them.
 */
final class Describer {
    private static final Node CONCEPT = PKG.concept.asNode();
    private static final Node OBJECT = PKG.object.asNode();
    private static final Node MENTION = PKG.Mention.asNode();
    private static final Node IN_DOCUMENT = PKG.inDocument.asNode();
    private static final Set<Node> SECTION_TYPES =
            Set.of(PKG.Section.asNode(), PKG.Item.asNode(), PKG.Preamble.asNode());

    private Describer() {}

    /** @return the description, empty when the IRI occurs in no triple as a subject */
    static Graph describe(DatasetGraph dsg, String iri) {
        Graph union = dsg.getUnionGraph();
        Node focus = NodeFactory.createURI(iri);
        Graph out = GraphFactory.createDefaultGraph();
        close(union, focus, out);
        if (out.isEmpty()) {
            return out;
        }
        // the statements about a concept (not its bare mentions) and a document's parts and items
        for (Node p : new Node[] {CONCEPT, OBJECT}) {
            union.find(Node.ANY, p, focus).forEachRemaining(t -> {
                if (!union.contains(t.getSubject(), RDF.type.asNode(), MENTION)) {
                    close(union, t.getSubject(), out);
                }
            });
        }
        union.find(Node.ANY, IN_DOCUMENT, focus).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (SECTION_TYPES.stream().anyMatch(type -> union.contains(s, RDF.type.asNode(), type))) {
                close(union, s, out);
            }
        });
        return out;
    }

    /** Adds {@code start}'s triples and those of the nodes it owns to {@code out}. */
    static void close(Graph union, Node start, Graph out) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!seen.add(s)) {
                continue;
            }
            for (Triple t : union.find(s, Node.ANY, Node.ANY).toList()) {
                out.add(t);
                Node o = t.getObject();
                if (o.isBlank() || (o.isURI() && s.isURI() && owns(s.getURI(), o.getURI()))) {
                    todo.add(o);
                }
            }
        }
    }

    /** {@code s#evidence} owns {@code s#quote}: both are fragments of the same {@code s}. */
    private static boolean owns(String subject, String object) {
        int hash = subject.indexOf('#');
        String document = hash < 0 ? subject : subject.substring(0, hash);
        return object.startsWith(document + "#") && !object.equals(subject);
    }
}
