package org.policykg.web.ld;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.XSD;
import org.policykg.store.GraphStore;
import org.policykg.store.ReadCancel;
import org.policykg.vocab.Vocab;

/**
 * Full dumps, streamed from one read transaction: {@code /dump.ttl} (the union graph, as Turtle
 * blocks), {@code /dump.nq} (every quad, named graphs kept) and {@code /dump.jsonld} (expanded
 * JSON-LD, one entry per named graph, written node by node with Jackson).
 */
public final class Dumps {
    private static final JsonFactory JSON = new JsonFactory();
    private static final ThreadLocal<int[]> WRITTEN = ThreadLocal.withInitial(() -> new int[1]);

    private final GraphStore store;

    public Dumps(GraphStore store) {
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/dump.ttl", ctx -> stream(ctx, "text/turtle; charset=utf-8", this::turtle));
        routes.get("/dump.nq", ctx -> stream(ctx, "application/n-quads", this::nquads));
        routes.get("/dump.jsonld", ctx -> stream(ctx, "application/ld+json", this::jsonLd));
    }

    private interface Writer {
        void write(DatasetGraph dsg, OutputStream out) throws IOException;
    }

    private void stream(Context ctx, String contentType, Writer writer) {
        ctx.contentType(contentType);
        String name = ctx.path().substring(1).replace("dump", "policy-kg");
        ctx.header("Content-Disposition", "inline; filename=\"" + name + "\"");
        OutputStream out = ctx.outputStream();
        store.read(dsg -> {
            try {
                writer.write(dsg, out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private void turtle(DatasetGraph dsg, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        Vocab.PREFIXES.forEach(stream::prefix);
        dsg.getUnionGraph().find().forEachRemaining(t -> {
            checkEvery();
            stream.triple(t);
        });
        stream.finish();
    }

    private void nquads(DatasetGraph dsg, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            checkEvery();
            stream.quad(q);
        });
        dsg.listGraphNodes()
                .forEachRemaining(g -> dsg.getGraph(g).find().forEachRemaining(t -> {
                    checkEvery();
                    stream.quad(Quad.create(g, t));
                }));
        stream.finish();
    }

    private void jsonLd(DatasetGraph dsg, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartArray();
            writeNodes(json, dsg.getDefaultGraph()); // the real default graph, usually empty
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                json.writeStartObject();
                json.writeStringField("@id", id(g));
                json.writeArrayFieldStart("@graph");
                writeNodes(json, dsg.getGraph(g));
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    /**
     * One node object per run of triples with the same subject (the store's index gives them grouped;
     * were they not, a subject would appear twice, which JSON-LD merges). Only one node is held in memory.
     */
    private static void writeNodes(JsonGenerator json, Graph graph) throws IOException {
        Node subject = null;
        Map<Node, List<Node>> node = new LinkedHashMap<>();
        for (Iterator<Triple> it = graph.find(); it.hasNext(); ) {
            Triple t = it.next();
            if (!t.getSubject().equals(subject)) {
                writeNode(json, subject, node);
                subject = t.getSubject();
                node.clear();
            }
            node.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
            checkEvery();
        }
        writeNode(json, subject, node);
    }

    private static void writeNode(JsonGenerator json, Node subject, Map<Node, List<Node>> node) throws IOException {
        if (subject == null) {
            return;
        }
        json.writeStartObject();
        json.writeStringField("@id", id(subject));
        for (Map.Entry<Node, List<Node>> e : node.entrySet()) {
            json.writeArrayFieldStart(e.getKey().getURI());
            for (Node o : e.getValue()) {
                writeValue(json, o);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Node o) throws IOException {
        json.writeStartObject();
        if (o.isLiteral()) {
            json.writeStringField("@value", o.getLiteralLexicalForm());
            if (!o.getLiteralLanguage().isEmpty()) {
                json.writeStringField("@language", o.getLiteralLanguage());
            } else if (!XSD.xstring.getURI().equals(o.getLiteralDatatypeURI())) {
                json.writeStringField("@type", o.getLiteralDatatypeURI());
            }
        } else {
            json.writeStringField("@id", id(o));
        }
        json.writeEndObject();
    }

    /** Every so many triples, whether the read was stopped (the timeout, the heap guard, the client gone). */
    private static void checkEvery() {
        int n = WRITTEN.get()[0]++;
        if ((n & 1023) == 0) {
            ReadCancel.check();
        }
    }

    private static String id(Node n) {
        return n.isBlank() ? "_:b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "") : n.getURI();
    }
}
