package org.policykg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.extract.SourceText;
import org.policykg.ingest.DocumentIngest;
import org.policykg.ingest.IngestWarning;
import org.policykg.ingest.Pipeline;
import org.policykg.ingest.SeedLoader;
import org.policykg.ingest.SourceFiles;
import org.policykg.ontology.OntologyFiles;
import org.policykg.ontology.ShapeValidator;
import org.policykg.store.GraphStore;
import org.policykg.store.StoreDump;
import org.policykg.store.Tdb2GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load FILE... [--data DIR]}: the ingest API offline, into a TDB2 folder a later serve opens. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Extract raw text files and put each into the TDB2 store as its document's graph, "
                + "replacing an earlier version; prints one line per document: id, triples, the language read "
                + "(en, zh, or und for one the extractor does not read) and its warnings (no-statements, "
                + "language-not-read, candidate-concepts=N, candidate-roles=N; '-' for none), explained on stderr. "
                + "A PDF (its text layer) or HTML page (its main text) is read by its extension. "
                + "A dump (.nq, .trig, .jsonld) is read as-is: each of its graphs replaces the one of that name.")
final class LoadCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(LoadCommand.class);

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Raw UTF-8 text files (a sidecar NAME.meta.json is read if present), or dumps.")
    List<Path> files;

    @Mixin
    DataOption data;

    @Option(
            names = "--batch",
            paramLabel = "N",
            description = "Text files stored per transaction: all of them or none (default: ${DEFAULT-VALUE}).")
    int batch = 100;

    @Mixin
    BaseOption namespace;

    private final PrintStream out;

    LoadCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        if (batch < 1 || batch > DocumentIngest.MAX_BATCH_DOCUMENTS) {
            log.error("--batch must be 1 to {}", DocumentIngest.MAX_BATCH_DOCUMENTS);
            return 2;
        }
        Pipeline pipeline = new Pipeline(OntologyFiles.load(), namespace.base);
        DocumentIngest ingest = new DocumentIngest(pipeline);
        try (GraphStore store = Tdb2GraphStore.open(data.folder())) {
            // a folder loaded but never served still answers queries about the ontology's terms
            new SeedLoader(pipeline, namespace.base).loadOntology(store);
            List<DocumentIngest.Submission> pending = new ArrayList<>();
            long pendingBytes = 0;
            for (Path file : files) {
                if (StoreDump.isDump(file)) {
                    int status = store(store, ingest, pending); // the texts before the dump first, in order
                    if (status != 0) {
                        return status;
                    }
                    pendingBytes = 0;
                    try {
                        out.printf("%s\t%d graphs%n", file.getFileName(), StoreDump.restore(store, file));
                    } catch (RuntimeException e) { // Jena's RiotException/RiotNotFoundException
                        log.error("Cannot load the dump {}: {}", file, e.getMessage());
                        return 1;
                    }
                    continue;
                }
                DocumentIngest.Submission next;
                try {
                    SourceText source = SourceFiles.read(file);
                    next = new DocumentIngest.Submission(
                            source.id(),
                            source.fileName(),
                            source.text(),
                            SourceFiles.sidecar(file),
                            source.original());
                } catch (IOException e) {
                    log.error("Cannot load {}: {}", file, FileErrors.describe(e));
                    return 1;
                } catch (IllegalArgumentException e) {
                    log.error("Cannot load {}: {}", file, e.getMessage());
                    return 1;
                }
                // a second file of the same id replaces the first, as when each had its own transaction
                boolean again = pending.stream().anyMatch(p -> p.id().equals(next.id()));
                long bytes = next.text().getBytes(StandardCharsets.UTF_8).length;
                // a batch holds at most as much text as one document may have
                if (again || pending.size() == batch || pendingBytes + bytes > DocumentIngest.MAX_TEXT_BYTES) {
                    int status = store(store, ingest, pending);
                    if (status != 0) {
                        return status;
                    }
                    pendingBytes = 0;
                }
                pending.add(next);
                pendingBytes += bytes;
            }
            int status = store(store, ingest, pending);
            if (status != 0) {
                return status;
            }
        }
        out.flush();
        log.info("Loaded {} document(s) into {}", files.size(), data.folder().toAbsolutePath());
        return 0;
    }

    /**
     * The warnings as a column: their codes, a candidate code with its count ({@code candidate-roles=2}),
     * comma-separated; "-" when there is none. The messages, with the candidates' labels, are logged.
     */
    static String warningCodes(List<IngestWarning> warnings) {
        if (warnings.isEmpty()) {
            return "-";
        }
        return warnings.stream()
                .map(w -> w.labels().isEmpty() ? w.code() : w.code() + "=" + w.count())
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** Stores {@code pending} in one transaction and empties it; an exit status, 0 when stored. */
    private int store(GraphStore store, DocumentIngest ingest, List<DocumentIngest.Submission> pending) {
        if (pending.isEmpty()) {
            return 0;
        }
        List<DocumentIngest.Result> results;
        try {
            results = ingest.ingestAll(store, pending);
        } catch (DocumentIngest.RejectedTextException e) { // refused as the API refuses it with 400
            log.error(
                    "Cannot load {}: {}",
                    pending.size() == 1 ? pending.get(0).fileName() : pending.size() + " files",
                    e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            log.error(
                    "Cannot load {}: {}",
                    pending.size() == 1 ? pending.get(0).fileName() : pending.size() + " files",
                    e.getMessage());
            return 1;
        } catch (ShapeValidator.InvalidGraphException e) {
            log.error("{}", e.getMessage());
            return 3;
        }
        for (DocumentIngest.Result r : results) {
            out.printf("%s\t%d\t%s\t%s%n", r.id(), r.triples(), r.reading().language(), warningCodes(r.warnings()));
        }
        pending.clear();
        return 0;
    }
}
