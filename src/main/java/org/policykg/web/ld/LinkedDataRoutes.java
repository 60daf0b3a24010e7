package org.policykg.web.ld;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.store.GraphStore;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.policykg.vocab.Vocab;
import org.policykg.web.Conneg;
import org.policykg.web.HttpProblem;
import org.policykg.web.sparql.GraphFormat;

/**
 * Dereferencing: a GET on {@code /X} describes the IRI {@code BASE + X}, so that once w3id.org
 * redirects to this server every minted IRI resolves. HTML for a browser; Turtle, JSON-LD (framed
 * for concepts and documents, compact otherwise) or N-Triples by {@code Accept}.
 */
public final class LinkedDataRoutes {
    /** The first path segments of minted IRIs ({@code /ontology} is served as well). */
    private static final List<String> SEGMENTS = Iris.SEGMENTS;

    static final String HTML = "text/html";
    /** The graph formats as {@code /sparql} and the Graph Store Protocol write them, JSON-LD framed, and HTML. */
    static final List<String> OFFERS = List.of(
            GraphFormat.TURTLE.mediaType(), GraphFormat.JSON_LD.mediaType(), GraphFormat.N_TRIPLES.mediaType(), HTML);

    private final GraphStore store;
    private final Set<String> bases = new LinkedHashSet<>();

    /** @param base the data namespace (documents, statements); the vocabulary stays under {@link PKG#BASE} */
    public LinkedDataRoutes(GraphStore store, String base) {
        this.store = store;
        bases.add(base);
        bases.add(PKG.BASE);
    }

    /** Whether {@code path} is one this class answers. */
    public static boolean serves(String path) {
        if (path.equals("/ontology")) {
            return true;
        }
        return SEGMENTS.stream().anyMatch(s -> path.startsWith("/" + s + "/"));
    }

    public void register(RoutesConfig routes) {
        routes.get("/ontology", this::ontology);
        for (String segment : SEGMENTS) {
            routes.get("/" + segment + "/<rest>", this::describe);
        }
    }

    private void describe(Context ctx) {
        String path = ctx.path().substring(1);
        String mediaType = Conneg.negotiate(ctx, OFFERS);
        record Found(String iri, Graph graph) {}
        Found found = store.read(dsg -> {
            for (String base : bases) {
                String iri = base + path;
                Graph g = Describer.describe(dsg, iri);
                if (g.isEmpty() && dsg.containsGraph(NodeFactory.createURI(iri))) {
                    // a named graph's IRI: its content
                    g = GraphFactory.createDefaultGraph();
                    dsg.getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(g::add);
                }
                if (!g.isEmpty()) {
                    return new Found(iri, g);
                }
            }
            return null;
        });
        if (found == null) {
            throw HttpProblem.notFound(
                    "Nothing is known about " + bases.iterator().next() + path + ".");
        }
        write(ctx, mediaType, found.iri(), found.graph());
    }

    /** The ontology's IRI ends in a '#' namespace: its document is the whole ontology graph. */
    private void ontology(Context ctx) {
        String mediaType = Conneg.negotiate(ctx, OFFERS);
        Graph g = store.read(dsg -> {
            Graph out = GraphFactory.createDefaultGraph();
            for (String base : bases) {
                dsg.getGraph(NodeFactory.createURI(new Iris(base).ontologyGraph()))
                        .find()
                        .forEachRemaining(out::add);
            }
            return out;
        });
        if (g.isEmpty()) {
            throw HttpProblem.notFound("The store holds no ontology graph.");
        }
        write(ctx, mediaType, PKG.ONTOLOGY, g);
    }

    private void write(Context ctx, String mediaType, String iri, Graph g) {
        g.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
        switch (mediaType) {
            case HTML -> {
                ctx.header("Content-Security-Policy", ChartSection.contentSecurityPolicy(iri));
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.contentType("text/html; charset=utf-8").result(HtmlPage.render(iri, g, this::localPath));
            }
            case "application/ld+json" ->
                ctx.contentType(GraphFormat.JSON_LD.contentType())
                        .result(jsonLd(iri, g).toString().getBytes(StandardCharsets.UTF_8));
            default -> {
                GraphFormat format = GraphFormat.of(mediaType);
                ctx.contentType(format.contentType());
                format.write(ctx.outputStream(), g);
            }
        }
    }

    private static jakarta.json.JsonObject jsonLd(String iri, Graph g) {
        Node focus = NodeFactory.createURI(iri);
        if (g.contains(focus, RDF.type.asNode(), SKOS.Concept.asNode())) {
            return Framing.frame(g, "frame-concept.jsonld", iri);
        }
        if (g.contains(focus, RDF.type.asNode(), PKG.PolicyDocument.asNode())) {
            return Framing.frame(g, "frame-document.jsonld", iri);
        }
        return Framing.compact(g);
    }

    /** Our IRIs link to this server's path for them; others stay as they are. */
    String localPath(String iri) {
        for (String base : bases) {
            if (iri.startsWith(base)) {
                String path = "/" + iri.substring(base.length());
                return serves(path.replaceFirst("#.*$", "")) ? path : null;
            }
        }
        return null;
    }
}
