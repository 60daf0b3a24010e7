package org.policykg.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIs;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.store.GraphStore;
import org.policykg.vocab.PKG;
import org.policykg.vocab.Vocab;
import org.policykg.web.Conneg;
import org.policykg.web.HttpProblem;
import org.policykg.web.ld.Framing;

/**
 * {@code GET /api/graph?focus=IRI&depth=N&kinds=K,...}: the nodes within N links of a concept, document
 * or any other resource (links followed both ways), with their types and labels and the links among
 * them, as compact JSON-LD under the published context: each entry of {@code @graph} is a node, each
 * property whose value is another node's {@code id} an edge. The walk steps only onto nodes of the
 * kinds asked for ({@link NodeKind#DEFAULT} unless {@code kinds=} says otherwise). Nearest nodes
 * first, at most {@value #MAX_NODES}.
 */
public final class GraphRoutes {
    static final int MAX_DEPTH = 3;
    static final int MAX_NODES = 500;
    /** What a node's label is read from; a sentence's text is its label. */
    private static final Set<Node> LABELS = Set.of(
            SKOS.prefLabel.asNode(),
            RDFS.label.asNode(),
            DCTerms.title.asNode(),
            Vocab.name.asNode(),
            PKG.originalTitle.asNode(),
            PKG.text.asNode());

    private final GraphStore store;

    public GraphRoutes(GraphStore store) {
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/graph", this::neighbourhood);
    }

    private void neighbourhood(Context ctx) {
        String focus = ctx.queryParam("focus");
        if (focus == null || focus.isBlank()) {
            throw HttpProblem.badRequest("Give the IRI to start from as ?focus=.");
        }
        try {
            IRIs.checkEx(focus);
        } catch (RuntimeException e) {
            throw HttpProblem.badRequest("?focus= is not an IRI: " + focus);
        }
        int depth = depth(ctx.queryParam("depth"));
        Set<NodeKind> kinds = kinds(ctx.queryParam("kinds"));
        String mediaType = Conneg.negotiate(ctx, List.of(JsonLd.MEDIA_TYPE, "application/json"));
        Graph g = store.read(dsg -> collect(dsg.getUnionGraph(), NodeFactory.createURI(focus), depth, kinds));
        if (g == null) {
            throw HttpProblem.notFound("Nothing is known about " + focus + ".");
        }
        ctx.contentType(mediaType).result(Framing.compact(g).toString().getBytes(StandardCharsets.UTF_8));
    }

    private static int depth(String value) {
        if (value == null) {
            return 1;
        }
        try {
            int depth = Integer.parseInt(value);
            if (depth >= 0 && depth <= MAX_DEPTH) {
                return depth;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw HttpProblem.badRequest("?depth= must be a whole number from 0 to " + MAX_DEPTH + ", not " + value + ".");
    }

    private static Set<NodeKind> kinds(String value) {
        if (value == null || value.isBlank()) {
            return NodeKind.DEFAULT;
        }
        Set<NodeKind> kinds = NodeKind.parse(value);
        if (kinds == null) {
            throw HttpProblem.badRequest(
                    "?kinds= is a comma-separated list of " + NodeKind.names() + ", not " + value + ".");
        }
        return kinds;
    }

    /** Breadth first from {@code focus}; null when the store knows nothing about it. */
    private static Graph collect(Graph union, Node focus, int depth, Set<NodeKind> kinds) {
        if (!union.contains(focus, Node.ANY, Node.ANY) && !union.contains(Node.ANY, Node.ANY, focus)) {
            return null;
        }
        Set<Node> nodes = new LinkedHashSet<>(List.of(focus));
        Map<Node, NodeKind> known = new HashMap<>();
        List<Triple> links = new ArrayList<>();
        List<Node> frontier = List.of(focus);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            List<Node> next = new ArrayList<>();
            for (Node n : frontier) {
                for (Triple t : union.find(n, Node.ANY, Node.ANY).toList()) {
                    if (t.getObject().isURI()
                            && !t.getPredicate().equals(RDF.type.asNode())
                            && kinds.contains(kindOf(union, t.getObject(), known))) {
                        links.add(t);
                        reach(t.getObject(), nodes, next);
                    }
                }
                for (Triple t : union.find(Node.ANY, Node.ANY, n).toList()) {
                    if (t.getSubject().isURI() && kinds.contains(kindOf(union, t.getSubject(), known))) {
                        links.add(t);
                        reach(t.getSubject(), nodes, next);
                    }
                }
            }
            frontier = next;
        }
        Graph out = GraphFactory.createDefaultGraph();
        for (Triple t : links) {
            if (nodes.contains(t.getSubject()) && nodes.contains(t.getObject())) {
                out.add(t);
            }
        }
        for (Node n : nodes) {
            union.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getPredicate().equals(RDF.type.asNode()) || LABELS.contains(t.getPredicate())) {
                    out.add(t);
                }
            });
        }
        return out;
    }

    private static NodeKind kindOf(Graph union, Node n, Map<Node, NodeKind> known) {
        return known.computeIfAbsent(n, k -> {
            Set<Node> types = new HashSet<>();
            union.find(k, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(t.getObject()));
            return NodeKind.of(types);
        });
    }

    private static void reach(Node n, Set<Node> nodes, List<Node> next) {
        if (nodes.size() < MAX_NODES && nodes.add(n)) {
            next.add(n);
        }
    }
}
