package org.policykg.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Jena TDB2, on disk in a data folder or in memory (same engine, same transactions). */
public final class Tdb2GraphStore implements GraphStore {
    private static final Logger log = LoggerFactory.getLogger(Tdb2GraphStore.class);

    private final DatasetGraph dsg;
    private final String description;
    private final boolean onDisk;

    private Tdb2GraphStore(DatasetGraph dsg, String description, boolean onDisk) {
        this.dsg = dsg;
        this.description = description;
        this.onDisk = onDisk;
        // queries without GRAPH see every document: the default graph is the union of named graphs
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static Tdb2GraphStore open(Path folder) {
        log.info("Opening TDB2 store in {}", folder.toAbsolutePath());
        return new Tdb2GraphStore(DatabaseMgr.connectDatasetGraph(folder.toString()), "TDB2 " + folder, true);
    }

    public static Tdb2GraphStore inMemory() {
        return new Tdb2GraphStore(DatabaseMgr.createDatasetGraph(), "TDB2 in memory", false);
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(dsg));
    }

    @Override
    public void write(Consumer<DatasetGraph> action) {
        Txn.executeWrite(dsg, () -> action.accept(dsg));
    }

    @Override
    public void close() {
        // releases the folder for another process; a store left open is recovered by TDB2's journal.
        // An in-memory store has nothing to compact (TDB2 refuses: "does not support admin operations").
        if (onDisk) {
            DatabaseMgr.compact(dsg, false);
        }
        dsg.close();
    }

    @Override
    public String toString() {
        return description;
    }
}
