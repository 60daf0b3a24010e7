package org.policykg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Extracting the seed essay, and a Chinese document of about as many characters, end to end, from its
 * text in memory to the document graph, without and with SHACL validation, on one thread. Run with {@code ./mvnw -B -Pbench process-test-classes};
 * the figures and the target (5 MB of raw text per second on one core without validation) are in
 * BENCHMARKS.md, and the method in src/site/markdown/extractor.md ("Speed").
 *
 * <p>Each operation handles the whole essay once. Besides ops/s, every benchmark reports the
 * secondary result {@code :rawMB}: megabytes (10^6 bytes of UTF-8) of raw text handled per second,
 * which is ops/s times the essay's size in bytes / 10^6, {@code :rawMBPerCpuSecond}, the same per
 * second of the benchmark thread's CPU time (the fair figure on a machine other processes share), and
 * {@code :rawChars} and {@code :rawCharsPerCpuSecond}, characters (code points) per second: the figure that compares the two languages,
 * as a Chinese character takes three bytes of UTF-8 and says what four or five English ones do; and
 * {@code :statementsPerCpuSecond}, the document's findings (statements and mentions) per CPU second, as a
 * Chinese character yields several times the findings of an English one. The
 * Chinese document ({@code *Chinese} benchmarks) is the Chinese texts of the development corpus, one
 * after another, repeated to about the essay's length in characters. Reading the file and decoding it happen once
 * in the setup, as they do once per document in the CLI.
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

    /** The Chinese texts of the development corpus, relative to the project folder. */
    static final Path DEV_CORPUS = Path.of("seeds", "devcorpus");

    private RuleExtractor extractor;
    private GraphBuilder builder;
    private ShapeValidator validator;
    private Pipeline pipeline;
    private SourceText essay;
    private Metadata metadata;
    private double essayMB;
    private long essayChars;
    private SourceText chinese;
    private double chineseMB;
    private long chineseChars;
    private int chineseStatements;
    private int essayStatements;
    private Model essayGraph;
    private ExtractedDocument essayFindings;

    /** Counts the raw text handled; JMH divides it by the measured (wall-clock) time, giving MB per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class RawText {
        public double rawMB;
        public double rawChars;

        @Setup(Level.Iteration)
        public void reset() {
            rawMB = 0;
            rawChars = 0;
        }

        void handled(double mb, long chars) {
            rawMB += mb;
            rawChars += chars;
        }
    }

    /**
     * MB of raw text per second of the benchmark thread's own CPU time: on a shared machine the wall
     * clock also counts the time other processes hold the core, this figure does not. JMH divides an
     * OPERATIONS counter by the iteration's wall-clock time, so the counter holds MB scaled by wall
     * time over CPU time since the iteration began; the division leaves MB per CPU second.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        public double rawMBPerCpuSecond;
        public double rawCharsPerCpuSecond;
        public double statementsPerCpuSecond;
        private double mb;
        private double chars;
        private double statements;
        private long cpuStart;
        private long wallStart;

        @Setup(Level.Iteration)
        public void reset() {
            mb = 0;
            chars = 0;
            statements = 0;
            rawMBPerCpuSecond = 0;
            rawCharsPerCpuSecond = 0;
            statementsPerCpuSecond = 0;
            // fixtures of a thread's state run on that thread, so this is the benchmark thread's clock
            cpuStart = THREADS.getCurrentThreadCpuTime();
            wallStart = System.nanoTime();
        }

        void handled(double documentMB, long documentChars, int documentStatements) {
            mb += documentMB;
            chars += documentChars;
            statements += documentStatements;
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            long wall = System.nanoTime() - wallStart;
            rawMBPerCpuSecond = cpu > 0 ? mb * wall / cpu : 0;
            rawCharsPerCpuSecond = cpu > 0 ? chars * wall / cpu : 0;
            statementsPerCpuSecond = cpu > 0 ? statements * wall / cpu : 0;
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
        essayMB = Files.size(ESSAY) / 1e6;
        essayChars = essay.codePointLength();
        chinese = new SourceText("zh-bench", null, chineseDocument(essayChars));
        chineseMB = chinese.text().getBytes(StandardCharsets.UTF_8).length / 1e6;
        chineseChars = chinese.codePointLength();
        pipeline.run(chinese, Metadata.EMPTY);
        // fail fast on a graph that breaks a shape: the benchmark measures the path that succeeds
        essayGraph = pipeline.run(essay, metadata).model();
        essayFindings = extractor.extract(essay, metadata);
        essayStatements = essayFindings.findings().size();
        chineseStatements =
                extractor.extract(chinese, Metadata.EMPTY).findings().size();
    }

    /** (1) Reader, segmenter and every rule: the findings, no RDF yet. */
    @Benchmark
    public ExtractedDocument extract(RawText counter, CpuTime cpu) {
        counter.handled(essayMB, essayChars);
        cpu.handled(essayMB, essayChars, essayStatements);
        return extractor.extract(essay, metadata);
    }

    /** (2) Raw text to the document graph: end to end <b>without validation</b>, the figure of the 5 MB/s target. */
    @Benchmark
    public Model endToEnd(RawText counter, CpuTime cpu) {
        counter.handled(essayMB, essayChars);
        cpu.handled(essayMB, essayChars, essayStatements);
        return builder.build(extractor.extract(essay, metadata));
    }

    /** (3) End to end <b>with SHACL validation</b>: what the CLI and the seed loader run. */
    @Benchmark
    public Pipeline.DocumentGraph endToEndValidated(RawText counter, CpuTime cpu) {
        counter.handled(essayMB, essayChars);
        cpu.handled(essayMB, essayChars, essayStatements);
        return pipeline.run(essay, metadata);
    }

    /** (1) for the Chinese document. */
    @Benchmark
    public ExtractedDocument extractChinese(RawText counter, CpuTime cpu) {
        counter.handled(chineseMB, chineseChars);
        cpu.handled(chineseMB, chineseChars, chineseStatements);
        return extractor.extract(chinese, Metadata.EMPTY);
    }

    /** (2) for the Chinese document. */
    @Benchmark
    public Model endToEndChinese(RawText counter, CpuTime cpu) {
        counter.handled(chineseMB, chineseChars);
        cpu.handled(chineseMB, chineseChars, chineseStatements);
        return builder.build(extractor.extract(chinese, Metadata.EMPTY));
    }

    /** (3) for the Chinese document. */
    @Benchmark
    public Pipeline.DocumentGraph endToEndValidatedChinese(RawText counter, CpuTime cpu) {
        counter.handled(chineseMB, chineseChars);
        cpu.handled(chineseMB, chineseChars, chineseStatements);
        return pipeline.run(chinese, Metadata.EMPTY);
    }

    /** The Chinese texts of the development corpus in name order, repeated until they reach {@code chars}. */
    static String chineseDocument(long chars) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(DEV_CORPUS)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("zh-.*\\.txt"))
                    .sorted()
                    .toList()) {
                all.append(Files.readString(f)).append("\n\n");
            }
        }
        if (all.length() == 0) {
            throw new IOException("No Chinese text (zh-*.txt) in " + DEV_CORPUS);
        }
        StringBuilder doc = new StringBuilder();
        while (doc.codePointCount(0, doc.length()) < chars) {
            doc.append(all);
        }
        return doc.toString();
    }

    /** The graph alone, from the essay's findings extracted once: the share of (2) that (1) lacks. */
    @Benchmark
    public Model buildOnly() {
        return builder.build(essayFindings);
    }

    /** SHACL validation alone, of the essay's graph built once: the share of (3) that (2) lacks. */
    @Benchmark
    public boolean validateOnly(RawText counter) {
        counter.handled(essayMB, essayChars);
        return validator.report(essayGraph.getGraph()).conforms();
    }
}
