package org.policykg.web.ld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.policykg.vocab.PKG;

/**
 * Compact and framed JSON-LD 1.1 through Titanium (Jena's writer offers neither a given context nor
 * framing). Frames are resources under {@code /jsonld/}; they name the published context by its IRI,
 * which the document loader answers from the classpath. Every other IRI is refused: the server never
 * fetches a remote context. Answers carry the context inline, so clients need not fetch it either.
 */
public final class Framing {
    /** The IRI of the published context, served at {@code /context/v1.jsonld}. */
    public static final String CONTEXT_IRI = PKG.BASE + "context/v1.jsonld";

    private static final JsonDocument CONTEXT = json("/jsonld/context-v1.jsonld");
    private static final DocumentLoader LOADER = (url, options) -> {
        if (url.toString().equals(CONTEXT_IRI)) {
            return CONTEXT;
        }
        throw new JsonLdError(
                JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "This server loads no remote JSON-LD context: " + url);
    };

    private Framing() {}

    /** The graph in compact form under the published context (one node, or {@code @graph}). */
    public static JsonObject compact(Graph graph) {
        try {
            JsonObject out = JsonLd.compact(expanded(graph), URI.create(CONTEXT_IRI))
                    .loader(LOADER)
                    .get();
            return inlineContext(out);
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed", e);
        }
    }

    /**
     * The graph as a tree, shaped by a frame of {@code /jsonld/} and rooted at {@code focus}.
     *
     * @param frame the frame's resource name, e.g. {@code frame-concept.jsonld}
     */
    public static JsonObject frame(Graph graph, String frame, String focus) {
        JsonObject f = Json.createObjectBuilder(
                        json("/jsonld/" + frame).getJsonContent().orElseThrow().asJsonObject())
                .add("@id", focus)
                .build();
        try {
            JsonObject out = JsonLd.frame(expanded(graph), JsonDocument.of(f))
                    .loader(LOADER)
                    .omitGraph(true)
                    .ordered(true)
                    .get();
            return inlineContext(out);
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD framing with " + frame + " failed", e);
        }
    }

    private static Document expanded(Graph graph) throws JsonLdError {
        QuadsToJsonld quads = JsonLd.fromRdf().ordered(true);
        try {
            for (Triple t : graph.find().toList()) {
                Node o = t.getObject();
                if (o.isLiteral()) {
                    String lang = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
                    quads.quad(
                            term(t.getSubject()),
                            t.getPredicate().getURI(),
                            o.getLiteralLexicalForm(),
                            o.getLiteralDatatypeURI(),
                            lang,
                            null,
                            null);
                } else {
                    quads.quad(term(t.getSubject()), t.getPredicate().getURI(), term(o), null, null, null, null);
                }
            }
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("a Jena triple is always a valid RDF triple", e);
        }
        return JsonDocument.of(quads.toJsonLd());
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }

    /** Replaces the context's IRI by the context itself, so that no client has to fetch it. */
    private static JsonObject inlineContext(JsonObject out) {
        JsonValue inline = CONTEXT.getJsonContent().orElseThrow().asJsonObject().get("@context");
        JsonValue used = out.get("@context");
        JsonValue replaced = inline;
        if (used != null && used.getValueType() == JsonValue.ValueType.ARRAY) {
            var array = Json.createArrayBuilder();
            for (JsonValue v : used.asJsonArray()) {
                array.add(v.getValueType() == JsonValue.ValueType.STRING ? inline : v);
            }
            replaced = array.build();
        }
        return Json.createObjectBuilder(out).add("@context", replaced).build();
    }

    private static JsonDocument json(String resource) {
        try (InputStream in = Framing.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("resource " + resource + " is not JSON", e);
        }
    }
}
