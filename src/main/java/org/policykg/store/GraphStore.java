package org.policykg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The quad store behind the service. Reads and writes happen in transactions: a write that throws
 * is aborted and leaves the store as it was. The default graph seen by queries is the union of the
 * named graphs (one per document, plus the ontology files).
 */
public interface GraphStore extends AutoCloseable {
    /** Runs {@code action} in a read transaction. */
    <T> T read(Function<DatasetGraph, T> action);

    /**
     * Runs {@code action}, which only queries (SPARQL or finds; no writes, no full-text index), on a
     * consistent read-only view of the store as of now: by default a read transaction; a store may
     * answer from a copy kept current with its writes instead (see {@code MemoryReplica}).
     */
    default <T> T readForQueries(Function<DatasetGraph, T> action) {
        return read(action);
    }

    /**
     * Runs {@code action} in one write transaction, committed if it returns, aborted if it throws.
     *
     * @return what {@code action} returned: what the write produced, read in the same transaction
     */
    <T> T write(Function<DatasetGraph, T> action);

    /** {@link #write} for an action that produces nothing. */
    default void update(Consumer<DatasetGraph> action) {
        write(dsg -> {
            action.accept(dsg);
            return null;
        });
    }

    /**
     * A number that changes with every committed write and never otherwise, for HTTP validators
     * (ETags) and caches keyed on the graph's state. It starts afresh when the store is opened, so
     * callers that hand it out across restarts pair it with something unique to the process.
     */
    long version();

    /** The folder the store keeps its files in; empty for a store in memory. */
    default Optional<Path> location() {
        return Optional.empty();
    }

    /** The number of triples in the named graph {@code name}: 0 when there is none. */
    default long graphSize(Node name) {
        return read(dsg -> dsg.containsGraph(name) ? (long) dsg.getGraph(name).size() : 0L);
    }

    /**
     * Replaces a named graph's content atomically.
     *
     * @return whether a graph of that name was there before (read in the same transaction)
     */
    default boolean replaceGraph(Node name, Graph content) {
        return write(dsg -> {
            boolean existed = dsg.containsGraph(name);
            TextIndexes.removeGraph(dsg, name);
            TextIndexes.addGraph(dsg, name, content);
            return existed;
        });
    }

    /**
     * Removes a named graph atomically.
     *
     * @return whether there was one to remove
     */
    default boolean removeGraph(Node name) {
        return write(dsg -> {
            boolean existed = dsg.containsGraph(name);
            if (existed) {
                TextIndexes.removeGraph(dsg, name);
            }
            return existed;
        });
    }

    /**
     * An execution of {@code query} by the store itself, with the SPARQL Protocol's dataset
     * parameters passed on, for a store that evaluates queries remotely (in one request, not pattern by
     * pattern over HTTP); empty for a store whose reads the caller queries in this process.
     */
    default Optional<QueryExecution> remoteExecution(
            Query query, List<String> defaultGraphs, List<String> namedGraphs, long timeoutMillis) {
        return Optional.empty();
    }

    /**
     * The full-text index kept with the store (see {@link TextIndexes}); search it inside
     * {@link #read} to see the committed state.
     */
    TextIndex textIndex();

    @Override
    void close();
}
