package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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

    private java.util.List<Node> names() {
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
