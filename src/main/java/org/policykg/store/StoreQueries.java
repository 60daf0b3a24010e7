package org.policykg.store;

import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;

/**
 * Where a SPARQL query over the DatasetGraph of a {@link GraphStore#read} runs: in this process for
 * the embedded store, at the remote endpoint for a {@link SparqlGraphStore} (evaluated there in one
 * request, not pattern by pattern over HTTP).
 */
public final class StoreQueries {
    private StoreQueries() {}

    /** An execution of {@code query} (its FROM / FROM NAMED included) over the store {@code dsg} reads. */
    public static QueryExecution execution(DatasetGraph dsg, Query query) {
        if (dsg instanceof SparqlDatasetGraph remote) {
            return QueryExecutionAdapter.adapt(remote.exec(query));
        }
        return QueryExecution.create()
                .query(query)
                .dataset(DatasetFactory.wrap(dsg))
                .build();
    }

    /**
     * The remote execution for the SPARQL endpoint, with the Protocol's dataset parameters passed on;
     * null when {@code dsg} is local and the caller runs the query itself.
     */
    public static QueryExecution remote(
            DatasetGraph dsg, Query query, List<String> defaultGraphs, List<String> namedGraphs, long timeoutMillis) {
        if (dsg instanceof SparqlDatasetGraph remote) {
            return QueryExecutionAdapter.adapt(
                    remote.store().queryExec(query, defaultGraphs, namedGraphs, timeoutMillis));
        }
        return null;
    }
}
