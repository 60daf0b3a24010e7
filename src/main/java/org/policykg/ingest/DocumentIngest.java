package org.policykg.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.align.TranslationAlignments;
import org.policykg.curation.Decisions;
import org.policykg.extract.Deadline;
import org.policykg.extract.Metadata;
import org.policykg.extract.SourceText;
import org.policykg.extract.TextLanguage;
import org.policykg.store.GraphStore;
import org.policykg.store.TextIndexes;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.policykg.vocab.StatementKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts one document's text into the store as its named graph, replacing any earlier version. Used by
 * {@code POST /api/documents} and the CLI's {@code load}. Every check runs before the store is
 * touched, and the replacement is one transaction, so a refused text changes nothing.
 */
public final class DocumentIngest {
    private static final Logger log = LoggerFactory.getLogger(DocumentIngest.class);

    /**
     * The largest text taken, in UTF-8 bytes: several times the longest policy document seen, and what
     * the service's 256 MB heap is measured to extract (a 2 MB text exhausted it, BENCHMARKS.md).
     */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;

    /** The most documents taken in one batch ({@link #ingestAll}). */
    public static final int MAX_BATCH_DOCUMENTS = 500;

    /** How long the server lets one request's extraction and checks run before it answers 503. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(180);

    /** A candidate concept or role the document's graph defines. */
    public record Candidate(String iri, String label) {}

    /**
     * @param replaced whether a graph of this document was there before
     * @param counts statements by kind (local name of the class), every {@link StatementKind} present
     * @param reading the language the text was read as, with a warning when the extractor does not read it
     * @param warnings what the extractor did not understand and what it introduced, for a curator
     */
    public record Result(
            String id,
            String documentIri,
            String graphName,
            long triples,
            boolean replaced,
            Map<String, Long> counts,
            List<Candidate> candidates,
            List<Candidate> candidateRoles,
            TextLanguage.Reading reading,
            List<IngestWarning> warnings) {}

    /** A text refused before extraction; {@link #reason()} says which check failed. */
    public static final class RejectedTextException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** Why a text was refused. */
        public enum Reason {
            BAD_ID,
            EMPTY,
            BINARY,
            TOO_LARGE,
            /** a batch with more documents than {@link #MAX_BATCH_DOCUMENTS} */
            TOO_MANY,
            /** a batch with two documents of one id */
            DUPLICATE_ID,
            /** a file that is not of the format it was sent as (a PDF that does not parse) */
            UNREADABLE,
            /** a PDF whose pages have no text (a scan) */
            NO_TEXT_LAYER,
            /** a PDF that needs a password or forbids copying its text */
            ENCRYPTED,
            /** an HTML page with nothing left once its navigation and furniture are set aside */
            NO_MAIN_TEXT;

            /** Whether the text arrived whole but cannot be read: a 422 rather than a 400. */
            public boolean unreadable() {
                return this == UNREADABLE || this == NO_TEXT_LAYER || this == ENCRYPTED || this == NO_MAIN_TEXT;
            }
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

    /**
     * One document to ingest: its id, the file it came from (or null), its text and given metadata,
     * and the file the text was converted from (a PDF, an HTML page), or null.
     */
    public record Submission(String id, String fileName, String text, Metadata metadata, SourceText.Original original) {
        public Submission(String id, String fileName, String text, Metadata metadata) {
            this(id, fileName, text, metadata, null);
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
        return ingestAll(store, List.of(new Submission(id, fileName, text, metadata)))
                .get(0);
    }

    /**
     * Several documents in one write transaction: all are stored, or (when one fails a check or a
     * shape) none. One transaction instead of one per document is what makes a batch cheaper: TDB2
     * copies each index block it changes once per transaction, and syncs its files and the text
     * index once per commit. Extraction and validation run in parallel before the store is touched.
     *
     * @return one result per submission, in order
     * @throws RejectedTextException when a batch is too large, holds an id twice, or an id or text
     *     fails a check (the message names the document)
     * @throws org.policykg.ontology.ShapeValidator.InvalidGraphException when a graph breaks a shape
     */
    public List<Result> ingestAll(GraphStore store, List<Submission> submissions) {
        return ingestAll(store, submissions, null);
    }

    /**
     * As {@link #ingestAll(GraphStore, List)}, with a time limit for extracting and checking the
     * texts: past it, {@link Deadline.Exceeded} is thrown and nothing is stored. Storing, once
     * begun, is not stopped (it holds the write lock for the size of the graphs only).
     *
     * @param limit null: none
     */
    public List<Result> ingestAll(GraphStore store, List<Submission> submissions, Duration limit) {
        checkBatch(submissions);
        long start = System.nanoTime();
        long deadline = limit == null ? Long.MAX_VALUE : start + limit.toNanos();
        List<Pipeline.DocumentGraph> graphs = extractAll(submissions, curation(store), limit == null ? null : deadline);
        if (limit != null) {
            Deadline.check(deadline);
        }
        long extracted = System.nanoTime();
        // the curator's decisions rewrite the graphs as they are stored: the results describe what was
        boolean[] replaced = write(store, graphs);
        List<Result> results = new ArrayList<>(graphs.size());
        for (int i = 0; i < graphs.size(); i++) {
            Pipeline.DocumentGraph g = graphs.get(i);
            Model model = g.model();
            String id = submissions.get(i).id();
            log.info(
                    "{} document {} ({} triples) into <{}>",
                    replaced[i] ? "Replaced" : "Added",
                    id,
                    model.size(),
                    g.graphName());
            Map<String, Long> counts = counts(model);
            List<Candidate> concepts = candidates(model, PKG.CandidateConcept);
            List<Candidate> roles = candidates(model, PKG.CandidateRole);
            TextLanguage.Reading reading = reading(submissions.get(i));
            List<IngestWarning> warnings = IngestWarning.of(reading.warning(), counts, concepts, roles);
            log(warnings, "Document " + id);
            results.add(new Result(
                    id,
                    g.documentIri(),
                    g.graphName(),
                    model.size(),
                    replaced[i],
                    counts,
                    concepts,
                    roles,
                    reading,
                    warnings));
        }
        if (submissions.size() > 1) {
            log.info(
                    "Ingested {} documents in one transaction: extraction and SHACL {} ms, store {} ms",
                    submissions.size(),
                    (extracted - start) / 1_000_000,
                    (System.nanoTime() - extracted) / 1_000_000);
        }
        return results;
    }

    /**
     * The warnings of a document's graph, as {@link Result#warnings()}: for {@code extract}, which
     * builds graphs without a store.
     */
    public static List<IngestWarning> warnings(Model model, TextLanguage.Reading reading) {
        return IngestWarning.of(
                reading.warning(),
                counts(model),
                candidates(model, PKG.CandidateConcept),
                candidates(model, PKG.CandidateRole));
    }

    /** What was not understood as a warning, what was introduced as information, each prefixed by {@code what}. */
    public static void log(List<IngestWarning> warnings, String what) {
        for (IngestWarning w : warnings) {
            if (w.notUnderstood()) {
                log.warn("{}: {}", what, w.message());
            } else {
                log.info("{}: {}", what, w.message());
            }
        }
    }

    /** A text in a language the rules do not read is stored all the same: its structure is still of use. */
    private static TextLanguage.Reading reading(Submission s) {
        return TextLanguage.of(s.text());
    }

    /** @return whether the document was there to remove */
    public boolean delete(GraphStore store, String id) {
        if (!SourceText.isValidId(id)) {
            return false; // no graph can carry an invalid id
        }
        Node name = NodeFactory.createURI(pipeline.graphName(id));
        return store.write(dsg -> {
            boolean existed = dsg.containsGraph(name);
            if (existed) {
                CorpusLinks links = new CorpusLinks(pipeline.base());
                boolean touches = links.touches(dsg, name);
                TextIndexes.removeGraph(dsg, name);
                if (touches) {
                    links.recompute(dsg);
                }
            }
            return existed;
        });
    }

    /**
     * Replaces a document's graph and, if either version can change them, recomputes the links
     * between documents, in one transaction.
     *
     * @return whether a graph of that name was there before
     */
    public boolean replace(GraphStore store, Node name, Graph content) {
        return write(
                store,
                new ArrayList<>(List.of(
                        new Pipeline.DocumentGraph(null, name.getURI(), ModelFactory.createModelForGraph(content)))))[
                0];
    }

    /**
     * Replaces each document's graph, written as the curator's decisions say ({@link Decisions}: each
     * entry of {@code graphs} becomes the graph as stored), and, when one of them before or after can
     * change the links between documents ({@link CorpusLinks#touches}), recomputes those, all in one
     * transaction.
     *
     * @return for each graph, whether a graph of that name was there before
     */
    private boolean[] write(GraphStore store, List<Pipeline.DocumentGraph> graphs) {
        /** What the transaction did and when its parts ended, for the debug line. */
        record Written(boolean[] existed, boolean recomputed, long graphsWritten, long linksDone) {}
        long start = System.nanoTime();
        Written w = store.write(dsg -> {
            boolean[] existed = new boolean[graphs.size()];
            CorpusLinks links = new CorpusLinks(pipeline.base());
            Decisions decisions = Decisions.read(dsg, new Iris(pipeline.base()));
            boolean touches = false;
            for (int i = 0; i < graphs.size(); i++) {
                Pipeline.DocumentGraph built = graphs.get(i);
                Graph curated = decisions.apply(built.model().getGraph());
                if (curated != built.model().getGraph()) {
                    graphs.set(
                            i,
                            new Pipeline.DocumentGraph(
                                    built.documentIri(), built.graphName(), ModelFactory.createModelForGraph(curated)));
                }
                Node name = NodeFactory.createURI(graphs.get(i).graphName());
                existed[i] = dsg.containsGraph(name);
                if (existed[i]) {
                    touches |= links.touches(dsg, name);
                    TextIndexes.removeGraph(dsg, name);
                }
                TextIndexes.addGraph(dsg, name, graphs.get(i).model().getGraph());
            }
            // after every graph is in: a document of the batch may share its work with another
            for (int i = 0; i < graphs.size() && !touches; i++) {
                touches = links.touches(dsg, NodeFactory.createURI(graphs.get(i).graphName()));
            }
            long graphsWritten = System.nanoTime();
            if (touches) {
                links.recompute(dsg);
            }
            // a translation posted beside its original (same work, other language) is aligned with it
            String documentGraphs = new Iris(pipeline.base()).documentGraphNamespace();
            TranslationAlignments.alignWithOtherExpressions(
                    dsg,
                    new Iris(pipeline.base()),
                    graphs.stream()
                            .map(Pipeline.DocumentGraph::graphName)
                            .filter(g -> g.startsWith(documentGraphs))
                            .map(g -> g.substring(documentGraphs.length()))
                            .toList(),
                    false);
            return new Written(existed, touches, graphsWritten, System.nanoTime());
        });
        if (log.isDebugEnabled()) {
            long end = System.nanoTime();
            log.debug(
                    "{} graph(s) written in {} ms, links {} ({} ms), commit {} ms",
                    graphs.size(),
                    (w.graphsWritten() - start) / 1_000_000,
                    w.recomputed() ? "recomputed" : "unchanged",
                    (w.linksDone() - w.graphsWritten()) / 1_000_000,
                    (end - w.linksDone()) / 1_000_000);
        }
        return w.existed();
    }

    /** Extraction and SHACL for each submission, in parallel; the first failure in order is thrown. */
    /** A copy of the store's curation graph: the accepted members and merged labels the extractor is to know. */
    private Graph curation(GraphStore store) {
        Node name = NodeFactory.createURI(new Iris(pipeline.base()).curationGraph());
        return store.read(dsg -> {
            Graph copy = GraphFactory.createGraphMem();
            if (dsg.containsGraph(name)) {
                dsg.getGraph(name).find().forEachRemaining(copy::add);
            }
            return copy;
        });
    }

    /** @param deadline when extraction must stop ({@link System#nanoTime()}); null: no limit */
    private List<Pipeline.DocumentGraph> extractAll(List<Submission> submissions, Graph curation, Long deadline) {
        List<Object> outcomes = IntStream.range(0, submissions.size())
                .parallel()
                .mapToObj(i -> {
                    Submission s = submissions.get(i);
                    try {
                        SourceText source = new SourceText(s.id(), s.fileName(), s.text(), s.original());
                        return deadline == null
                                ? (Object) pipeline.run(source, s.metadata(), curation)
                                : Deadline.within(
                                        deadline, () -> (Object) pipeline.run(source, s.metadata(), curation));
                    } catch (RuntimeException e) {
                        return e;
                    }
                })
                .toList();
        List<Pipeline.DocumentGraph> graphs = new ArrayList<>(outcomes.size());
        for (Object o : outcomes) {
            if (o instanceof RuntimeException e) {
                throw e;
            }
            graphs.add((Pipeline.DocumentGraph) o);
        }
        return graphs;
    }

    /** The checks of {@link #check} for each document, and those of a batch as a whole. */
    private static void checkBatch(List<Submission> submissions) {
        if (submissions.isEmpty()) {
            throw new RejectedTextException(RejectedTextException.Reason.EMPTY, "There is no document to ingest.");
        }
        if (submissions.size() > MAX_BATCH_DOCUMENTS) {
            throw new RejectedTextException(
                    RejectedTextException.Reason.TOO_MANY,
                    "A batch takes at most " + MAX_BATCH_DOCUMENTS + " documents, not " + submissions.size() + ".");
        }
        boolean batch = submissions.size() > 1;
        Set<String> ids = new HashSet<>();
        long bytes = 0;
        for (int i = 0; i < submissions.size(); i++) {
            Submission s = submissions.get(i);
            try {
                check(s.id(), s.text());
            } catch (RejectedTextException e) {
                throw batch ? new RejectedTextException(e.reason(), which(i, s) + e.getMessage()) : e;
            }
            if (!ids.add(s.id())) {
                throw new RejectedTextException(
                        RejectedTextException.Reason.DUPLICATE_ID,
                        which(i, s) + "the id " + s.id() + " is given twice in the batch.");
            }
            bytes += s.text().getBytes(StandardCharsets.UTF_8).length;
        }
        // a batch's graphs are all held in memory until its commit: as much as one text at the limit
        if (bytes > MAX_TEXT_BYTES) {
            throw new RejectedTextException(
                    RejectedTextException.Reason.TOO_LARGE,
                    "The texts of a batch are larger together than the limit of " + MAX_TEXT_BYTES + " bytes (UTF-8).");
        }
    }

    private static String which(int index, Submission s) {
        return "Document " + (index + 1) + (SourceText.isValidId(s.id()) ? " (" + s.id() + ")" : "") + ": ";
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
        for (StatementKind kind : StatementKind.ALL) {
            counts.put(kind.className(), (long) model.listSubjectsWithProperty(RDF.type, kind.type())
                    .toList()
                    .size());
        }
        return counts;
    }

    /** The candidates of one class (concepts, roles) the document's graph defines, for a curator. */
    private static List<Candidate> candidates(Model model, Resource kind) {
        List<Candidate> out = new ArrayList<>();
        for (Resource c : model.listSubjectsWithProperty(RDF.type, kind).toList()) {
            String label = c.hasProperty(SKOS.prefLabel)
                    ? c.getProperty(SKOS.prefLabel).getString()
                    : null;
            out.add(new Candidate(c.getURI(), label));
        }
        out.sort(java.util.Comparator.comparing(Candidate::iri));
        return out;
    }
}
