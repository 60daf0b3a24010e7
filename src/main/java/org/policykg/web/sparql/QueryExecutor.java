package org.policykg.web.sparql;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.shared.InvalidPropertyURIException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.function.scripting.ScriptDenyException;
import org.eclipse.jetty.io.EofException;
import org.policykg.store.GraphStore;
import org.policykg.web.ClientWatch;
import org.policykg.web.HttpProblem;
import org.policykg.web.MediaFormat;
import org.policykg.web.RequestNotes;
import org.policykg.web.ResultCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an admitted query: prepared once per text (row cap, dataset stripped, cancellable regex, a
 * shared plan), on the store that answers it (the store itself when it evaluates queries remotely),
 * under the watchdog and the response cap, and keeps a complete answer in the result cache.
 */
final class QueryExecutor {
    private static final Logger log = LoggerFactory.getLogger(QueryExecutor.class);

    /** How much of an answer is held back until it is complete, so that a failure can still answer a whole problem. */
    private static final int HELD_BYTES = 256 * 1024;

    /** Rows a sort or DISTINCT holds in the heap before it spills to temporary files. */
    private static final long SPILL_ROWS = 20_000;

    private final GraphStore store;
    private final QueryLimits limits;
    private final ResultCache cache;
    private final AnswerWriter writer;
    private final PreparedQueries prepared = new PreparedQueries();

    QueryExecutor(GraphStore store, QueryLimits limits, ResultCache cache) {
        this.store = store;
        this.limits = limits;
        this.cache = cache;
        this.writer = new AnswerWriter(limits);
    }

    /** The query text ready to run, parsed and prepared once per text and base IRI. */
    PreparedQueries.Prepared prepared(String text, String base) {
        return prepared.get(text, base, this::prepare);
    }

    /**
     * What a query text runs as, made once per text: a SELECT answers at most maxRows rows (a
     * missing or larger LIMIT becomes maxRows); locally it runs without FROM / FROM NAMED (the
     * dataset is chosen by {@link #selectGraphs}) and with REGEX and REPLACE that stop when cancelled.
     *
     * @param query a private copy, changed in place
     */
    private PreparedQueries.Prepared prepare(Query query) {
        boolean capped = query.isSelectType() && !(query.hasLimit() && query.getLimit() <= limits.maxRows());
        if (capped) {
            query.setLimit(limits.maxRows());
        }
        Query runnable = CancellableRegex.rewrite(strippedOfDataset(query));
        if (runnable == query) {
            runnable = query.cloneQuery();
        }
        CancellableSort.wrapKeys(runnable);
        // fields Query computes on first use are computed now, before executions share it
        query.getResultVars();
        runnable.getResultVars();
        return new PreparedQueries.Prepared(
                query, runnable, capped, QueryPlan.of(runnable), ServiceCalls.endpoints(query));
    }

    /**
     * Runs the query and writes its answer.
     *
     * @param callsService whether the query calls an allowed SERVICE: the engine may call out then
     * @param key where a complete answer is kept in the cache; null: not cached
     * @param timeoutMillis what is left of the query's time limit once it is parsed
     */
    void answer(
            Context ctx,
            SparqlRequest request,
            PreparedQueries.Prepared ready,
            MediaFormat format,
            boolean callsService,
            ResultCache.Key key,
            long timeoutMillis) {
        Query query = ready.query();
        List<Node> defaults = iris(request.defaultGraphs());
        List<Node> named = iris(request.namedGraphs());
        ctx.contentType(format.contentType());
        // full-text search needs the store's own index; anything else may read the store's query copy
        Function<Function<DatasetGraph, Object>, Object> reading =
                QuerySyntax.searchesText(request.operation()) ? store::read : store::readForQueries;
        reading.apply(dsg -> {
            // a remote store evaluates the query itself, dataset parameters and FROM included
            Optional<QueryExecution> remote =
                    store.remoteExecution(query, request.defaultGraphs(), request.namedGraphs(), timeoutMillis);
            if (remote.isPresent()) {
                run(ctx, remote.get(), query, format, key, timeoutMillis);
            } else {
                DatasetGraph graphs = selectGraphs(query, dsg, defaults, named);
                // the shared plan fits the store as it is, not a dataset of chosen graphs
                QueryPlan plan = graphs == dsg ? ready.plan() : null;
                run(
                        ctx,
                        local(graphs, ready.runnable(), plan, callsService, timeoutMillis),
                        query,
                        format,
                        key,
                        timeoutMillis);
            }
            return null;
        });
    }

    private QueryExecution local(
            DatasetGraph dsg, Query query, QueryPlan plan, boolean callsService, long timeoutMillis) {
        QueryExecutionDatasetBuilder builder = QueryExecution.create()
                .query(query)
                .dataset(DatasetFactory.wrap(dsg))
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                // the engine may call out only when every SERVICE of the query is on the allow-list
                .set(ARQ.httpServiceAllowed, callsService)
                // ORDER BY, DISTINCT and the like keep at most this many rows in the heap, the rest on disk
                .set(ARQ.spillToDiskThreshold, SPILL_ROWS);
        if (plan != null) {
            builder.set(QueryPlan.SYMBOL, plan);
        }
        return builder.build();
    }

    /**
     * Writes the results of {@code qe}, which it closes, under the timeout and the response cap, and
     * keeps a complete answer in the cache under {@code key} (none: not cached).
     */
    @SuppressWarnings("try") // the client watch only needs closing
    private void run(
            Context ctx, QueryExecution qe, Query query, MediaFormat format, ResultCache.Key key, long timeoutMillis) {
        try (qe;
                Watchdog watchdog = Watchdog.start(qe, timeoutMillis);
                ClientWatch client = ClientWatch.start(ctx, watchdog::clientGone)) {
            HeldOutputStream held = new HeldOutputStream(ctx.outputStream(), HELD_BYTES);
            CopyingOutputStream copy = key == null ? null : new CopyingOutputStream(held, cache.maxEntryBytes());
            CappedOutputStream out = new CappedOutputStream(copy != null ? copy : held, limits.maxResponseBytes());
            try {
                boolean complete = writer.write(ctx, qe, query, format, out);
                held.release();
                if (complete && copy != null && copy.copied() != null) {
                    cache.put(ctx, key, copy.copied());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("client went away", e);
            } catch (OutOfMemoryError e) {
                // this query's own allocation failed: what it held is free again once the error unwinds
                HeapGuard.outOfMemory(e);
                throw shortOfMemory(ctx, e);
            } catch (StackOverflowError e) {
                // a deep path, a long chain of || or UNION, nested OPTIONALs: evaluation recurses per step
                throw HttpProblem.badQuery(
                                "The query is nested too deeply to evaluate here: split it, or flatten its paths and"
                                        + " chains of || or UNION.")
                        .reason("too-deep");
            } catch (RuntimeException e) {
                HttpProblem refused = clientError(e);
                if (refused != null) {
                    throw refused;
                }
                if (watchdog.cause() == Watchdog.Cause.CLIENT_GONE) {
                    throw new UncheckedIOException("client went away", new EofException(e));
                }
                if (out.exceeded()) {
                    throw tooLarge(ctx, e);
                }
                if (watchdog.cause() == Watchdog.Cause.MEMORY) {
                    throw shortOfMemory(ctx, e);
                }
                if (!watchdog.fired() && !(e instanceof QueryCancelledException)) {
                    throw e;
                }
                throw timedOut(ctx, e);
            }
        }
    }

    /** A failure the query itself asked for, with what the client can do about it; null for any other. */
    private static HttpProblem clientError(RuntimeException e) {
        if (e instanceof StringBudget.Exceeded) {
            return HttpProblem.unavailable("The query builds a string longer than this server's limit of "
                            + StringBudget.MAX_CHARS + " characters (CONCAT or GROUP_CONCAT).")
                    .reason("string-too-long");
        }
        if (e instanceof TextIndexParseException) {
            String first = e.getMessage() == null
                    ? ""
                    : e.getMessage().lines().limit(2).reduce("", (a, b) -> a + " " + b);
            return HttpProblem.badQuery("The text:query search string does not parse:" + first)
                    .reason("bad-text-query");
        }
        if (e instanceof ScriptDenyException) {
            return HttpProblem.badQuery("JavaScript functions are not enabled on this server.")
                    .reason("scripting-refused");
        }
        if (e instanceof InvalidPropertyURIException) {
            return HttpProblem.notAcceptable("The answer has the predicate <" + e.getMessage()
                            + ">, which RDF/XML cannot write: ask for Turtle, N-Triples or JSON-LD.")
                    .reason("not-writable");
        }
        return null;
    }

    /** Like a timeout: refused if nothing was sent yet, else the stream is cut where the cap fell. */
    private RuntimeException tooLarge(Context ctx, RuntimeException cause) {
        if (ctx.res().isCommitted()) {
            log.warn(
                    "{} {}: the response passed the limit of {} bytes while streaming; it is cut",
                    ctx.method(),
                    ctx.path(),
                    limits.maxResponseBytes());
            RequestNotes.rejected(ctx, "response-too-large");
            return cause;
        }
        ctx.res().resetBuffer();
        ctx.res().setHeader(AnswerWriter.ROW_LIMIT_HEADER, null);
        return HttpProblem.unavailable("The response is larger than this server's limit of " + limits.maxResponseBytes()
                        + " bytes: add a LIMIT or ask for less.")
                .reason("response-too-large");
    }

    /** The heap guard stopped this query, the largest running, or its own allocation failed. */
    private RuntimeException shortOfMemory(Context ctx, Throwable cause) {
        RequestNotes.rejected(ctx, "heap-guard");
        if (ctx.res().isCommitted()) {
            log.warn("{} {}: stopped while streaming, the server being short of memory", ctx.method(), ctx.path());
            return new QueryCancelledException();
        }
        ctx.res().resetBuffer();
        ctx.res().setHeader(AnswerWriter.ROW_LIMIT_HEADER, null);
        ctx.header("Retry-After", "5");
        return HttpProblem.unavailable("The server ran short of memory and stopped this query, the largest running."
                        + " Ask for less: a LIMIT, fewer joins, no ORDER BY over a cross product.")
                .reason("heap-guard");
    }

    /**
     * 503, as Fuseki answers a timed-out query ("Query timed out"): the service declined to finish
     * the work. 504 would claim this server is a gateway that waited on another one.
     */
    RuntimeException timedOut(Context ctx, RuntimeException cause) {
        RequestNotes.timedOut(ctx);
        if (ctx.res().isCommitted()) {
            // the status line is gone: all that is left is to cut the stream short
            log.warn(
                    "{} {}: query timed out after {} ms while streaming; the response is cut",
                    ctx.method(),
                    ctx.path(),
                    limits.timeoutMillis());
            return cause;
        }
        ctx.res().resetBuffer();
        ctx.res().setHeader(AnswerWriter.ROW_LIMIT_HEADER, null);
        return HttpProblem.unavailable(
                        "Query timed out: it ran longer than this server's limit of " + limits.timeoutMillis() + " ms.")
                .reason("query-timeout");
    }

    /**
     * The protocol's default-graph-uri/named-graph-uri win over the query's FROM/FROM NAMED; either
     * way the graphs come from the store, and an unknown graph is simply empty.
     */
    private static DatasetGraph selectGraphs(Query query, DatasetGraph dsg, List<Node> defaults, List<Node> named) {
        if (!defaults.isEmpty() || !named.isEmpty()) {
            return DynamicDatasets.dynamicDataset(defaults, named, dsg, false);
        }
        if (query.hasDatasetDescription()) {
            return DynamicDatasets.dynamicDataset(query.getDatasetDescription(), dsg, false);
        }
        return dsg;
    }

    /** A copy without FROM/FROM NAMED, so that no engine is tempted to load them. */
    private static Query strippedOfDataset(Query query) {
        if (!query.hasDatasetDescription()) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.getGraphURIs().clear();
        copy.getNamedGraphURIs().clear();
        return copy;
    }

    private static List<Node> iris(List<String> values) {
        return values.stream().map(NodeFactory::createURI).toList();
    }
}
