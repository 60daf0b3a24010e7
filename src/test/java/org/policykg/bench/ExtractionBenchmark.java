package org.policykg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.policykg.extract.ExtractedDocument;
import org.policykg.extract.GraphBuilder;
import org.policykg.extract.Metadata;
import org.policykg.extract.RuleExtractor;
import org.policykg.extract.SourceText;
import org.policykg.ingest.Pipeline;
import org.policykg.ingest.SourceFiles;
import org.policykg.ontology.OntologyFiles;
import org.policykg.ontology.ShapeValidator;
import org.policykg.vocab.PKG;

/**
 * Extracting the seed essay end to end, from its text in memory to the document graph, without and
 * with SHACL validation. Run with {@code ./mvnw -B -Pbench process-test-classes}; results and the
 * target (5 MB of raw text per second on one core without validation) are in
 * {@code docs/benchmarks-extraction.md}.
 *
 * <p>Each operation handles the whole essay once. Besides ops/s, every benchmark reports the
 * secondary result {@code :rawBytes}: UTF-8 bytes of raw text handled per second, so MB/s is that
 * figure divided by 10^6 (the same as ops/s times the essay's size in bytes). Reading the file and
 * decoding it happen once in the setup, as they do once per document in the CLI.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {
    /** The seed essay, relative to the project folder (the working directory of the run). */
    static final Path ESSAY = Path.of("seeds", "000_355858e11e4f93ed.txt");

    private RuleExtractor extractor;
    private GraphBuilder builder;
    private ShapeValidator validator;
    private Pipeline pipeline;
    private SourceText essay;
    private Metadata metadata;
    private long essayBytes;
    private Model essayGraph;

    /** Counts the raw text handled; JMH divides it by the measured time, giving bytes per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class RawText {
        public long rawBytes;

        @Setup(Level.Iteration)
        public void reset() {
            rawBytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        OntologyFiles ontology = OntologyFiles.load();
        extractor = new RuleExtractor(ontology.vocabulary());
        builder = new GraphBuilder(PKG.BASE);
        validator = new ShapeValidator(ontology);
        pipeline = new Pipeline(ontology, PKG.BASE);
        essay = SourceFiles.read(ESSAY);
        metadata = SourceFiles.sidecar(ESSAY);
        essayBytes = Files.size(ESSAY);
        // fail fast on a graph that breaks a shape: the benchmark measures the path that succeeds
        essayGraph = pipeline.run(essay, metadata).model();
    }

    /** (1) Reader, segmenter and every rule: the findings, no RDF yet. */
    @Benchmark
    public ExtractedDocument extract(RawText counter) {
        counter.rawBytes += essayBytes;
        return extractor.extract(essay, metadata);
    }

    /** (2) The findings turned into the document graph: end to end without validation. */
    @Benchmark
    public Model extractAndBuild(RawText counter) {
        counter.rawBytes += essayBytes;
        return builder.build(extractor.extract(essay, metadata));
    }

    /** (3) What the CLI and the seed loader run: extract, build, then SHACL validation. */
    @Benchmark
    public Pipeline.DocumentGraph pipeline(RawText counter) {
        counter.rawBytes += essayBytes;
        return pipeline.run(essay, metadata);
    }

    /** SHACL validation alone, of the essay's graph built once: the share of (3) that (2) lacks. */
    @Benchmark
    public boolean validateOnly(RawText counter) {
        counter.rawBytes += essayBytes;
        return validator.report(essayGraph.getGraph()).conforms();
    }
}
