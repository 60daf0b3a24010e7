package org.policykg.web.gsp;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.Quad;
import org.policykg.web.HttpProblem;

/**
 * The graph a Graph Store Protocol request names: on the service URL by {@code ?graph=IRI} or
 * {@code ?default} (indirect identification), anywhere else under {@code /rdf-graphs/} by the request
 * URL itself (direct identification).
 *
 * @param node a graph IRI, or {@link Quad#defaultGraphIRI} for the store's default graph
 */
record GraphName(Node node) {
    GraphName {
        Objects.requireNonNull(node);
    }

    static final GraphName DEFAULT = new GraphName(Quad.defaultGraphIRI);

    boolean isDefault() {
        return Quad.isDefaultGraph(node);
    }

    /**
     * @param service whether the request went to the service URL (indirect identification)
     * @return null for a service request naming no graph, which only a graph-creating POST may send
     */
    static GraphName of(Context ctx, boolean service) {
        List<String> graph = ctx.queryParams("graph");
        boolean dflt = ctx.queryParamMap().containsKey("default");
        if (!service) {
            if (!graph.isEmpty() || dflt) {
                throw HttpProblem.badRequest("This URL names its graph directly; ?graph= and ?default belong on "
                        + GraphStoreEndpoint.SERVICE + ".");
            }
            return new GraphName(NodeFactory.createURI(ctx.url()));
        }
        if (dflt && !graph.isEmpty()) {
            throw HttpProblem.badRequest("Give either ?graph=IRI or ?default, not both.");
        }
        if (dflt) {
            return DEFAULT;
        }
        if (graph.isEmpty()) {
            return null;
        }
        if (graph.size() > 1) {
            throw HttpProblem.badRequest(
                    "Exactly one 'graph' parameter is allowed; this request has " + graph.size() + ".");
        }
        return new GraphName(NodeFactory.createURI(absoluteIri(graph.get(0))));
    }

    private static String absoluteIri(String value) {
        IRIx iri;
        try {
            iri = IRIx.create(value);
        } catch (IRIException e) {
            throw HttpProblem.badRequest("?graph= is not an IRI: " + e.getMessage());
        }
        if (!iri.isAbsolute()) {
            throw HttpProblem.badRequest("?graph= needs an absolute IRI, not '" + value + "'.");
        }
        // Jena's names for the default and union graphs are views, not graphs one can PUT or DELETE
        Node node = NodeFactory.createURI(value);
        if (Quad.isDefaultGraph(node) || Quad.isUnionGraph(node)) {
            throw HttpProblem.badRequest(value + " is a reserved name; use ?default for the default graph.");
        }
        return value;
    }

    @Override
    public String toString() {
        return isDefault() ? "the default graph" : "graph <" + node.getURI() + ">";
    }
}
