package org.policykg.web.sparql;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.policykg.store.GraphStore;
import org.policykg.store.StoreQueries;
import org.policykg.vocab.Vocab;
import org.policykg.web.Conneg;
import org.policykg.web.HttpProblem;
import org.policykg.web.RequestNotes;
import org.policykg.web.ResultCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SPARQL 1.1 Protocol queries over the store. Dataset parameters and {@code FROM} clauses select
 * graphs of the store; nothing is ever fetched from the web or the file system.
 */
public final class SparqlEndpoint {
    private static final Logger log = LoggerFactory.getLogger(SparqlEndpoint.class);

    /** jena-text's property functions: they need the store's own full-text index. */
    private static final String TEXT_NS = "http://jena.apache.org/text#";

    /** Row cap header: present when the server lowered or added the query's LIMIT. */
    static final String ROW_LIMIT_HEADER = "X-PolicyKG-Row-Limit";

    /** Triple cap header: present when a CONSTRUCT or DESCRIBE answer was cut at the cap. */
    static final String TRIPLE_LIMIT_HEADER = "X-PolicyKG-Triple-Limit";

    private final GraphStore store;
    private final SparqlUpdates updates;
    private final QueryLimits limits;
    private final Semaphore slots;
    private final Set<String> serviceEndpoints;
    private final ResultCache cache;
    private final PreparedQueries prepared = new PreparedQueries();

    /** An endpoint without a result cache. */
    public SparqlEndpoint(GraphStore store, SparqlUpdates updates, QueryLimits limits, Set<String> serviceEndpoints) {
        this(store, updates, limits, serviceEndpoints, new ResultCache(store, 0));
    }

    /**
     * @param serviceEndpoints the endpoints a query's SERVICE may call (an allow-list; empty: none)
     * @param cache keeps complete answers of queries until the next write
     */
    public SparqlEndpoint(
            GraphStore store,
            SparqlUpdates updates,
            QueryLimits limits,
            Set<String> serviceEndpoints,
            ResultCache cache) {
        this.store = store;
        this.updates = updates;
        this.limits = limits;
        this.serviceEndpoints = Set.copyOf(serviceEndpoints);
        this.slots = new Semaphore(limits.maxConcurrent());
        this.cache = cache;
    }

    public void handle(Context ctx) {
        // A repeated GET is answered before its parameters are decoded: the raw query string and the
        // base IRI hold everything the answer depends on. Decoding a long query's URL, and hashing its
        // text for the log, cost more than the rest of a cached answer (JFR).
        // (The query string is Jetty's own instance, whose hash the ETag filter has computed already.)
        ResultCache.Key rawKey = ctx.method() == HandlerType.GET && ctx.queryString() != null
                ? cache.key(ctx, "GET " + ctx.url(), ctx.queryString())
                : null;
        if (cache.serve(ctx, rawKey)) {
            return;
        }
        SparqlRequest request = SparqlRequest.parse(ctx);
        if (request == null) {
            ServiceDescription.write(ctx);
            return;
        }
        RequestNotes.query(ctx, request.operation());
        if (request.update()) {
            updates.execute(ctx, request);
            return;
        }
        // a POSTed query is keyed by its text, as its body is read already
        ResultCache.Key key = rawKey != null ? rawKey : cache.key(ctx, "/sparql", cacheRequest(ctx, request));
        if (key != rawKey && cache.serve(ctx, key)) {
            return;
        }
        PreparedQueries.Prepared ready = prepared.get(request.operation(), ctx.url(), this::prepare);
        Query query = ready.query();
        if (ready.capped()) {
            ctx.header(ROW_LIMIT_HEADER, Long.toString(limits.maxRows()));
        }
        boolean callsService = refuseServiceBeyond(query.getQueryPattern(), serviceEndpoints);
        boolean graphResult = query.isConstructType() || query.isDescribeType();
        String mediaType = Conneg.negotiate(ctx, graphResult ? ResultFormats.GRAPHS : ResultFormats.RESULTS);
        if (log.isDebugEnabled()) {
            log.debug("Query: {}", abbreviate(request.operation()));
        }
        List<Node> defaults = iris(request.defaultGraphs());
        List<Node> named = iris(request.namedGraphs());
        // a short admission queue smooths bursts; beyond it, refuse rather than let every client wait longer
        if (!acquireSlot()) {
            ctx.header("Retry-After", "5");
            throw HttpProblem.unavailable("The server is already running " + limits.maxConcurrent()
                            + " queries, its limit; try again shortly.")
                    .reason("concurrency-cap");
        }
        try {
            ctx.contentType(ResultFormats.contentType(mediaType));
            // full-text search needs the store's own index; anything else may read the store's query copy
            Function<Function<DatasetGraph, Object>, Object> reading =
                    searchesText(request.operation()) ? store::read : store::readForQueries;
            reading.apply(dsg -> {
                // a remote store evaluates the query itself, dataset parameters and FROM included
                QueryExecution remote = StoreQueries.remote(
                        dsg, query, request.defaultGraphs(), request.namedGraphs(), limits.timeoutMillis());
                if (remote != null) {
                    run(ctx, remote, query, mediaType, key);
                } else {
                    DatasetGraph graphs = selectGraphs(query, dsg, defaults, named);
                    // the shared plan fits the store as it is, not a dataset of chosen graphs
                    QueryPlan plan = graphs == dsg ? ready.plan() : null;
                    execute(ctx, graphs, ready.runnable(), plan, mediaType, callsService, key);
                }
                return null;
            });
        } finally {
            slots.release();
        }
    }

    private boolean acquireSlot() {
        try {
            return slots.tryAcquire(limits.queueWaitMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
        // fields Query computes on first use are computed now, before executions share it
        query.getResultVars();
        runnable.getResultVars();
        return new PreparedQueries.Prepared(query, runnable, capped, QueryPlan.of(runnable));
    }

    /**
     * @param base the endpoint's URL: relative IRIs resolve against it (the Protocol lets the service
     *     choose), rather than against Jena's default, the server's working directory as a file: IRI
     */
    static Query parse(String text, String base) {
        Query query;
        try {
            query = QueryFactory.create(text, base, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw HttpProblem.badQuery(parseDetail("The query does not parse", e));
        } catch (RuntimeException e) {
            throw HttpProblem.badQuery("The query does not parse: " + e.getMessage());
        }
        return query;
    }

    /**
     * SERVICE would make this server fetch from any address a client names (other hosts, the cloud
     * metadata address, internal services): refused before execution, and off in the engine too.
     */
    static void refuseService(Element pattern) {
        refuseServiceBeyond(pattern, Set.of());
    }

    /**
     * Refuses a SERVICE whose endpoint is not on the allow-list (a variable endpoint never is).
     *
     * @return whether the pattern calls any (allowed) SERVICE
     */
    static boolean refuseServiceBeyond(Element pattern, Set<String> allowed) {
        boolean[] service = {false};
        String[] refused = {null};
        if (pattern != null) {
            ElementWalker.walk(pattern, new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    service[0] = true;
                    Node endpoint = el.getServiceNode();
                    if (refused[0] == null && !(endpoint.isURI() && allowed.contains(endpoint.getURI()))) {
                        refused[0] = endpoint.toString();
                    }
                }
            });
        }
        if (refused[0] != null) {
            throw HttpProblem.forbidden(
                            allowed.isEmpty()
                                    ? "SERVICE is not allowed: this endpoint does not query other endpoints."
                                    : "SERVICE " + refused[0] + " is not allowed: this endpoint queries only "
                                            + String.join(", ", new java.util.TreeSet<>(allowed)) + ".")
                    .reason("service-refused");
        }
        return service[0];
    }

    /**
     * Whether the query text names jena-text's namespace (text:query and the like, as a prefix or a
     * full IRI, in any subquery or EXISTS): such a query needs the store's own full-text index. A
     * mention elsewhere (in a string) only sends the query to the store, which answers it too.
     */
    static boolean searchesText(String queryText) {
        return queryText.contains(TEXT_NS);
    }

    /** The parser's own message names the line and column; add them only where it does not. */
    static String parseDetail(String lead, QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        String where = message.contains("line " + e.getLine())
                ? ""
                : " (line " + e.getLine() + ", column " + e.getColumn() + ")";
        return lead + where + ": " + message;
    }

    /** The request's text, base IRI (relative IRIs resolve against it) and dataset, as one cache key part. */
    private static String cacheRequest(Context ctx, SparqlRequest request) {
        return String.join(
                "\u0000",
                request.operation(),
                ctx.url(),
                String.join(" ", request.defaultGraphs()),
                String.join(" ", request.namedGraphs()));
    }

    private void execute(
            Context ctx,
            DatasetGraph dsg,
            Query query,
            QueryPlan plan,
            String mediaType,
            boolean callsService,
            ResultCache.Key key) {
        QueryExecutionDatasetBuilder builder = QueryExecution.create()
                .query(query)
                .dataset(DatasetFactory.wrap(dsg))
                .timeout(limits.timeoutMillis(), TimeUnit.MILLISECONDS)
                // the engine may call out only when every SERVICE of the query is on the allow-list
                .set(ARQ.httpServiceAllowed, callsService);
        if (plan != null) {
            builder.set(QueryPlan.SYMBOL, plan);
        }
        QueryExecution qe = builder.build();
        run(ctx, qe, query, mediaType, key);
    }

    /**
     * Writes the results of {@code qe}, which it closes, under the timeout and the response cap, and
     * keeps a complete answer in the cache under {@code key} (none: not cached).
     */
    private void run(Context ctx, QueryExecution qe, Query query, String mediaType, ResultCache.Key key) {
        try (qe;
                Watchdog watchdog = Watchdog.start(qe, limits.timeoutMillis())) {
            CopyingOutputStream copy =
                    key == null ? null : new CopyingOutputStream(ctx.outputStream(), cache.maxEntryBytes());
            CappedOutputStream out =
                    new CappedOutputStream(copy != null ? copy : ctx.outputStream(), limits.maxResponseBytes());
            try {
                boolean complete = write(ctx, qe, query, mediaType, out);
                if (complete && copy != null && copy.copied() != null) {
                    cache.put(ctx, key, copy.copied());
                }
            } catch (RuntimeException e) {
                if (out.exceeded()) {
                    throw tooLarge(ctx, e);
                }
                if (!watchdog.fired() && !(e instanceof QueryCancelledException)) {
                    throw e;
                }
                throw timedOut(ctx, e);
            }
        }
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
        ctx.res().setHeader(ROW_LIMIT_HEADER, null);
        return HttpProblem.unavailable("The response is larger than this server's limit of " + limits.maxResponseBytes()
                        + " bytes: add a LIMIT or ask for less.")
                .reason("response-too-large");
    }

    /**
     * 503, as Fuseki answers a timed-out query ("Query timed out"): the service declined to finish
     * the work. 504 would claim this server is a gateway that waited on another one.
     */
    private RuntimeException timedOut(Context ctx, RuntimeException cause) {
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
        ctx.res().setHeader(ROW_LIMIT_HEADER, null);
        return HttpProblem.unavailable(
                        "Query timed out: it ran longer than this server's limit of " + limits.timeoutMillis() + " ms.")
                .reason("query-timeout");
    }

    /** @return whether the answer is complete: no cap cut it short */
    private boolean write(Context ctx, QueryExecution qe, Query query, String mediaType, OutputStream out) {
        boolean complete = true;
        try {
            if (query.isSelectType()) {
                ResultSet results = qe.execSelect();
                long[] rows = {0};
                Iterator<Binding> counted = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return results.hasNext();
                    }

                    @Override
                    public Binding next() {
                        rows[0]++;
                        return results.nextBinding();
                    }
                };
                List<Var> vars = Var.varList(results.getResultVars());
                Lang lang = ResultFormats.resultLang(mediaType);
                if (lang.equals(ResultSetLang.RS_JSON)) {
                    SparqlJsonWriter.write(out, vars, counted);
                } else {
                    ResultsWriter.create().lang(lang).build().write(out, ResultSetStream.create(vars, counted));
                }
                // the row cap lowered or added a LIMIT: an answer that reached it may have lost rows
                complete = ctx.res().getHeader(ROW_LIMIT_HEADER) == null || rows[0] < limits.maxRows();
            } else if (query.isAskType()) {
                out.write(AskAnswers.bytes(ResultFormats.resultLang(mediaType), qe.execAsk()));
            } else {
                Model model = ModelFactory.createModelForGraph(cappedGraph(ctx, qe, query));
                // readable Turtle/JSON-LD: the project's prefixes, then the query's own
                model.setNsPrefixes(Vocab.PREFIXES).setNsPrefixes(query.getPrefixMapping());
                ResultFormats.writeGraph(out, model.getGraph(), mediaType);
                complete = ctx.res().getHeader(TRIPLE_LIMIT_HEADER) == null;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("client went away", e);
        }
        return complete;
    }

    /** A CONSTRUCT or DESCRIBE answers at most maxTriples triples; the header says when it was cut. */
    private Graph cappedGraph(Context ctx, QueryExecution qe, Query query) {
        Iterator<Triple> triples = query.isConstructType() ? qe.execConstructTriples() : qe.execDescribeTriples();
        Graph graph = GraphFactory.createDefaultGraph();
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (graph.size() >= limits.maxTriples() && !graph.contains(t)) {
                ctx.header(TRIPLE_LIMIT_HEADER, Long.toString(limits.maxTriples()));
                break;
            }
            graph.add(t);
        }
        return graph;
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

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }
}
