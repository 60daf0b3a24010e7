package org.policykg.web.gsp;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policykg.store.GraphStore;
import org.policykg.web.AdminAuth;
import org.policykg.web.Conneg;
import org.policykg.web.HttpProblem;
import org.policykg.web.sparql.GraphFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SPARQL 1.1 Graph Store HTTP Protocol. {@code /rdf-graphs/service?graph=IRI} and
 * {@code /rdf-graphs/service?default} name a graph indirectly; any other URL under
 * {@code /rdf-graphs/} is itself the IRI of the graph it names (direct identification), and a POST to
 * the service without a graph creates one there, answering its IRI in {@code Location}. GET and HEAD
 * read; PUT, POST and DELETE need the admin token and run in one store transaction each.
 *
 * <p>{@code ?default} is the store's stored default graph, for reads and writes alike: the graph that
 * SPARQL Update's {@code INSERT DATA} without {@code GRAPH} writes and {@code CLEAR DEFAULT} empties,
 * so PUT then GET gives back what was put. It is not the default graph of SPARQL queries, which is the
 * union of the named graphs (sd:UnionDefaultGraph): that union is a view over every document, not a
 * graph one can replace or delete, so it is read with SPARQL, not here.
 */
public final class GraphStoreEndpoint {
    private static final Logger log = LoggerFactory.getLogger(GraphStoreEndpoint.class);

    static final String ROOT = "/rdf-graphs/";
    static final String SERVICE = ROOT + "service";

    private final GraphStore store;
    private final AdminAuth auth;

    public GraphStoreEndpoint(GraphStore store, AdminAuth auth) {
        this.store = store;
        this.auth = auth;
    }

    public void register(RoutesConfig routes) {
        // one route for both kinds of identification: GraphName tells the service URL from a graph's own
        String path = ROOT + "<path>";
        routes.get(path, ctx -> read(ctx, true));
        routes.head(path, ctx -> read(ctx, false));
        routes.put(path, this::put);
        routes.post(path, this::post);
        routes.delete(path, this::delete);
    }

    private void read(Context ctx, boolean withBody) {
        GraphName name = required(ctx);
        GraphFormat format = Conneg.choose(ctx, GraphFormat.ALL);
        store.read(dsg -> {
            if (!exists(dsg, name)) {
                throw notFound(name);
            }
            ctx.contentType(format.contentType());
            if (withBody) {
                format.write(ctx.outputStream(), dsg.getGraph(name.node()));
            }
            return null;
        });
    }

    private void put(Context ctx) {
        auth.require(ctx);
        GraphName name = required(ctx);
        Graph content = RdfBodies.parse(ctx, base(ctx, name));
        AtomicBoolean created = new AtomicBoolean();
        store.update(dsg -> {
            created.set(!exists(dsg, name) && !content.isEmpty());
            Graph graph = dsg.getGraph(name.node());
            graph.clear();
            GraphUtil.addInto(graph, content);
        });
        log.debug("PUT {}: {} triples", name, content.size());
        ctx.status(created.get() ? 201 : 204);
    }

    private void post(Context ctx) {
        auth.require(ctx);
        GraphName named = GraphName.of(ctx, isService(ctx));
        // POST to the service without a graph: mint a new graph beside the service URL (Location: its IRI)
        GraphName name = named != null
                ? named
                : new GraphName(NodeFactory.createURI(
                        ctx.url().substring(0, ctx.url().length() - "service".length()) + UUID.randomUUID()));
        Graph content = RdfBodies.parse(ctx, base(ctx, name));
        if (named == null && content.isEmpty()) {
            throw HttpProblem.badRequest("The body holds no triples, so there is no graph to create.");
        }
        AtomicBoolean created = new AtomicBoolean();
        store.update(dsg -> {
            created.set(!exists(dsg, name) && !content.isEmpty());
            GraphUtil.addInto(dsg.getGraph(name.node()), content);
        });
        log.debug("POST {}: {} triples", name, content.size());
        if (named == null) {
            ctx.header("Location", name.node().getURI());
        }
        ctx.status(created.get() ? 201 : 204);
    }

    private void delete(Context ctx) {
        auth.require(ctx);
        GraphName name = required(ctx);
        store.update(dsg -> {
            if (!exists(dsg, name)) {
                throw notFound(name);
            }
            // a quad store keeps no empty named graph: clearing one deletes it
            dsg.getGraph(name.node()).clear();
        });
        ctx.status(204);
    }

    private static GraphName required(Context ctx) {
        GraphName name = GraphName.of(ctx, isService(ctx));
        if (name == null) {
            throw HttpProblem.badRequest("Name the graph: " + SERVICE + "?graph=<IRI> or " + SERVICE + "?default.");
        }
        return name;
    }

    private static boolean isService(Context ctx) {
        return ctx.path().equals(SERVICE);
    }

    /** The stored default graph always exists (empty or not); a named graph exists while it has triples. */
    private static boolean exists(DatasetGraph dsg, GraphName name) {
        return name.isDefault() || dsg.containsGraph(name.node());
    }

    /** Relative IRIs in a body resolve against the graph's IRI, or the service URL for the default graph. */
    private static String base(Context ctx, GraphName name) {
        return name.isDefault() ? ctx.url() : name.node().getURI();
    }

    private static HttpProblem notFound(GraphName name) {
        return HttpProblem.notFound("There is no " + name + " in the store.");
    }
}
