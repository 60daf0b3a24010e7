package org.policykg.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.extract.Metadata;
import org.policykg.extract.SourceText;
import org.policykg.store.GraphStore;
import org.policykg.vocab.PKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts one document's text into the store as its named graph, replacing any earlier version. Used by
 * {@code POST /api/documents} and the CLI's {@code load}. Every check runs before the store is
 * touched, and the replacement is one transaction, so a refused text changes nothing.
 */
public final class DocumentIngest {
    private static final Logger log = LoggerFactory.getLogger(DocumentIngest.class);

    /** The largest text taken, in UTF-8 bytes: several times the longest policy document seen. */
    public static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;

    /** The statement kinds counted in a {@link Result}, in the order they are reported. */
    public static final List<Resource> KINDS = List.of(
            PKG.RoleAssignment,
            PKG.Directive,
            PKG.DialecticalPair,
            PKG.ActorMention,
            PKG.FormulationUse,
            PKG.Citation,
            PKG.Quotation,
            PKG.TemporalExpression,
            PKG.Figure,
            PKG.Mention);

    /** A candidate concept the document's graph defines. */
    public record Candidate(String iri, String label) {}

    /**
     * @param replaced whether a graph of this document was there before
     * @param counts statements by kind (local name of the class), every kind present
     */
    public record Result(
            String id,
            String documentIri,
            String graphName,
            long triples,
            boolean replaced,
            Map<String, Long> counts,
            List<Candidate> candidates) {}

    /** A text refused before extraction; {@link #reason()} says which check failed. */
    public static final class RejectedTextException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** Why a text was refused. */
        public enum Reason {
            BAD_ID,
            EMPTY,
            BINARY,
            TOO_LARGE
        }

        private final Reason reason;

        public RejectedTextException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private final Pipeline pipeline;

    public DocumentIngest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * @throws RejectedTextException when the id or text fails a check
     * @throws org.policykg.ontology.ShapeValidator.InvalidGraphException when the graph breaks a shape
     */
    public Result ingest(GraphStore store, String id, String fileName, String text, Metadata metadata) {
        check(id, text);
        SourceText source = new SourceText(id, fileName, text);
        Pipeline.DocumentGraph graph = pipeline.run(source, metadata);
        Model model = graph.model();
        boolean replaced = replace(store, NodeFactory.createURI(graph.graphName()), model.getGraph());
        log.info(
                "{} document {} ({} triples) into <{}>",
                replaced ? "Replaced" : "Added",
                id,
                model.size(),
                graph.graphName());
        return new Result(
                id, graph.documentIri(), graph.graphName(), model.size(), replaced, counts(model), candidates(model));
    }

    /** @return whether the document was there to remove */
    public boolean delete(GraphStore store, String id) {
        if (!SourceText.isValidId(id)) {
            return false; // no graph can carry an invalid id
        }
        Node name = NodeFactory.createURI(pipeline.graphName(id));
        boolean[] existed = new boolean[1];
        store.write(dsg -> {
            existed[0] = dsg.containsGraph(name);
            if (existed[0]) {
                dsg.removeGraph(name);
                new CorpusLinks(pipeline.base()).recompute(dsg);
            }
        });
        return existed[0];
    }

    /**
     * Replaces a document's graph and recomputes the links between documents, in one transaction.
     *
     * @return whether a graph of that name was there before
     */
    public boolean replace(GraphStore store, Node name, Graph content) {
        boolean[] existed = new boolean[1];
        store.write(dsg -> {
            existed[0] = dsg.containsGraph(name);
            dsg.removeGraph(name);
            dsg.addGraph(name, content);
            new CorpusLinks(pipeline.base()).recompute(dsg);
        });
        return existed[0];
    }

    /** The checks a text must pass before it is extracted. */
    public static void check(String id, String text) {
        if (!SourceText.isValidId(id)) {
            throw new RejectedTextException(
                    RejectedTextException.Reason.BAD_ID,
                    "The document id must be 1-128 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        if (text == null || text.isBlank()) {
            throw new RejectedTextException(RejectedTextException.Reason.EMPTY, "The text is empty or blank.");
        }
        if (text.length() > MAX_TEXT_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new RejectedTextException(
                    RejectedTextException.Reason.TOO_LARGE,
                    "The text is larger than the limit of " + MAX_TEXT_BYTES + " bytes (UTF-8).");
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new RejectedTextException(
                        RejectedTextException.Reason.BINARY, "The text contains NUL characters: it looks binary.");
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        // a stray control character survives copy and paste; more than 1 in 100 is not prose
        if (controls * 100L > text.length()) {
            throw new RejectedTextException(
                    RejectedTextException.Reason.BINARY,
                    "The text is " + controls + " control characters out of " + text.length() + ": it looks binary.");
        }
    }

    private static Map<String, Long> counts(Model model) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Resource kind : KINDS) {
            counts.put(kind.getLocalName(), (long)
                    model.listSubjectsWithProperty(RDF.type, kind).toList().size());
        }
        return counts;
    }

    private static List<Candidate> candidates(Model model) {
        List<Candidate> out = new ArrayList<>();
        for (Resource c :
                model.listSubjectsWithProperty(RDF.type, PKG.CandidateConcept).toList()) {
            String label = c.hasProperty(SKOS.prefLabel)
                    ? c.getProperty(SKOS.prefLabel).getString()
                    : null;
            out.add(new Candidate(c.getURI(), label));
        }
        out.sort(java.util.Comparator.comparing(Candidate::iri));
        return out;
    }
}
