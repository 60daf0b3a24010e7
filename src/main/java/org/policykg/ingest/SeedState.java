package org.policykg.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.apache.jena.graph.Node;
import org.policykg.store.GraphStore;

/**
 * For a store kept in a folder: the fingerprint each seed and ontology graph was loaded from, and
 * its triple count, in {@value #FILE} beside the TDB2 files. A restart that finds the same
 * fingerprint and a graph of the same size extracts and compares nothing; a graph changed since
 * (written through the API, or removed) has another size and is loaded again, as is any graph
 * whose inputs or extractor changed. A store in memory starts empty and keeps no state.
 */
final class SeedState {
    static final String FILE = "seed-graphs.properties";

    private final Path file;
    private final Properties entries = new Properties();

    private SeedState(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                entries.load(r);
            } catch (IOException | IllegalArgumentException e) {
                entries.clear(); // unreadable: every graph is checked as if there were no state
            }
        }
    }

    static SeedState of(GraphStore store) {
        return new SeedState(store.location().map(p -> p.resolve(FILE)).orElse(null));
    }

    /** Whether the stored graph is the one loaded from these inputs, by fingerprint and size. */
    boolean isCurrent(GraphStore store, Node graph, String fingerprint) {
        String entry = entries.getProperty(graph.getURI());
        if (entry == null || !entry.startsWith(fingerprint + " ")) {
            return false;
        }
        long size = Long.parseLong(entry.substring(fingerprint.length() + 1));
        long stored = store.graphSize(graph);
        return stored > 0 && stored == size;
    }

    /** Notes the graph as loaded from these inputs, with its size as stored now. */
    void record(GraphStore store, Node graph, String fingerprint) {
        if (file == null) {
            return;
        }
        long size = store.graphSize(graph);
        entries.setProperty(graph.getURI(), fingerprint + " " + size);
        // written whole and moved into place: a crash leaves the old file or the new one
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            entries.store(w, "policy-kg: fingerprint and triple count of each seed graph as loaded");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
