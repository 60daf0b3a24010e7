package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policykg.TestData;
import org.policykg.extract.Metadata;
import org.policykg.ontology.ShapeValidator;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;

/**
 * Ingest into a real (in-memory) TDB2 store with its text index: a batch is one transaction, all or
 * nothing, and the links graph after any sequence of writes equals the one a full recomputation
 * gives, whether a write recomputed it or (touching no link) left it alone.
 */
@Tag("slow")
class DocumentIngestTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    private static final Node LINKS = NodeFactory.createURI(CorpusLinks.graphName(PKG.BASE));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentIngest ingest = new DocumentIngest(TestData.PIPELINE);

    private static DocumentIngest.Submission corpus(String id) {
        try {
            return new DocumentIngest.Submission(
                    id,
                    id + ".txt",
                    Files.readString(CORPUS.resolve(id + ".txt")),
                    MetadataJson.parse(JSON.readTree(Files.readString(CORPUS.resolve(id + ".meta.json")))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DocumentIngest.Submission plain(String id, String text) {
        return new DocumentIngest.Submission(id, null, text, Metadata.EMPTY);
    }

    private static GraphStore store() {
        GraphStore store = Tdb2GraphStore.inMemory();
        new SeedLoader(TestData.PIPELINE, PKG.BASE).loadOntology(store);
        return store;
    }

    private static long quads(GraphStore store) {
        return store.<Long>read(dsg -> dsg.stream().count());
    }

    private static Set<String> links(GraphStore store) {
        return store.read(
                dsg -> dsg.getGraph(LINKS).find().mapWith(Object::toString).toSet());
    }

    /** The links as stored, checked against a recomputation from the whole corpus. */
    private static Set<String> currentLinks(GraphStore store) {
        Set<String> stored = links(store);
        store.update(dsg -> new CorpusLinks(PKG.BASE).recompute(dsg));
        assertThat(stored).as("the stored links equal a full recomputation").isEqualTo(links(store));
        return stored;
    }

    private static Set<String> documents(GraphStore store) {
        return store.read(dsg -> {
            Set<String> out = new java.util.TreeSet<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().startsWith(PKG.BASE + "graph/doc/")) {
                    out.add(g.getURI().substring((PKG.BASE + "graph/doc/").length()));
                }
            });
            return out;
        });
    }

    private static List<String> search(GraphStore store, String q) {
        return store.read(dsg ->
                store
                        .textIndex()
                        .query(List.of(ResourceFactory.createProperty(PKG.text.getURI())), q, null, null, 10, null)
                        .stream()
                        .map(TextHit::getNode)
                        .map(Node::getURI)
                        .toList());
    }

    @Test
    void aBatchGivesTheSameGraphsAndLinksAsOneDocumentAtATime() {
        List<String> ids = List.of("commentary-2023", "study-outline-en", "study-outline-zh");
        Set<String> oneByOne;
        long quads;
        try (GraphStore store = store()) {
            for (String id : ids) {
                ingest.ingest(
                        store, id, id + ".txt", corpus(id).text(), corpus(id).metadata());
            }
            oneByOne = currentLinks(store);
            quads = quads(store);
        }
        assertThat(oneByOne).anyMatch(t -> t.contains("cites")).anyMatch(t -> t.contains("matchedPassage"));
        try (GraphStore store = store()) {
            long version = store.version();
            List<DocumentIngest.Result> results = ingest.ingestAll(
                    store, ids.stream().map(DocumentIngestTest::corpus).toList());
            assertThat(store.version()).as("one transaction").isEqualTo(version + 1);
            assertThat(results).extracting(DocumentIngest.Result::id).containsExactlyElementsOf(ids);
            assertThat(results).noneMatch(DocumentIngest.Result::replaced);
            assertThat(currentLinks(store)).isEqualTo(oneByOne);
            assertThat(quads(store)).isEqualTo(quads);

            // posted again, the same batch replaces each graph whole: nothing doubles
            assertThat(ingest.ingestAll(
                            store, ids.stream().map(DocumentIngestTest::corpus).toList()))
                    .allMatch(DocumentIngest.Result::replaced);
            assertThat(quads(store)).isEqualTo(quads);
            assertThat(currentLinks(store)).isEqualTo(oneByOne);
        }
    }

    @Test
    void writesThatTouchNoLinkLeaveThemAsAFullRecomputationWould() {
        try (GraphStore store = store()) {
            ingest.ingest(
                    store,
                    "commentary-2023",
                    null,
                    corpus("commentary-2023").text(),
                    corpus("commentary-2023").metadata());
            assertThat(currentLinks(store)).isEmpty(); // the cited document is not there yet
            ingest.ingest(
                    store,
                    "study-outline-en",
                    null,
                    corpus("study-outline-en").text(),
                    corpus("study-outline-en").metadata());
            Set<String> linked = currentLinks(store);
            assertThat(linked).isNotEmpty();

            // a document that neither cites nor is cited: added, replaced, deleted
            ingest.ingest(store, "unrelated", null, "Treating food security as the top priority.", Metadata.EMPTY);
            assertThat(currentLinks(store)).isEqualTo(linked);
            ingest.ingest(store, "unrelated", null, "Treating energy security as the foundation.", Metadata.EMPTY);
            assertThat(currentLinks(store)).isEqualTo(linked);
            assertThat(ingest.delete(store, "unrelated")).isTrue();
            assertThat(currentLinks(store)).isEqualTo(linked);

            // a second expression of the cited work: linked too, though its own graph cites nothing
            ingest.ingest(
                    store,
                    "study-outline-zh",
                    null,
                    corpus("study-outline-zh").text(),
                    corpus("study-outline-zh").metadata());
            Set<String> both = currentLinks(store);
            assertThat(both).hasSizeGreaterThan(linked.size());

            // the cited document replaced by a text under another title that identifies nothing: unlinked
            ingest.ingest(
                    store, "study-outline-en", null, "Treating food security as the top priority.", Metadata.EMPTY);
            assertThat(currentLinks(store)).isNotEqualTo(both);
            // the citing document removed: no link left
            assertThat(ingest.delete(store, "commentary-2023")).isTrue();
            assertThat(currentLinks(store)).isEmpty();
        }
    }

    @Test
    void aBatchWithOneBadDocumentStoresNothing() {
        try (GraphStore store = store()) {
            long version = store.version();
            long quads = quads(store);
            DocumentIngest.Submission good = plain("good", "Treating food security as the top priority.");
            DocumentIngest.Submission offScheme = new DocumentIngest.Submission(
                    "bad",
                    null,
                    "Treating energy security as the foundation.",
                    MetadataJson.parse(JSON.createObjectNode().put("documentType", "no-such-type")));
            assertThatThrownBy(() -> ingest.ingestAll(store, List.of(good, offScheme)))
                    .isInstanceOf(ShapeValidator.InvalidGraphException.class)
                    .hasMessageContaining("bad");
            assertThatThrownBy(() -> ingest.ingestAll(store, List.of(good, plain("blank", " \n"))))
                    .isInstanceOfSatisfying(
                            DocumentIngest.RejectedTextException.class,
                            e -> assertThat(e.reason()).isEqualTo(DocumentIngest.RejectedTextException.Reason.EMPTY))
                    .hasMessageStartingWith("Document 2 (blank): ");
            assertThatThrownBy(() -> ingest.ingestAll(store, List.of(good, plain("good", "Energy."))))
                    .isInstanceOfSatisfying(
                            DocumentIngest.RejectedTextException.class,
                            e -> assertThat(e.reason())
                                    .isEqualTo(DocumentIngest.RejectedTextException.Reason.DUPLICATE_ID));
            assertThat(store.version()).isEqualTo(version);
            assertThat(quads(store)).isEqualTo(quads);
            assertThat(documents(store)).isEmpty();
            assertThat(search(store, "food")).isEmpty();
        }
    }

    /** Past its time limit an ingest stops in its extraction, and stores nothing. */
    @Test
    void anIngestPastItsTimeLimitStoresNothing() {
        try (GraphStore store = store()) {
            long version = store.version();
            long started = System.nanoTime();
            assertThatThrownBy(() ->
                            ingest.ingestAll(store, List.of(corpus("commentary-2023")), java.time.Duration.ofMillis(1)))
                    .isInstanceOf(org.policykg.extract.Deadline.Exceeded.class);
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                    .isLessThan(java.time.Duration.ofSeconds(2));
            assertThat(store.version()).isEqualTo(version);
        }
    }

    @Test
    void aBatchIsBoundedInDocumentsAndInBytes() {
        try (GraphStore store = store()) {
            List<DocumentIngest.Submission> many = new ArrayList<>();
            for (int i = 0; i <= DocumentIngest.MAX_BATCH_DOCUMENTS; i++) {
                many.add(plain("d" + i, "Energy."));
            }
            assertThatThrownBy(() -> ingest.ingestAll(store, many))
                    .isInstanceOfSatisfying(
                            DocumentIngest.RejectedTextException.class,
                            e -> assertThat(e.reason())
                                    .isEqualTo(DocumentIngest.RejectedTextException.Reason.TOO_MANY));
            String half =
                    String.join("", Collections.nCopies(DocumentIngest.MAX_TEXT_BYTES / 20 + 1, "Energy matters.\n\n"));
            assertThatThrownBy(() -> ingest.ingestAll(store, List.of(plain("a", half), plain("b", half))))
                    .isInstanceOfSatisfying(
                            DocumentIngest.RejectedTextException.class,
                            e -> assertThat(e.reason())
                                    .isEqualTo(DocumentIngest.RejectedTextException.Reason.TOO_LARGE));
            assertThatThrownBy(() -> ingest.ingestAll(store, List.of()))
                    .isInstanceOf(DocumentIngest.RejectedTextException.class);
            assertThat(documents(store)).isEmpty();
        }
    }

    @Test
    void aReplacedDocumentLeavesNoOldSentenceInTheTextIndex() {
        try (GraphStore store = store()) {
            ingest.ingestAll(
                    store,
                    List.of(
                            plain("a", "Treating food security as the top priority."),
                            plain("b", "Treating energy security as the foundation.")));
            assertThat(search(store, "food")).hasSize(1);
            List<DocumentIngest.Result> again = ingest.ingestAll(
                    store,
                    List.of(
                            plain("a", "Treating water security as the lifeline."),
                            plain("c", "Treating grain security as the top priority.")));
            assertThat(again).extracting(DocumentIngest.Result::replaced).containsExactly(true, false);
            assertThat(search(store, "food")).isEmpty();
            assertThat(search(store, "water")).hasSize(1);
            assertThat(search(store, "energy")).hasSize(1);
            assertThat(documents(store)).containsExactly("a", "b", "c");
            assertThat(ingest.delete(store, "a")).isTrue();
            assertThat(search(store, "water")).isEmpty();
            assertThat(documents(store).stream().collect(Collectors.joining(",")))
                    .isEqualTo("b,c");
        }
    }
}
