package org.policykg.web.sparql;

import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.policykg.store.GraphStore;
import org.policykg.web.AdminAuth;
import org.policykg.web.HttpProblem;
import org.policykg.web.RequestNotes;

/**
 * SPARQL 1.1 Update, for administrators only: one write transaction per request, so a failing
 * operation leaves the store as it was. {@code LOAD} is refused: the server fetches nothing.
 */
public final class SparqlUpdates {
    private final GraphStore store;
    private final AdminAuth auth;
    private final long timeoutMillis;

    public SparqlUpdates(GraphStore store, AdminAuth auth) {
        this(store, auth, QueryLimits.DEFAULT_TIMEOUT_MILLIS);
    }

    /** @param timeoutMillis the longest an update may run; past it the update is not applied */
    public SparqlUpdates(GraphStore store, AdminAuth auth, long timeoutMillis) {
        this.store = store;
        this.auth = auth;
        this.timeoutMillis = timeoutMillis;
    }

    void execute(Context ctx, SparqlRequest request) {
        auth.require(ctx);
        UpdateRequest update = parse(request.operation(), ctx.url());
        applyUsing(update, request.defaultGraphs(), request.namedGraphs());
        try {
            store.update(dsg -> UpdateExec.dataset(dsg)
                    .update(update)
                    // updates never call out, whatever SERVICE a WHERE clause might still hold
                    .set(ARQ.httpServiceAllowed, false)
                    // the WHERE of an update is a query: held to the same time limit, inside the write
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                    .execute());
        } catch (QueryCancelledException e) {
            RequestNotes.timedOut(ctx);
            throw HttpProblem.unavailable("The update ran longer than this server's limit of " + timeoutMillis
                            + " ms and was not applied.")
                    .reason("update-timeout");
        } catch (UpdateException e) {
            // what the update asked for cannot be done (COPY, ADD or MOVE from a graph that is not there)
            throw HttpProblem.unprocessable("The update cannot be applied: " + e.getMessage())
                    .reason("update-failed");
        }
        ctx.status(204);
    }

    /** @param base the endpoint's URL, the base of relative IRIs, as for queries */
    private static UpdateRequest parse(String text, String base) {
        UpdateRequest update;
        try {
            update = UpdateFactory.create(text, base);
        } catch (QueryParseException e) {
            throw HttpProblem.badQuery(QuerySyntax.parseDetail("The update does not parse", e));
        }
        for (Update op : update.getOperations()) {
            if (op instanceof UpdateLoad) {
                throw HttpProblem.forbidden("LOAD is not allowed: this server does not fetch remote data.")
                        .reason("load-refused");
            }
            if (op instanceof UpdateModify modify) {
                ServiceCalls.refuseAny(modify.getWherePattern());
            }
        }
        return update;
    }

    /**
     * using-graph-uri / using-named-graph-uri apply to operations that have no USING or WITH of their
     * own; the Protocol (section 2.2.3) says a request with both must be refused.
     */
    private static void applyUsing(UpdateRequest update, List<String> using, List<String> usingNamed) {
        if (using.isEmpty() && usingNamed.isEmpty()) {
            return;
        }
        for (Update op : update.getOperations()) {
            if (op instanceof UpdateWithUsing u) {
                if (!u.getUsing().isEmpty() || !u.getUsingNamed().isEmpty() || u.getWithIRI() != null) {
                    throw HttpProblem.badRequest("The request gives using-graph-uri/using-named-graph-uri and the "
                            + "update has USING, USING NAMED or WITH too.");
                }
                using.stream().map(SparqlUpdates::iri).forEach(u::addUsing);
                usingNamed.stream().map(SparqlUpdates::iri).forEach(u::addUsingNamed);
            }
        }
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
