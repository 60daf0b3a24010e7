package org.policykg.store;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * The SPARQL Update that takes a store's graphs from one state to another, graph by graph: the
 * triples removed and added ({@code DELETE DATA} + {@code INSERT DATA}) when that is the smaller
 * request and names no blank node, else the graph dropped and inserted in full.
 *
 * <p>Sending only what changed matters for a small edit of a large graph (a curator's decision
 * re-links a few statements of a document graph of thousands of triples): a text-indexed store
 * takes seconds to drop and re-index the whole graph, long enough for the request to time out.
 * Blank nodes force the full graph: {@code DELETE DATA} cannot name them, and {@code INSERT DATA}
 * mints new ones rather than reaching the store's.
 */
final class GraphDelta {
    private GraphDelta() {}

    /**
     * @param before each graph's triples before the write (the default graph under {@link Quad#defaultGraphIRI})
     * @param after each graph's triples after it; a graph missing here was removed
     * @return the operations, none when nothing changed
     */
    static UpdateRequest update(Map<Node, Set<Triple>> before, Map<Node, Set<Triple>> after) {
        UpdateRequest update = new UpdateRequest();
        Set<Node> names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (Node g : names) {
            Set<Triple> was = before.getOrDefault(g, Set.of());
            Set<Triple> now = after.getOrDefault(g, Set.of());
            if (!now.equals(was)) {
                change(update, g, was, now);
            }
        }
        return update;
    }

    private static void change(UpdateRequest update, Node g, Set<Triple> was, Set<Triple> now) {
        Set<Triple> removed = minus(was, now);
        Set<Triple> added = minus(now, was);
        if (now.isEmpty()
                || removed.size() + added.size() >= now.size()
                || namesBlankNode(removed)
                || namesBlankNode(added)) {
            replace(update, g, now);
            return;
        }
        if (!removed.isEmpty()) {
            update.add(new UpdateDataDelete(data(g, removed)));
        }
        if (!added.isEmpty()) {
            update.add(new UpdateDataInsert(data(g, added)));
        }
    }

    /** DROP SILENT GRAPH and INSERT DATA of its new content: the graph in full, blank nodes and all. */
    private static void replace(UpdateRequest update, Node g, Set<Triple> content) {
        update.add(Quad.isDefaultGraph(g) ? new UpdateDrop(Target.DEFAULT, true) : new UpdateDrop(g, true));
        if (!content.isEmpty()) {
            update.add(new UpdateDataInsert(data(g, content)));
        }
    }

    private static QuadDataAcc data(Node g, Set<Triple> triples) {
        Node target = Quad.isDefaultGraph(g) ? Quad.defaultGraphNodeGenerated : g;
        QuadDataAcc data = new QuadDataAcc();
        triples.forEach(t -> data.addQuad(new Quad(target, t)));
        return data;
    }

    private static Set<Triple> minus(Set<Triple> a, Set<Triple> b) {
        Set<Triple> out = new HashSet<>();
        for (Triple t : a) {
            if (!b.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean namesBlankNode(Set<Triple> triples) {
        for (Triple t : triples) {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                return true;
            }
        }
        return false;
    }
}
