package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;

/** The update a write of the SPARQL store sends: what changed when that is small, else the graph in full. */
class GraphDeltaTest {
    private static final Node G = NodeFactory.createURI("http://example.org/graph/g");
    private static final Node P = NodeFactory.createURI("http://example.org/p");

    private static Triple t(String s, int o) {
        return Triple.create(
                NodeFactory.createURI("http://example.org/" + s), P, NodeFactory.createLiteralString("" + o));
    }

    /** A graph of n triples about s0..s(n-1). */
    private static Set<Triple> graph(int n) {
        Set<Triple> out = new HashSet<>();
        for (int i = 0; i < n; i++) {
            out.add(t("s" + i, i));
        }
        return out;
    }

    private static List<Update> ops(Map<Node, Set<Triple>> before, Map<Node, Set<Triple>> after) {
        UpdateRequest update = GraphDelta.update(before, after);
        // what goes over the wire parses back
        assertThat(UpdateFactory.create(update.toString()).getOperations()).hasSameSizeAs(update.getOperations());
        return update.getOperations();
    }

    @Test
    void aSmallChangeOfALargeGraphSendsTheTriplesRemovedAndAdded() {
        Set<Triple> after = graph(100);
        after.remove(t("s7", 7));
        after.add(t("s7", 70));
        List<Update> ops = ops(Map.of(G, graph(100)), Map.of(G, after));
        assertThat(ops).hasSize(2);
        assertThat(((UpdateDataDelete) ops.get(0)).getQuads()).containsExactly(new Quad(G, t("s7", 7)));
        assertThat(((UpdateDataInsert) ops.get(1)).getQuads()).containsExactly(new Quad(G, t("s7", 70)));
    }

    @Test
    void aGraphMostlyRewrittenIsSentInFull() {
        Set<Triple> after = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            after.add(t("s" + i, i + 100));
        }
        List<Update> ops = ops(Map.of(G, graph(10)), Map.of(G, after));
        assertThat(ops.get(0)).isInstanceOf(UpdateDrop.class);
        assertThat(((UpdateDataInsert) ops.get(1)).getQuads()).hasSize(10);
    }

    @Test
    void aChangeThatNamesABlankNodeSendsTheGraphInFull() {
        Set<Triple> after = graph(100);
        after.add(Triple.create(NodeFactory.createURI("http://example.org/s1"), P, NodeFactory.createBlankNode()));
        List<Update> ops = ops(Map.of(G, graph(100)), Map.of(G, after));
        assertThat(ops.get(0)).isInstanceOf(UpdateDrop.class);
        assertThat(((UpdateDataInsert) ops.get(1)).getQuads()).hasSize(101);
    }

    @Test
    void aRemovedGraphIsDroppedAndAnUnchangedOneLeftAlone() {
        Node other = NodeFactory.createURI("http://example.org/graph/other");
        List<Update> ops = ops(Map.of(G, graph(5), other, graph(3)), Map.of(other, graph(3)));
        assertThat(ops).singleElement().isInstanceOf(UpdateDrop.class);
        assertThat(ops(Map.of(G, graph(5)), Map.of(G, graph(5)))).isEmpty();
    }

    @Test
    void theDefaultGraphIsWrittenAsTheDefaultGraph() {
        Set<Triple> after = graph(20);
        after.add(t("new", 1));
        List<Update> ops = ops(Map.of(Quad.defaultGraphIRI, graph(20)), Map.of(Quad.defaultGraphIRI, after));
        assertThat(((UpdateDataInsert) ops.get(0)).getQuads())
                .singleElement()
                .satisfies(q -> assertThat(q.isDefaultGraph()).isTrue());
    }
}
