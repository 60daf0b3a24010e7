package org.policykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policykg.ontology.OntologyFiles;
import org.policykg.vocab.PKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seed graphs extracted at build time ({@code prepare-package} runs {@link #main}) and packed into
 * the jar as RDF Thrift under {@value #FOLDER}, one file per {@link SeedFingerprint}: a start finds
 * the graph of a seed by its fingerprint instead of extracting it. A pack whose inputs or extractor
 * changed has another fingerprint, so it is never found, and the seed is extracted as before.
 */
public final class SeedPacks {
    private static final Logger log = LoggerFactory.getLogger(SeedPacks.class);

    static final String FOLDER = "packed-seeds";

    private final Path folder;

    /** Packs in a folder (tests); {@code null}: the packs on the class path. */
    SeedPacks(Path folder) {
        this.folder = folder;
    }

    static SeedPacks onClassPath() {
        return new SeedPacks(null);
    }

    /** The packed graph of this fingerprint, or null when there is none. */
    Graph find(String fingerprint) {
        String name = fingerprint + ".rt";
        try (InputStream in = folder == null
                ? SeedPacks.class.getResourceAsStream("/" + FOLDER + "/" + name)
                : Files.exists(folder.resolve(name)) ? Files.newInputStream(folder.resolve(name)) : null) {
            if (in == null) {
                return null;
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.RDFTHRIFT).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts every seed of {@code seeds} in namespace {@code base} into {@code out}, keyed by fingerprint. */
    static int write(Pipeline pipeline, SeedFingerprint fingerprint, Path seeds, Path out) throws IOException {
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.toList()) {
                Files.delete(p); // a stale pack would never be found, but it would bloat the jar
            }
        }
        List<Path> files = SeedLoader.seedFiles(seeds);
        for (Path file : files) {
            SeedLoader.Input input = SeedLoader.Input.read(file);
            String key = fingerprint.of(pipeline.base(), input.fileName(), input.text(), input.sidecar());
            Graph graph = pipeline.run(SourceFiles.read(file), SourceFiles.sidecar(file))
                    .model()
                    .getGraph();
            try (OutputStream o = Files.newOutputStream(out.resolve(key + ".rt"))) {
                RDFDataMgr.write(o, graph, RDFFormat.RDF_THRIFT);
            }
            log.info("Packed {} ({} triples) as {}", file.getFileName(), graph.size(), key);
        }
        return files.size();
    }

    /** Build step: {@code SeedPacks SEEDS CLASSES} packs the seeds into the classes folder. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[1]);
        write(
                new Pipeline(OntologyFiles.load(), PKG.BASE),
                SeedFingerprint.of(classes),
                Path.of(args[0]),
                classes.resolve(FOLDER));
    }
}
