package org.policykg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.policykg.extract.Metadata;
import org.policykg.extract.SourceText;
import org.policykg.ingest.Pipeline;
import org.policykg.ingest.SeedLoader;
import org.policykg.ingest.SourceFiles;
import org.policykg.ontology.OntologyFiles;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;

/** Shared fixtures: the seed essay, the test texts, and one pipeline (the ontology is read once). */
public final class TestData {
    public static final Path ESSAY = Path.of("seeds", "000_355858e11e4f93ed.txt");
    /** The development corpus, served as seeds beside the essay and scored by {@code evaluate}. */
    public static final Path DEV_CORPUS = Path.of("seeds", "devcorpus");

    public static final Path REGISTER_SAMPLE = Path.of("src", "test", "resources", "texts", "register-sample.txt");
    public static final OntologyFiles ONTOLOGY = OntologyFiles.load();
    public static final Pipeline PIPELINE = new Pipeline(ONTOLOGY, PKG.BASE);

    private TestData() {}

    public static SourceText read(Path file) {
        try {
            return SourceFiles.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Metadata sidecar(Path file) {
        try {
            return SourceFiles.sidecar(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Pipeline.DocumentGraph extract(Path file) {
        return PIPELINE.run(read(file), sidecar(file));
    }

    /**
     * A seed folder holding the essay alone (with its sidecar), for tests of seed loading that count
     * documents: the real seed folder also holds the development corpus.
     */
    public static Path essaySeedFolder(Path parent) throws IOException {
        Path folder = Files.createDirectories(parent.resolve("seeds"));
        Files.copy(ESSAY, folder.resolve(ESSAY.getFileName()));
        Path sidecar = SourceFiles.sidecarOf(ESSAY);
        Files.copy(sidecar, folder.resolve(sidecar.getFileName()));
        return folder;
    }

    /**
     * A TDB2 store in memory with its copy for queries, holding the ontology, the seed essay and the
     * register sample (not the development corpus, so that figures tests expect stay those of the
     * essay); the copy is current when this returns.
     */
    public static Tdb2GraphStore seededStoreWithCopy() throws IOException {
        Tdb2GraphStore store = Tdb2GraphStore.inMemory().withMemoryReplica(Long.MAX_VALUE);
        SeedLoader loader = new SeedLoader(PIPELINE, PKG.BASE);
        loader.loadOntology(store);
        loader.load(store, ESSAY);
        loader.load(store, REGISTER_SAMPLE);
        store.awaitMemoryReplica();
        return store;
    }

    /**
     * The files of queries/, in order, that have answers over {@link #seededStoreWithCopy}: not those
     * searching the full-text index (only the store has it), nor those reading the alignment of a
     * translation (the store holds no second language version of a work; TranslationQueriesTest runs
     * them over the corpus's translated pairs).
     */
    public static Stream<Path> exampleQueriesOverTheTestStore() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            files = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        return files.stream().filter(p -> {
            try {
                String query = Files.readString(p, StandardCharsets.UTF_8);
                return !query.contains("jena.apache.org/text#")
                        && !query.contains("pkg:alignedSentence")
                        && !query.contains("pkg:notFoundIn");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Non-comment lines of a TSV test resource. */
    public static List<String> expectedRows(String resource) {
        try {
            return Files.readAllLines(Path.of("src", "test", "resources", resource)).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
