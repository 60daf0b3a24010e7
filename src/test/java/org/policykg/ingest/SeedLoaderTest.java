package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.TestData;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;

/** Loading into TDB2 on disk: one graph per document, idempotent across restarts. */
@Tag("slow")
class SeedLoaderTest {
    private final SeedLoader loader = new SeedLoader(TestData.PIPELINE, PKG.BASE);

    @Test
    void aRestartNeitherLosesNorDuplicatesAnything(@TempDir Path data, @TempDir Path tmp) throws IOException {
        Path seeds = TestData.essaySeedFolder(tmp);
        long quads;
        try (Tdb2GraphStore store = Tdb2GraphStore.open(data)) {
            loader.loadOntology(store);
            assertThat(loader.loadFolder(store, seeds)).isEqualTo(1);
            quads = store.read(dsg -> dsg.stream().count());
        }
        try (Tdb2GraphStore store = Tdb2GraphStore.open(data)) {
            loader.loadOntology(store);
            assertThat(loader.loadFolder(store, seeds)).isZero();
            long after = store.read(dsg -> dsg.stream().count());
            assertThat(after).isEqualTo(quads);
        }
    }

    @Test
    void aSubFolderOfTheSeedsIsLoadedToo(@TempDir Path seeds) throws IOException {
        // a collection kept apart in a sub-folder, as the development corpus is in seeds/devcorpus
        Files.writeString(seeds.resolve("top.txt"), "Treating food security as the top priority.");
        Path sub = Files.createDirectories(seeds.resolve("collection"));
        Files.writeString(sub.resolve("inner.txt"), "Treating energy security as the foundation.");
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            assertThat(loader.loadFolder(store, seeds)).isEqualTo(2);
            boolean both = store.read(dsg -> dsg.containsGraph(NodeFactory.createURI(PKG.BASE + "graph/doc/top"))
                    && dsg.containsGraph(NodeFactory.createURI(PKG.BASE + "graph/doc/inner")));
            assertThat(both).isTrue();
        }
    }

    @Test
    void aSeedGraphChangedInTheStoreIsLoadedAgainAtTheNextStart(@TempDir Path data) throws IOException {
        Node essay = NodeFactory.createURI(PKG.BASE + "graph/doc/000_355858e11e4f93ed");
        long size;
        try (Tdb2GraphStore store = Tdb2GraphStore.open(data)) {
            loader.load(store, TestData.ESSAY);
            size = store.read(dsg -> (long) dsg.getGraph(essay).size());
            // the quad index's count, without decoding terms, is the graph's size
            assertThat(store.graphSize(essay)).isEqualTo(size).isPositive();
            assertThat(store.graphSize(NodeFactory.createURI("urn:test:no-such-graph")))
                    .isZero();
            // a client's update removes one triple of the seed's graph
            store.update(dsg ->
                    dsg.delete(dsg.find(essay, Node.ANY, Node.ANY, Node.ANY).next()));
        }
        try (Tdb2GraphStore store = Tdb2GraphStore.open(data)) {
            assertThat(store.graphSize(essay)).isEqualTo(size - 1);
            assertThat(loader.load(store, TestData.ESSAY)).isTrue();
            assertThat(store.graphSize(essay)).isEqualTo(size);
        }
    }

    @Test
    void eachDocumentGetsItsOwnNamedGraph(@TempDir Path data) throws IOException {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(data)) {
            loader.load(store, TestData.ESSAY);
            loader.load(store, TestData.REGISTER_SAMPLE);
            Node essay = NodeFactory.createURI(PKG.BASE + "graph/doc/000_355858e11e4f93ed");
            Node sample = NodeFactory.createURI(PKG.BASE + "graph/doc/register-sample");
            boolean both = store.read(dsg -> dsg.containsGraph(essay) && dsg.containsGraph(sample));
            long size = store.read(dsg -> (long) dsg.getGraph(essay).size());
            assertThat(both).isTrue();
            assertThat(size).isEqualTo(TestData.extract(TestData.ESSAY).model().size());
        }
    }

    @Test
    void aChangedSourceReplacesItsGraphWhole(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("doc.txt");
        Files.writeString(
                file, "Treating food security as the top priority. Treating energy security as the foundation.");
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            loader.load(store, file);
            Files.writeString(file, "Treating food security as the top priority.");
            assertThat(loader.load(store, file)).isTrue();
            Node graph = NodeFactory.createURI(PKG.BASE + "graph/doc/doc");
            String all = store.read(dsg -> dsg.getGraph(graph).find().toList().toString());
            assertThat(all).contains("food-security").doesNotContain("energy-security");
        }
    }
}
