package org.policykg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policykg.store.GraphStore;
import org.policykg.store.StoreDump;
import org.policykg.store.Tdb2GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dump --data DIR [-o FILE] [--format F]}: the whole TDB2 store as one RDF file, for backup. */
@Command(
        name = "dump",
        mixinStandardHelpOptions = true,
        description = "Write every graph of the TDB2 store as one RDF file (to standard output without -o). "
                + "N-Quads, TriG and JSON-LD keep the graph names, and load reads them back; "
                + "Turtle has no graph names and gets the union of the graphs.")
final class DumpCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(DumpCommand.class);

    @Mixin
    DataOption data;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "File to write (default: standard output).")
    Path output;

    @Option(
            names = "--format",
            paramLabel = "F",
            description = "nquads, trig, turtle or jsonld (default: ${DEFAULT-VALUE}).")
    String format = "nquads";

    private final PrintStream out;

    DumpCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        StoreDump.Format f;
        try {
            f = StoreDump.Format.of(format);
        } catch (IllegalArgumentException e) {
            log.error("Unknown format '{}': use nquads, trig, turtle or jsonld", format);
            return 2;
        }
        if (!Files.isDirectory(data.folder())) {
            // TDB2 would create an empty store here, and the dump would silently be empty
            log.error("No TDB2 folder at {}", data.folder().toAbsolutePath());
            return 1;
        }
        try (GraphStore store = Tdb2GraphStore.open(data.folder())) {
            if (output == null) {
                StoreDump.write(store, f, out);
                out.flush();
            } else {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output))) {
                    StoreDump.write(store, f, file);
                }
                log.info("Dumped {} as {} to {}", data.folder().toAbsolutePath(), format, output.toAbsolutePath());
            }
        }
        return 0;
    }
}
