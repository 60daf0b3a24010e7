package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.policykg.ExternalStore;

/** {@code serve --store sparql} needs a store whose default graph is the union of its named graphs. */
class UnionDefaultGraphIT {
    private static final Quad QUAD = Quad.create(
            NodeFactory.createURI("http://example.org/graph/a"),
            NodeFactory.createURI("http://example.org/s"),
            NodeFactory.createURI("http://example.org/p"),
            NodeFactory.createLiteralString("o"));

    @Test
    void aPlainDatasetIsRefusedNamingTheSetting() {
        DatasetGraph plain = DatasetGraphFactory.createTxnMem();
        plain.add(QUAD);
        FusekiServer fuseki = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", plain, true)
                .build()
                .start();
        try (SparqlGraphStore store = ExternalStore.client(fuseki)) {
            assertThatThrownBy(store::requireUnionDefaultGraph)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("tdb2:unionDefaultGraph");
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void aUnionDefaultStoreIsTaken() {
        FusekiServer fuseki = ExternalStore.start();
        try (SparqlGraphStore store = ExternalStore.client(fuseki)) {
            store.update(dsg -> dsg.add(QUAD));
            assertThatCode(store::requireUnionDefaultGraph).doesNotThrowAnyException();
        } finally {
            fuseki.stop();
        }
    }
}
