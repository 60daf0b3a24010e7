package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policykg.ExternalStore;

/** {@link SparqlGraphStore} against a real Fuseki server: atomic writes, the shared version, reads. */
@Tag("external-store")
class SparqlGraphStoreIT {
    private static final Node A = NodeFactory.createURI("http://example.org/graph/a");
    private static final Node B = NodeFactory.createURI("http://example.org/graph/b");

    private FusekiServer fuseki;
    private SparqlGraphStore store;

    @BeforeEach
    void start() {
        fuseki = ExternalStore.start();
        store = ExternalStore.client(fuseki);
    }

    @AfterEach
    void stop() {
        store.close();
        fuseki.stop();
    }

    private static Graph graph(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }

    private static int size(GraphStore s, Node g) {
        Integer n = s.read(dsg -> dsg.getGraph(g).size());
        return n;
    }

    private static boolean contains(GraphStore s, Node g) {
        Boolean b = s.read(dsg -> dsg.containsGraph(g));
        return b;
    }

    private int unionSize() {
        Integer n = store.read(dsg -> dsg.getUnionGraph().size());
        return n;
    }

    private List<Node> names() {
        return store.read(dsg -> Iter.toList(dsg.listGraphNodes()));
    }

    private long quads() {
        return store.read(dsg -> Iter.count(dsg.find()));
    }

    @Test
    void aWriteChangesTheGraphsItTouchedAndTheVersion() {
        long before = store.version();
        store.update(dsg -> {
            dsg.addGraph(A, graph("<http://example.org/s> <http://example.org/p> 1, 2 ."));
            dsg.addGraph(B, graph("<http://example.org/s> <http://example.org/p> [ <http://example.org/q> 3 ] ."));
        });
        assertThat(store.version()).isGreaterThan(before);
        assertThat(size(store, A)).isEqualTo(2);
        assertThat(size(store, B)).isEqualTo(2);
        // the default graph is the union: a plain pattern sees both graphs, once each
        assertThat(unionSize()).isEqualTo(4);
        // the version marker is the service's, not data: reads leave it out
        assertThat(names()).containsExactlyInAnyOrder(A, B);
        assertThat(quads()).isEqualTo(4);

        long after = store.version();
        store.update(dsg -> dsg.removeGraph(A));
        assertThat(contains(store, A)).isFalse();
        assertThat(store.version()).isGreaterThan(after);
    }

    @Test
    void aWriteThatChangesNothingSendsNothing() {
        store.replaceGraph(A, graph("<http://example.org/s> <http://example.org/p> 1 ."));
        long version = store.version();
        store.update(dsg -> {
            dsg.removeGraph(A);
            dsg.addGraph(A, graph("<http://example.org/s> <http://example.org/p> 1 ."));
        });
        assertThat(store.version()).isEqualTo(version);
    }

    @Test
    void aWriteThatThrowsLeavesTheRemoteAsItWas() {
        store.replaceGraph(A, graph("<http://example.org/s> <http://example.org/p> 1 ."));
        long version = store.version();
        long quads = quads();
        assertThatThrownBy(() -> store.update(dsg -> {
                    dsg.removeGraph(A);
                    dsg.addGraph(B, graph("<http://example.org/s> <http://example.org/p> 2 ."));
                    throw new IllegalStateException("the ingest fails half way");
                }))
                .hasMessageContaining("half way");
        assertThat(quads()).isEqualTo(quads);
        assertThat(contains(store, B)).isFalse();
        assertThat(store.version()).isEqualTo(version);
    }

    /** A write goes as one request; the remote runs it in one transaction, so a failing part undoes the rest. */
    @Test
    void aRequestThatFailsAtTheRemoteChangesNothing() {
        store.replaceGraph(A, graph("<http://example.org/s> <http://example.org/p> 1 ."));
        long version = store.version();
        // the last operation fails at Fuseki (nothing listens on the discard port), after the others ran
        UpdateRequest update = UpdateFactory.create("DROP GRAPH <http://example.org/graph/a> ;"
                + " INSERT DATA { GRAPH <http://example.org/graph/b> { <http://example.org/s> <http://example.org/p> 2 } } ;"
                + " LOAD <http://127.0.0.1:9/nothing>");
        assertThatThrownBy(() -> store.send(update)).isInstanceOf(RuntimeException.class);
        assertThat(size(store, A)).isEqualTo(1);
        assertThat(contains(store, B)).isFalse();
        assertThat(store.version()).isEqualTo(version);
    }

    /**
     * A small edit of a large graph goes as the triples removed and added, and lands as the edit:
     * typed literals (which TDB2 keeps inline) and language-tagged labels (text-indexed at this
     * Fuseki) are deleted by the terms the copy holds.
     */
    @Test
    void aSmallEditOfALargeGraphReachesTheRemoteAsTheEdit() {
        StringBuilder ttl = new StringBuilder("@prefix ex: <http://example.org/> . @prefix xsd: <"
                + "http://www.w3.org/2001/XMLSchema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n");
        for (int i = 0; i < 2000; i++) {
            ttl.append(
                    "ex:s%d ex:n %d ; ex:t \"2024-05-01T10:00:%02d.5Z\"^^xsd:dateTime ; skos:prefLabel \"label %d\"@en .\n"
                            .formatted(i, i, i % 60, i));
        }
        store.replaceGraph(A, graph(ttl.toString()));
        Node s1 = NodeFactory.createURI("http://example.org/s1");
        Node n = NodeFactory.createURI("http://example.org/n");
        store.update(dsg -> {
            dsg.deleteAny(A, s1, Node.ANY, Node.ANY);
            dsg.add(A, s1, n, NodeFactory.createLiteralDT("100", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        });
        assertThat(size(store, A)).isEqualTo(3 * 2000 - 3 + 1);
        try (SparqlGraphStore other = ExternalStore.client(fuseki)) {
            List<Triple> about = other.read(dsg -> Iter.toList(dsg.getGraph(A).find(s1, Node.ANY, Node.ANY)));
            assertThat(about)
                    .singleElement()
                    .satisfies(t ->
                            assertThat(t.getObject().getLiteralLexicalForm()).isEqualTo("100"));
        }
    }

    /** An edit that reaches a blank node replaces the graph: the blank node keeps what it had. */
    @Test
    void anEditThatReachesABlankNodeKeepsItsStructure() {
        store.replaceGraph(
                B,
                graph("<http://example.org/s> <http://example.org/p> [ <http://example.org/q> 3 ] ."
                        + " <http://example.org/s> <http://example.org/r> 1, 2, 3, 4, 5, 6, 7, 8 ."));
        Node q = NodeFactory.createURI("http://example.org/q");
        store.update(dsg -> {
            Node blank = dsg.find(B, Node.ANY, q, Node.ANY).next().getSubject();
            dsg.add(B, blank, q, NodeFactory.createLiteralString("four"));
        });
        List<Triple> qs = store.read(dsg -> Iter.toList(dsg.getGraph(B).find(Node.ANY, q, Node.ANY)));
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).getSubject()).isEqualTo(qs.get(1).getSubject());
        assertThat(size(store, B)).isEqualTo(11);
    }

    @Test
    void twoReplicasShareTheVersion() {
        try (SparqlGraphStore other = ExternalStore.client(fuseki)) {
            long seen = other.version();
            store.replaceGraph(A, graph("<http://example.org/s> <http://example.org/p> 1 ."));
            assertThat(other.version()).isGreaterThan(seen);
            assertThat(contains(other, A)).isTrue();
        }
    }
}
