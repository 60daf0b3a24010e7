package org.policykg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;
import org.apache.jena.tdb2.TDB2;

/**
 * Where a SPARQL query over the DatasetGraph of a {@link GraphStore#read} runs: in this process for
 * the embedded store, at the remote endpoint for a {@link SparqlGraphStore} (evaluated there in one
 * request, not pattern by pattern over HTTP).
 */
public final class StoreQueries {
    private StoreQueries() {}

    /**
     * An execution of {@code query} (its FROM / FROM NAMED included) over the store {@code dsg} reads,
     * aborted when the calling thread's {@link ReadCancel} is.
     */
    public static QueryExecution execution(DatasetGraph dsg, Query query) {
        ReadCancel.check();
        if (dsg instanceof SparqlDatasetGraph remote) {
            return ReadCancel.track(QueryExecutionAdapter.adapt(remote.exec(query)));
        }
        return ReadCancel.track(QueryExecution.create()
                .query(query)
                .dataset(DatasetFactory.wrap(dsg))
                .build());
    }

    /**
     * The graph a query without GRAPH reads, for code that walks it with {@code find} instead of
     * querying: the union of the named graphs where the store queries that union, else the default
     * graph. Null for a remote store, where every {@code find} would be a request of its own.
     */
    public static Graph localDefaultGraph(DatasetGraph dsg) {
        if (dsg instanceof SparqlDatasetGraph) {
            return null;
        }
        return dsg.getContext().isTrue(TDB2.symUnionDefaultGraph) ? dsg.getUnionGraph() : dsg.getDefaultGraph();
    }
}
