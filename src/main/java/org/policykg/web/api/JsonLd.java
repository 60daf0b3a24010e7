package org.policykg.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.policykg.web.Conneg;

/**
 * Writes API answers as compact JSON-LD under the service's published context ({@code /context/v1.jsonld}).
 * The context is inlined so that a client never has to fetch it, and neither does the server.
 */
public final class JsonLd {
    public static final String MEDIA_TYPE = "application/ld+json";
    public static final String CONTEXT_PATH = "/context/v1.jsonld";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode CONTEXT = loadContext();

    private JsonLd() {}

    private static JsonNode loadContext() {
        try (InputStream in = JsonLd.class.getResourceAsStream("/jsonld/context-v1.jsonld")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The context document as published. */
    public static JsonNode contextDocument() {
        return CONTEXT;
    }

    static ObjectNode object() {
        ObjectNode node = JSON.createObjectNode();
        node.set("@context", CONTEXT.get("@context"));
        return node;
    }

    static void write(Context ctx, JsonNode body) {
        String mediaType = Conneg.negotiate(ctx, List.of(MEDIA_TYPE, "application/json"));
        ctx.header("Link", "<" + CONTEXT_PATH + ">; rel=\"http://www.w3.org/ns/json-ld#context\"");
        try {
            ctx.contentType(mediaType).result(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a literal to a language map: {"en": "...", "zh": "..."} (arrays where there are several). */
    static void addToLanguageMap(ObjectNode owner, String key, Literal literal, boolean set) {
        addToLanguageMap(owner, key, literal.asNode(), set);
    }

    /** As {@link #addToLanguageMap(ObjectNode, String, Literal, boolean)}, for a literal read from a graph. */
    static void addToLanguageMap(ObjectNode owner, String key, Node literal, boolean set) {
        ObjectNode map = owner.has(key) ? (ObjectNode) owner.get(key) : owner.putObject(key);
        String lang = literal.getLiteralLanguage().isEmpty() ? "@none" : literal.getLiteralLanguage();
        if (set) {
            ArrayNode values = map.has(lang) ? (ArrayNode) map.get(lang) : map.putArray(lang);
            values.add(literal.getLiteralLexicalForm());
        } else if (!map.has(lang)) {
            map.put(lang, literal.getLiteralLexicalForm());
        }
    }

    /** A literal as a JSON value: numbers as numbers, everything else as its lexical form. */
    static void putLiteral(ObjectNode owner, String key, RDFNode node) {
        putLiteral(owner, key, node == null ? null : node.asNode());
    }

    /** As {@link #putLiteral(ObjectNode, String, RDFNode)}, for a node read from a graph. */
    static void putLiteral(ObjectNode owner, String key, Node node) {
        if (node == null) {
            return;
        }
        if (node.isURI()) {
            owner.put(key, node.getURI());
            return;
        }
        Object value = node.getLiteralValue();
        if (value instanceof Number n && isInteger(n)) {
            owner.put(key, n.longValue());
        } else {
            // decimals stay strings: a JSON number would be read back as an xsd:double (9.862E1), and
            // the context's type coercion gives the string its datatype
            owner.put(key, node.getLiteralLexicalForm());
        }
    }

    /** A typed literal the context does not coerce: {"@value": ..., "@type": "xsd:..."} keeps its datatype. */
    static void putTyped(ObjectNode owner, String key, Node node) {
        if (node == null || !node.isLiteral()) {
            return;
        }
        ObjectNode value = owner.putObject(key);
        value.put("@value", node.getLiteralLexicalForm());
        value.put("@type", node.getLiteralDatatypeURI().replace("http://www.w3.org/2001/XMLSchema#", "xsd:"));
    }

    private static boolean isInteger(Number n) {
        return n instanceof Integer
                || n instanceof Long
                || n instanceof java.math.BigInteger
                || n instanceof Short
                || n instanceof Byte;
    }
}
