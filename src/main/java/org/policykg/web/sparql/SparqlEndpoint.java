package org.policykg.web.sparql;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;
import org.apache.jena.query.Query;
import org.policykg.store.GraphStore;
import org.policykg.web.Conneg;
import org.policykg.web.HttpProblem;
import org.policykg.web.MediaFormat;
import org.policykg.web.RequestNotes;
import org.policykg.web.ResultCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SPARQL 1.1 Protocol queries over the store. Dataset parameters and {@code FROM} clauses select
 * graphs of the store; nothing is ever fetched from the web or the file system. A request is read
 * ({@link SparqlRequest}, {@link QuerySyntax}), answered from the cache when it can be, admitted
 * ({@link Admission}), run ({@link QueryExecutor}) and written ({@link AnswerWriter}).
 */
public final class SparqlEndpoint {
    private static final Logger log = LoggerFactory.getLogger(SparqlEndpoint.class);

    private final SparqlUpdates updates;
    private final QueryLimits limits;
    private final Set<String> serviceEndpoints;
    private final ResultCache cache;
    private final Admission admission;
    private final QueryExecutor executor;

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
        this.updates = updates;
        this.limits = limits;
        this.serviceEndpoints = Set.copyOf(serviceEndpoints);
        this.cache = cache;
        this.admission = new Admission(limits);
        this.executor = new QueryExecutor(store, limits, cache);
    }

    /** The query slots, which the other reads of the store take too. */
    public Admission admission() {
        return admission;
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
        if (request.operation().length() > limits.maxQueryChars()) {
            // refused before parsing: the parser's time and memory grow with the text, outside the limits
            throw HttpProblem.contentTooLarge("The query is "
                            + request.operation().length() + " characters long; this server takes queries of up to "
                            + limits.maxQueryChars() + ".")
                    .reason("query-too-long");
        }
        // parsing is part of the query's work: inside a slot, and its time counted against the limit
        Admission.Slot slot = admission.enter(ctx);
        try {
            long started = System.nanoTime();
            PreparedQueries.Prepared ready = prepared(request.operation(), ctx.url());
            Query query = ready.query();
            boolean callsService = ServiceCalls.check(ready.services(), serviceEndpoints);
            if (ready.capped()) {
                ctx.header(AnswerWriter.ROW_LIMIT_HEADER, Long.toString(limits.maxRows()));
            }
            MediaFormat format = query.isConstructType() || query.isDescribeType()
                    ? Conneg.choose(ctx, GraphFormat.ALL)
                    : Conneg.choose(ctx, ResultFormat.ALL);
            if (log.isDebugEnabled()) {
                log.debug("Query: {}", abbreviate(request.operation()));
            }
            long left = limits.timeoutMillis() - (System.nanoTime() - started) / 1_000_000;
            if (left <= 0) {
                throw executor.timedOut(ctx, null);
            }
            executor.answer(ctx, request, ready, format, callsService, key, left);
        } finally {
            slot.close();
        }
    }

    private PreparedQueries.Prepared prepared(String text, String base) {
        try {
            return executor.prepared(text, base);
        } catch (StackOverflowError e) {
            // JavaCC's parser and the algebra compiler recurse once per nesting level or chained operator
            throw HttpProblem.badQuery("The query is nested too deeply to parse here: split it, or flatten its"
                            + " paths and chains of || or UNION.")
                    .reason("too-deep");
        }
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

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }
}
