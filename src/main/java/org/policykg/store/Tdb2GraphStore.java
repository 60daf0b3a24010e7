package org.policykg.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
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
    private final AtomicLong version = new AtomicLong();

    private Tdb2GraphStore(DatasetGraph dsg, String description) {
        this.dsg = dsg;
        this.description = description;
        // queries without GRAPH see every document: the default graph is the union of named graphs
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static Tdb2GraphStore open(Path folder) {
        log.info("Opening TDB2 store in {}", folder.toAbsolutePath());
        return new Tdb2GraphStore(DatabaseMgr.connectDatasetGraph(folder.toString()), "TDB2 " + folder);
    }

    public static Tdb2GraphStore inMemory() {
        return new Tdb2GraphStore(DatabaseMgr.createDatasetGraph(), "TDB2 in memory");
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(dsg));
    }

    @Override
    public void write(Consumer<DatasetGraph> action) {
        Txn.executeWrite(dsg, () -> action.accept(dsg));
        // only after the commit: a reader that sees the new version also sees the new data
        version.incrementAndGet();
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public void close() {
        // a store that is not closed (a crash) is recovered from TDB2's journal on the next open
        dsg.close();
    }

    @Override
    public String toString() {
        return description;
    }
}
