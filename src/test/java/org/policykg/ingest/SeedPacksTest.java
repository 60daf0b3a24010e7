package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.TestData;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;

/** Seed graphs packed at build time, found by fingerprint, and the fingerprints a folder store keeps. */
class SeedPacksTest {
    private static final SeedFingerprint FINGERPRINT = SeedFingerprint.ofClassPath();
    private static final Node ESSAY_GRAPH = NodeFactory.createURI(PKG.BASE + "graph/doc/000_355858e11e4f93ed");

    @Test
    void aPackedGraphIsTheExtractedOne(@TempDir Path packs, @TempDir Path tmp) throws IOException {
        assertThat(SeedPacks.write(TestData.PIPELINE, FINGERPRINT, TestData.essaySeedFolder(tmp), packs))
                .isEqualTo(1);
        Graph packed = new SeedPacks(packs).find(fingerprintOf(TestData.ESSAY));
        assertThat(packed).isNotNull();
        assertThat(packed.isIsomorphicWith(
                        TestData.extract(TestData.ESSAY).model().getGraph()))
                .isTrue();
    }

    @Test
    void theLoaderTakesAPackWhoseFingerprintMatchesInsteadOfExtracting(@TempDir Path packs) throws IOException {
        // a pack that extraction could never give: if it is what gets stored, nothing was extracted
        Graph marker = GraphFactory.createDefaultGraph();
        marker.add(ESSAY_GRAPH, PKG.version.asNode(), NodeFactory.createLiteralString("packed"));
        try (OutputStream o = Files.newOutputStream(packs.resolve(fingerprintOf(TestData.ESSAY) + ".rt"))) {
            RDFDataMgr.write(o, marker, RDFFormat.RDF_THRIFT);
        }
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            new SeedLoader(TestData.PIPELINE, PKG.BASE, new SeedPacks(packs)).load(store, TestData.ESSAY);
            boolean stored = store.read(dsg -> dsg.getGraph(ESSAY_GRAPH).isIsomorphicWith(marker));
            assertThat(stored).isTrue();
        }
    }

    @Test
    void aChangedTextHasAnotherFingerprintSoItsPackIsNotUsed(@TempDir Path tmp) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Path file = seeds.resolve("doc.txt");
        Files.writeString(file, "Treating food security as the top priority.");
        Path packs = tmp.resolve("packs");
        SeedPacks.write(TestData.PIPELINE, FINGERPRINT, seeds, packs);
        String before = fingerprintOf(file);
        Files.writeString(file, "Treating energy security as the foundation.");
        assertThat(fingerprintOf(file)).isNotEqualTo(before);
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            new SeedLoader(TestData.PIPELINE, PKG.BASE, new SeedPacks(packs)).load(store, file);
            Node graph = NodeFactory.createURI(PKG.BASE + "graph/doc/doc");
            String all = store.read(dsg -> dsg.getGraph(graph).find().toList().toString());
            assertThat(all).contains("energy-security").doesNotContain("food-security");
        }
    }

    @Test
    void aRestartSkipsUnchangedSeedsButReloadsAGraphChangedSince(@TempDir Path data, @TempDir Path tmp)
            throws IOException {
        Path seeds = TestData.essaySeedFolder(tmp);
        SeedLoader loader = new SeedLoader(TestData.PIPELINE, PKG.BASE);
        long size;
        try (Tdb2GraphStore store = Tdb2GraphStore.open(data)) {
            loader.loadOntology(store);
            assertThat(loader.loadFolder(store, seeds)).isEqualTo(1);
            size = store.read(dsg -> (long) dsg.getGraph(ESSAY_GRAPH).size());
        }
        List<String> state = Files.readAllLines(data.resolve(SeedState.FILE));
        String essay = "graph/doc/000_355858e11e4f93ed=" + fingerprintOf(TestData.ESSAY) + " " + size;
        assertThat(state).anyMatch(line -> line.contains(essay));
        assertThat(state).anyMatch(line -> line.contains("graph/concepts="));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(data)) {
            assertThat(loader.loadFolder(store, seeds)).isZero();
            // a write behind the loader's back (as through the API) changes the graph's size
            store.update(dsg -> dsg.delete(
                    dsg.find(ESSAY_GRAPH, Node.ANY, Node.ANY, Node.ANY).next()));
        }
        try (Tdb2GraphStore store = Tdb2GraphStore.open(data)) {
            assertThat(loader.loadFolder(store, seeds)).isEqualTo(1);
            long restored = store.read(dsg -> (long) dsg.getGraph(ESSAY_GRAPH).size());
            assertThat(restored).isEqualTo(size);
        }
    }

    private static String fingerprintOf(Path file) throws IOException {
        SeedLoader.Input in = SeedLoader.Input.read(file);
        return FINGERPRINT.of(PKG.BASE, in.fileName(), in.text(), in.sidecar());
    }

    @Test
    void theFingerprintCoversTheExtractorsCode(@TempDir Path classes) throws IOException {
        Path rule =
                Files.createDirectories(classes.resolve("org/policykg/extract")).resolve("Rule.class");
        Files.write(rule, new byte[] {1, 2, 3});
        String before = SeedFingerprint.of(classes).of(PKG.BASE, "a.txt", new byte[] {1}, new byte[0]);
        Files.write(rule, new byte[] {1, 2, 4});
        String after = SeedFingerprint.of(classes).of(PKG.BASE, "a.txt", new byte[] {1}, new byte[0]);
        assertThat(after).isNotEqualTo(before);
        try (Stream<Path> s = Files.list(classes)) {
            assertThat(s.count()).isEqualTo(1);
        }
    }
}
