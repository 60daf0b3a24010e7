package org.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jena TDB2, on disk in a data folder or in memory (same engine, same transactions), with its Lucene
 * full-text index ({@link TextIndexes}) in the folder {@value #TEXT_INDEX} of the data folder. The
 * index takes part in TDB2's transactions: a committed write updates it, an aborted one leaves it
 * as it was.
 */
public final class Tdb2GraphStore implements GraphStore {
    private static final Logger log = LoggerFactory.getLogger(Tdb2GraphStore.class);

    /** The index's folder inside the data folder. */
    public static final String TEXT_INDEX = "text-index";

    private static final Symbol IN_MEMORY = Symbol.create("https://w3id.org/policy-kg/ontology#inMemoryStore");

    private final DatasetGraph tdb;
    private final DatasetGraphText dsg;
    private final String description;
    private final Path folder;
    private final AtomicLong version = new AtomicLong();
    private volatile MemoryReplica replica;

    private Tdb2GraphStore(DatasetGraph tdb, Directory index, String description, Path folder) {
        this.tdb = tdb;
        this.folder = folder;
        // queries without GRAPH see every document: the default graph is the union of named graphs
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dsg = (DatasetGraphText) TextIndexes.wrap(tdb, index);
        this.description = description;
    }

    /**
     * @throws FolderInUseException when another process (a running server) holds the folder
     */
    public static Tdb2GraphStore open(Path folder) {
        DatasetGraph tdb;
        try {
            tdb = DatabaseMgr.connectDatasetGraph(folder.toString());
        } catch (DBOpEnvException e) {
            // TDB2 locks a data folder for one process, and says so only in its message
            if (String.valueOf(e.getMessage()).startsWith("Failed to get a lock")) {
                throw new FolderInUseException(folder, e);
            }
            throw e;
        }
        log.info("Opened TDB2 store in {}", folder.toAbsolutePath());
        try {
            return new Tdb2GraphStore(tdb, FSDirectory.open(folder.resolve(TEXT_INDEX)), "TDB2 " + folder, folder);
        } catch (IOException e) {
            tdb.close();
            throw new UncheckedIOException("Cannot open the text index in " + folder, e);
        }
    }

    public static Tdb2GraphStore inMemory() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        tdb.getContext().set(IN_MEMORY, true);
        return new Tdb2GraphStore(tdb, new ByteBuffersDirectory(), "TDB2 in memory", null);
    }

    @Override
    public TextIndex textIndex() {
        return dsg.getTextIndex();
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> action) {
        if (dsg.isInTransaction()) {
            return action.apply(dsg);
        }
        // a read ends with end(), never abort() (as Txn does when the action throws): under load an
        // ingest beside reads that failed found the text index's shared writer gone (a null
        // IndexWriter), and the abort of a read on the text dataset is the suspect
        dsg.begin(TxnType.READ);
        try {
            return action.apply(dsg);
        } finally {
            dsg.end();
        }
    }

    /**
     * Counts the graph's quads in the quad index without turning them into nodes: a graph's
     * {@code size()} decodes every term, which was a sixth of a restart's time (checking the seeds).
     */
    @Override
    public long graphSize(Node name) {
        return Txn.calculateRead(
                tdb,
                () -> Iter.count(TDBInternal.getDatasetGraphTDB(tdb)
                        .getQuadTable()
                        .getNodeTupleTable()
                        .findAsNodeIds(name, Node.ANY, Node.ANY, Node.ANY)));
    }

    /**
     * Keeps a copy of the store in memory for {@link #readForQueries} while the store holds at most
     * {@code maxQuads} quads.
     */
    public Tdb2GraphStore withMemoryReplica(long maxQuads) {
        replica = new MemoryReplica(tdb, version::get, maxQuads);
        return this;
    }

    /** Waits until the copy for queries, if this store keeps one, is current (or the store found too large). */
    public void awaitMemoryReplica() {
        if (replica != null) {
            replica.await();
        }
    }

    @Override
    public <T> T readForQueries(Function<DatasetGraph, T> action) {
        DatasetGraph copy = replica == null ? null : replica.current();
        // the copy is never written: no transaction needed
        return copy != null ? action.apply(copy) : read(action);
    }

    @Override
    public <T> T write(Function<DatasetGraph, T> action) {
        T result = Txn.calculateWrite(dsg, () -> action.apply(dsg));
        // only after the commit: a reader that sees the new version also sees the new data
        version.incrementAndGet();
        return result;
    }

    @Override
    public Optional<Path> location() {
        return Optional.ofNullable(folder);
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public void close() {
        if (replica != null) {
            replica.close();
        }
        // a store that is not closed (a crash) is recovered from TDB2's journal on the next open
        dsg.close();
        // TDB2 keeps a database per folder for the life of the JVM, and with it the transaction
        // component of this (now closed) index: release it so that a later open starts afresh
        if (!tdb.getContext().isTrue(IN_MEMORY)) {
            TDBInternal.expel(tdb);
        }
    }

    /** A data folder that another process, typically a running {@code serve}, has open. */
    public static final class FolderInUseException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        private final transient Path folder;

        FolderInUseException(Path folder, DBOpEnvException cause) {
            super(
                    "The data folder " + folder.toAbsolutePath() + " is in use by another process: "
                            + cause.getMessage(),
                    cause);
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
