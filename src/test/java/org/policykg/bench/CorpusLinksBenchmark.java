package org.policykg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.policykg.extract.SourceText;
import org.policykg.ingest.CorpusLinks;
import org.policykg.ingest.DocumentIngest;
import org.policykg.ingest.Pipeline;
import org.policykg.ingest.SeedLoader;
import org.policykg.ingest.SourceFiles;
import org.policykg.ontology.OntologyFiles;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;

/**
 * What every ingest and delete adds to its write transaction: recomputing the links graph over a
 * corpus of the seed essay, the test corpus's study outline (English and Chinese) and {@code citing}
 * copies of its commentary, each citing and quoting the outline. Run with
 * {@code ./mvnw -B -Pbench process-test-classes -Djmh.args=CorpusLinksBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class CorpusLinksBenchmark {
    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

    @Param({"10", "50"})
    public int citing;

    private GraphStore store;
    private CorpusLinks links;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Pipeline pipeline = new Pipeline(OntologyFiles.load(), PKG.BASE);
        DocumentIngest ingest = new DocumentIngest(pipeline);
        store = Tdb2GraphStore.inMemory();
        SeedLoader seeds = new SeedLoader(pipeline, PKG.BASE);
        seeds.loadOntology(store);
        seeds.load(store, ExtractionBenchmark.ESSAY);
        for (String id : new String[] {"study-outline-en", "study-outline-zh"}) {
            add(ingest, id, id);
        }
        for (int i = 0; i < citing; i++) {
            add(ingest, "commentary-2023", "commentary-" + i);
        }
        links = new CorpusLinks(PKG.BASE);
    }

    private void add(DocumentIngest ingest, String file, String id) throws IOException {
        Path text = CORPUS.resolve(file + ".txt");
        SourceText source = SourceFiles.read(text);
        ingest.ingest(store, id, source.fileName(), source.text(), SourceFiles.sidecar(text));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
    }

    /** One recomputation, committed: the links graph is replaced by the same triples. */
    @Benchmark
    public long recompute() {
        return store.write(links::recompute);
    }
}
