package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.vocab.PKG;

class TextIndexStoreTest {
    private static final Node DOC = NodeFactory.createURI("https://example.org/graph/doc");
    private static final Node CONCEPTS = NodeFactory.createURI("https://example.org/graph/concepts");

    private static Graph turtle(String ttl) {
        return RDFParser.fromString(
                        "@prefix pkg: <" + PKG.NS + "> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                                + ttl,
                        Lang.TURTLE)
                .toGraph();
    }

    private static List<String> search(GraphStore store, String q) {
        return store.read(dsg -> store
                .textIndex()
                .query(
                        List.of(ResourceFactory.createProperty(PKG.text.getURI()), SKOS.prefLabel),
                        q,
                        null,
                        null,
                        10,
                        null)
                .stream()
                .map(TextHit::getNode)
                .map(Node::getURI)
                .toList());
    }

    @Test
    void indexesSentencesAndLabelsInEveryLanguageAndFollowsReplaceAndRemove() {
        try (GraphStore store = Tdb2GraphStore.inMemory()) {
            store.replaceGraph(
                    DOC, turtle("<https://example.org/s1> pkg:text \"We must safeguard food security.\"@en ."));
            store.replaceGraph(
                    CONCEPTS,
                    turtle(
                            "<https://example.org/c1> skos:prefLabel \"food security\"@en, \"粮食安全\"@zh, \"liángshí ānquán\"@zh-Latn-pinyin ."));
            assertThat(search(store, "safeguarding")).containsExactly("https://example.org/s1");
            assertThat(search(store, "安全")).containsExactly("https://example.org/c1");
            assertThat(search(store, "anquan")).containsExactly("https://example.org/c1");
            assertThat(search(store, "security"))
                    .containsExactlyInAnyOrder("https://example.org/s1", "https://example.org/c1");

            store.replaceGraph(DOC, turtle("<https://example.org/s2> pkg:text \"Energy matters.\"@en ."));
            assertThat(search(store, "safeguard")).isEmpty();
            assertThat(search(store, "energy")).containsExactly("https://example.org/s2");

            store.removeGraph(DOC);
            assertThat(search(store, "energy")).isEmpty();
            assertThat(search(store, "anquan")).containsExactly("https://example.org/c1");
        }
    }

    @Test
    void anAbortedWriteLeavesNoEntry() {
        try (GraphStore store = Tdb2GraphStore.inMemory()) {
            store.replaceGraph(DOC, turtle("<https://example.org/s1> pkg:text \"Energy matters.\"@en ."));
            assertThatThrownBy(() -> store.update(dsg -> {
                        dsg.removeGraph(DOC);
                        dsg.addGraph(DOC, turtle("<https://example.org/s9> pkg:text \"Grain reserves.\"@en ."));
                        throw new IllegalStateException("fails after writing");
                    }))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(search(store, "grain")).isEmpty();
            assertThat(search(store, "energy")).containsExactly("https://example.org/s1");
            // the index still takes writes after the rollback
            store.replaceGraph(DOC, turtle("<https://example.org/s3> pkg:text \"Grain reserves.\"@en ."));
            assertThat(search(store, "grain")).containsExactly("https://example.org/s3");
        }
    }

    @Test
    void theFastGraphWritesStoreWhatJenaTextWouldAndRollBackWithIt() {
        Graph doc = turtle("<https://example.org/s1> pkg:text \"Energy matters.\"@en ; pkg:index 1 ; a pkg:Sentence .\n"
                + "<https://example.org/c1> skos:prefLabel \"energy security\"@en ; skos:notation \"E1\" .");
        Set<Quad> expected;
        try (GraphStore store = Tdb2GraphStore.inMemory()) {
            store.update(dsg -> dsg.addGraph(DOC, doc));
            expected = store.read(dsg -> dsg.stream().collect(Collectors.toSet()));
        }
        try (GraphStore store = Tdb2GraphStore.inMemory()) {
            store.update(dsg -> TextIndexes.addGraph(dsg, DOC, doc));
            assertThat(store.<Set<Quad>>read(dsg -> dsg.stream().collect(Collectors.toSet())))
                    .isEqualTo(expected);
            assertThat(search(store, "energy"))
                    .containsExactlyInAnyOrder("https://example.org/s1", "https://example.org/c1");

            assertThatThrownBy(() -> store.update(dsg -> {
                        TextIndexes.removeGraph(dsg, DOC);
                        TextIndexes.addGraph(
                                dsg, DOC, turtle("<https://example.org/s9> pkg:text \"Grain reserves.\"@en ."));
                        throw new IllegalStateException("fails after writing");
                    }))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(store.<Set<Quad>>read(dsg -> dsg.stream().collect(Collectors.toSet())))
                    .isEqualTo(expected);
            assertThat(search(store, "grain")).isEmpty();
            assertThat(search(store, "energy")).hasSize(2);

            store.update(dsg -> TextIndexes.removeGraph(dsg, DOC));
            assertThat(store.<Boolean>read(dsg -> dsg.containsGraph(DOC))).isFalse();
            assertThat(search(store, "energy")).isEmpty();
        }
    }

    @Test
    void sparqlSeesTheUnionDefaultGraphAndTextQuery() {
        try (GraphStore store = Tdb2GraphStore.inMemory()) {
            store.replaceGraph(
                    DOC, turtle("<https://example.org/s1> pkg:text \"We must safeguard food security.\"@en ."));
            String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX pkg: <" + PKG.NS + ">\n"
                    + "SELECT ?s ?t { ?s text:query (pkg:text 'safeguards') . ?s pkg:text ?t }";
            List<String> rows = store.read(dsg -> {
                try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dsg))) {
                    List<String> subjects = new java.util.ArrayList<>();
                    qe.execSelect()
                            .forEachRemaining(
                                    r -> subjects.add(r.getResource("s").getURI()));
                    return subjects;
                }
            });
            assertThat(rows).containsExactly("https://example.org/s1");
        }
    }

    @Test
    void aFolderWithoutIndexGetsItBuiltOnOpenAndTheIndexSurvivesARestart(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("tdb");
        try (GraphStore store = Tdb2GraphStore.open(data)) {
            store.replaceGraph(DOC, turtle("<https://example.org/s1> pkg:text \"Energy matters.\"@en ."));
        }
        try (GraphStore store = Tdb2GraphStore.open(data)) {
            assertThat(search(store, "energy")).containsExactly("https://example.org/s1");
        }
        try (GraphStore store = Tdb2GraphStore.open(data)) {
            // a second open in the same JVM writes through its own index, not the closed one
            store.replaceGraph(DOC, turtle("<https://example.org/s2> pkg:text \"Grain reserves.\"@en ."));
            assertThat(search(store, "grain")).containsExactly("https://example.org/s2");
        }
        try (Stream<Path> files = Files.walk(data.resolve(Tdb2GraphStore.TEXT_INDEX))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (GraphStore store = Tdb2GraphStore.open(data)) {
            assertThat(search(store, "grain")).containsExactly("https://example.org/s2");
            assertThat(search(store, "energy")).isEmpty();
        }
    }
    /** A read that fails while a write runs leaves the write, and the text index it feeds, whole. */
    @Test
    void aFailingReadDoesNotSpoilAConcurrentWrite() throws Exception {
        try (GraphStore store = Tdb2GraphStore.inMemory()) {
            java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch readFailed = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CompletableFuture<Void> write =
                    java.util.concurrent.CompletableFuture.runAsync(() -> store.write(dsg -> {
                        writing.countDown();
                        try {
                            readFailed.await();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        dsg.add(
                                DOC,
                                NodeFactory.createURI("https://example.org/s9"),
                                PKG.text.asNode(),
                                NodeFactory.createLiteralLang("Water security matters.", "en"));
                        return null;
                    }));
            writing.await();
            try {
                store.read(dsg -> {
                    throw new IllegalStateException("a query that fails");
                });
            } catch (IllegalStateException expected) {
                // the read's own failure
            }
            readFailed.countDown();
            write.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(search(store, "water")).containsExactly("https://example.org/s9");
        }
    }
}
