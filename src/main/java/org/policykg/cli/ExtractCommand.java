package org.policykg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.policykg.extract.Metadata;
import org.policykg.extract.SourceText;
import org.policykg.extract.TextLanguage;
import org.policykg.ingest.DocumentIngest;
import org.policykg.ingest.IngestWarning;
import org.policykg.ingest.Pipeline;
import org.policykg.ingest.SourceFiles;
import org.policykg.ontology.OntologyFiles;
import org.policykg.ontology.ShapeValidator;
import org.policykg.vocab.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract FILE... [-o OUT]}: raw text files to a validated graph, without a store. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract raw text files into RDF: Turtle (one merged graph) or N-Quads (one graph per document), "
                + "chosen by the extension of -o (.ttl, .nq, .nt); Turtle on standard output without -o.")
final class ExtractCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ExtractCommand.class);

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Raw UTF-8 text files (a sidecar NAME.meta.json is read if present), or folders: "
                    + "every .txt file in them and their subfolders.")
    List<Path> files;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Output file; its extension picks the format.")
    Path output;

    @Mixin
    BaseOption namespace;

    private final PrintStream out;

    ExtractCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        RDFFormat format = formatFor(output);
        if (format == null) {
            log.error("Unknown output extension for {}: use .ttl, .nq or .nt", output);
            return 2;
        }
        List<Path> texts = expand(files);
        Pipeline pipeline = new Pipeline(OntologyFiles.load(), namespace.base);
        Dataset dataset = DatasetFactory.create();
        Model merged = ModelFactory.createDefaultModel().setNsPrefixes(Vocab.PREFIXES);
        try (Progress progress = Progress.onStderr("extract", texts.size())) {
            int code = extractAll(texts, pipeline, dataset, merged, progress);
            if (code != 0) {
                return code;
            }
        }
        return write(format, dataset, merged);
    }

    /** Files as given; folders as the .txt files under them, sorted, so the output is the same run after run. */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f)
                                    && f.getFileName()
                                            .toString()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .endsWith(".txt"))
                            .sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static int extractAll(
            List<Path> texts, Pipeline pipeline, Dataset dataset, Model merged, Progress progress) {
        for (Path file : texts) {
            Pipeline.DocumentGraph graph;
            TextLanguage.Reading reading;
            try {
                Metadata sidecar = SourceFiles.sidecar(file);
                SourceText source = SourceFiles.read(file);
                // the texts load and the API refuse (empty, binary, too large) are refused here too
                DocumentIngest.check(source.id(), source.text());
                reading = TextLanguage.of(source.text());
                graph = pipeline.run(source, sidecar);
            } catch (IOException e) {
                log.error("Cannot read {}: {}", file, FileErrors.describe(e));
                return 1;
            } catch (DocumentIngest.RejectedTextException e) {
                log.error("Cannot extract {}: {}", file, e.getMessage());
                return 2;
            } catch (IllegalArgumentException e) {
                log.error("Cannot read {}: {}", file, e.getMessage());
                return 1;
            } catch (ShapeValidator.InvalidGraphException e) {
                log.error("{}", e.getMessage());
                return 3;
            }
            dataset.addNamedModel(graph.graphName(), graph.model());
            merged.add(graph.model());
            for (IngestWarning w : DocumentIngest.warnings(graph.model(), reading)) {
                if (w.notUnderstood()) {
                    log.warn("{}: {}", file, w.message());
                } else if (progress.shown()) {
                    log.debug("{}: {}", file, w.message());
                } else {
                    log.info("{}: {}", file, w.message());
                }
            }
            if (progress.shown()) {
                // a log line on the terminal would break the progress line; it says the same
                log.debug(
                        "Extracted {} triples from {}, read as {}",
                        graph.model().size(),
                        file,
                        reading.language());
            } else {
                log.info(
                        "Extracted {} triples from {}, read as {}",
                        graph.model().size(),
                        file,
                        reading.language());
            }
            progress.step(file.getFileName().toString());
        }
        return 0;
    }

    private int write(RDFFormat format, Dataset dataset, Model merged) throws IOException {
        if (output == null) {
            RDFDataMgr.write(out, merged, format);
            out.flush();
            return 0;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(output)) {
            if (format.getLang() == Lang.NQUADS) {
                RDFDataMgr.write(os, dataset, format);
            } else {
                RDFDataMgr.write(os, merged, format);
            }
        }
        return 0;
    }

    private static RDFFormat formatFor(Path output) {
        if (output == null) {
            return RDFFormat.TURTLE_PRETTY;
        }
        String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".ttl")) {
            return RDFFormat.TURTLE_PRETTY;
        }
        if (name.endsWith(".nq")) {
            return RDFFormat.NQUADS;
        }
        if (name.endsWith(".nt")) {
            return RDFFormat.NTRIPLES;
        }
        return null;
    }
}
