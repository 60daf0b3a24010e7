package org.policykg;

import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.policykg.store.GraphStore;
import org.policykg.store.SparqlGraphStore;
import org.policykg.store.TextIndexes;

/**
 * Fuseki servers on free loopback ports, and a {@link SparqlGraphStore} in front of each. The seed
 * graph is loaded through a SparqlGraphStore once per JVM; later servers start from a copy of that
 * dataset, so that each test class gets a fresh store without paying for the seeding again.
 */
public final class ExternalStore {
    private static DatasetGraph seeded;

    private ExternalStore() {}

    /** Fuseki over an empty in-memory dataset. */
    public static FusekiServer start() {
        return start(dataset());
    }

    /** Fuseki over a fresh copy of the seeded dataset, seeding it with {@code seed} the first time. */
    public static synchronized FusekiServer startSeeded(Consumer<GraphStore> seed) {
        if (seeded == null) {
            DatasetGraph dsg = dataset();
            FusekiServer first = start(dsg);
            try (GraphStore store = client(first)) {
                seed.accept(store);
            } finally {
                first.stop();
            }
            seeded = dsg;
        }
        DatasetGraph copy = dataset();
        Txn.executeRead(seeded, () -> Txn.executeWrite(copy, () -> seeded.find().forEachRemaining(copy::add)));
        return start(copy);
    }

    /**
     * An in-memory TDB2 dataset whose default graph is the union of the named graphs, with the
     * service's jena-text index, so that {@code text:query} in SPARQL works at this Fuseki too.
     */
    private static DatasetGraph dataset() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        // what tdb2:unionDefaultGraph true does in a Fuseki configuration file
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return TextIndexes.wrap(dsg, new ByteBuffersDirectory());
    }

    private static FusekiServer start(DatasetGraph dsg) {
        return FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", dsg, true)
                .build()
                .start();
    }

    /** The store over {@code fuseki}'s query, update and Graph Store Protocol endpoints. */
    public static SparqlGraphStore client(FusekiServer fuseki) {
        String ds = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds";
        return new SparqlGraphStore(ds + "/query", ds + "/update", ds + "/data", 30_000);
    }
}
