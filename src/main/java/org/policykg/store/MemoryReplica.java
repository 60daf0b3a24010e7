package org.policykg.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only copy of the store in Jena's in-memory graphs, for queries. The graph is read far more
 * often than written, and a TDB2 index look-up (a B+tree range iterator, node ids turned back into
 * nodes) costs several times a hash look-up in memory; the copy answers the same queries with the
 * same answers. It is made from one read transaction and labelled with the store's write counter as
 * read <em>before</em> that transaction began, so a copy is never newer than its label says; a query
 * uses it only while the counter still has that value, otherwise the store itself, while a new copy
 * is made on a background thread. A store larger than {@code maxQuads} is not copied.
 *
 * <p>The copy keeps the store's shape: every named graph, and as the default graph their union
 * (the store's queries without GRAPH see the union). No full-text index: queries that search it
 * go to the store.
 */
final class MemoryReplica implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MemoryReplica.class);

    /** A copy and the write counter it is current for; dataset null when the store was too large. */
    private record Snapshot(long version, DatasetGraph dataset) {}

    private final DatasetGraph source;
    private final LongSupplier version;
    private final long maxQuads;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicBoolean copying = new AtomicBoolean();
    private final ExecutorService copier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policy-kg-replica");
        t.setDaemon(true);
        return t;
    });

    MemoryReplica(DatasetGraph source, LongSupplier version, long maxQuads) {
        this.source = source;
        this.version = version;
        this.maxQuads = maxQuads;
    }

    /** The copy current with the store now, or null (none yet, out of date, or the store too large). */
    DatasetGraph current() {
        long now = version.getAsLong();
        Snapshot s = current.get();
        if (s != null && s.version() == now) {
            return s.dataset();
        }
        if (copying.compareAndSet(false, true)) {
            copier.execute(this::copy);
        }
        return null;
    }

    /** Makes the copy of the store as it is now, unless there is one, and waits until it is made. */
    void await() {
        // a write while copying leaves the new copy out of date at once: a few more tries, then give up
        for (int attempt = 0; attempt < 3; attempt++) {
            Snapshot s = current.get();
            if (s != null && s.version() == version.getAsLong()) {
                return;
            }
            current(); // starts a copy unless one is under way
            try {
                copier.submit(() -> {}).get(); // one thread: this runs after the copy
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private void copy() {
        try {
            long label = version.getAsLong(); // before the transaction: the copy is at least this new
            long started = System.nanoTime();
            DatasetGraph copy = Txn.calculateRead(source, this::copyOrNull);
            current.set(new Snapshot(label, copy));
            if (copy != null) {
                log.debug(
                        "Query copy of the store made for write {} in {} ms",
                        label,
                        (System.nanoTime() - started) / 1_000_000);
            } else {
                log.info("The store holds more than {} quads: queries read it directly", maxQuads);
            }
        } catch (RuntimeException e) {
            log.warn("Could not copy the store for queries; they read it directly", e);
        } finally {
            copying.set(false);
        }
    }

    private DatasetGraph copyOrNull() {
        Graph union = GraphFactory.createGraphMem();
        DatasetGraph copy = DatasetGraphFactory.create(union);
        copy.prefixes().putAll(source.prefixes());
        QC.setFactory(copy.getContext(), GroupCountExecutor.FACTORY);
        Map<Node, Graph> named = new HashMap<>();
        long quads = 0;
        Iterator<Quad> it = source.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (++quads > maxQuads) {
                return null;
            }
            named.computeIfAbsent(q.getGraph(), g -> GraphFactory.createGraphMem())
                    .add(q.asTriple());
            union.add(q.asTriple());
        }
        named.forEach(copy::addGraph);
        return copy;
    }

    @Override
    public void close() {
        copier.shutdownNow();
    }
}
