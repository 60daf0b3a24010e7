package org.policykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policykg.align.TranslationAlignments;
import org.policykg.extract.SourceText;
import org.policykg.ontology.OntologyFiles;
import org.policykg.store.GraphStore;
import org.policykg.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the ontology files and every seed document into the store, each in its own named graph.
 * Loading is idempotent: a graph identical to the stored one is left alone, any other replaces it
 * whole, so a restart neither loses nor duplicates anything.
 */
public final class SeedLoader {
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private static final byte[] NONE = new byte[0];

    private final Pipeline pipeline;
    private final String base;
    private final SeedPacks packs;
    private SeedFingerprint fingerprint;

    public SeedLoader(Pipeline pipeline, String base) {
        this(pipeline, base, SeedPacks.onClassPath());
    }

    /** The loader of the packed seeds; {@code packs} finds graphs packed at build time. */
    SeedLoader(Pipeline pipeline, String base, SeedPacks packs) {
        this.pipeline = pipeline;
        this.base = base;
        this.packs = packs;
    }

    public void loadOntology(GraphStore store) {
        SeedState state = SeedState.of(store);
        Map<Node, String> fingerprints = new LinkedHashMap<>();
        Map<Node, Graph> changed = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : OntologyFiles.graphNames(base).entrySet()) {
            Node name = NodeFactory.createURI(e.getValue());
            String fingerprint = fingerprint().of(base, "ontology/" + e.getKey(), ontologyBytes(e.getKey()), NONE);
            if (state.isCurrent(store, name, fingerprint)) {
                continue;
            }
            fingerprints.put(name, fingerprint);
            Graph content = pipeline.ontology().model(e.getKey()).getGraph();
            boolean same = store.read(
                    dsg -> dsg.containsGraph(name) && dsg.getGraph(name).isIsomorphicWith(content));
            if (!same) {
                changed.put(name, content);
            }
        }
        // one transaction for them all: a first start writes every file, and each commit costs
        if (!changed.isEmpty()) {
            store.update(dsg -> changed.forEach((name, content) -> {
                dsg.removeGraph(name);
                dsg.addGraph(name, content);
            }));
            changed.keySet().forEach(name -> log.info("Loaded <{}>", name.getURI()));
        }
        fingerprints.forEach((name, fingerprint) -> state.record(store, name, fingerprint));
    }

    private static byte[] ontologyBytes(String file) {
        try (InputStream in = SeedLoader.class.getResourceAsStream("/ontology/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource /ontology/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Computed once, on first use: hashing the extractor's classes reads them all. */
    private SeedFingerprint fingerprint() {
        if (fingerprint == null) {
            fingerprint = SeedFingerprint.ofClassPath();
        }
        return fingerprint;
    }

    /** Loads every {@code *.txt} of the folder and its sub-folders (sidecars beside them). */
    public int loadFolder(GraphStore store, Path folder) throws IOException {
        List<Path> files = seedFiles(folder);
        int loaded = 0;
        for (Path file : files) {
            if (load(store, file)) {
                loaded++;
            }
        }
        alignMissing(store, files);
        return loaded;
    }

    /**
     * Aligns the seeds whose translated pair has no alignment yet. Ingest aligns every document with
     * the other expressions of its work as it stores it; this covers a store whose seeds are current
     * but which was made before alignments existed, so a restart aligns nothing.
     */
    private void alignMissing(GraphStore store, List<Path> files) {
        Iris iris = new Iris(pipeline.base());
        List<String> ids = files.stream()
                .map(f -> SourceFiles.idOf(f.getFileName().toString()))
                .toList();
        List<Node> aligned = store.write(dsg -> TranslationAlignments.alignWithOtherExpressions(dsg, iris, ids, true));
        aligned.forEach(name -> log.info("Aligned the translated pair of <{}>", name.getURI()));
    }

    /**
     * The {@code *.txt} files of a seed folder and its sub-folders (a sub-folder keeps a collection
     * apart, such as the development corpus), in path order so that every start loads them alike.
     */
    static List<Path> seedFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p ->
                            Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
                    .toList();
        }
    }

    /** Loads the seeds packed in the jar (or in target/classes when run from the build). */
    public int loadPackedSeeds(GraphStore store) throws IOException {
        URL url = SeedLoader.class.getResource("/seeds");
        if (url == null) {
            log.warn("No seeds on the classpath");
            return 0;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = jarFileSystem(uri)) {
                    return loadFolder(store, fs.getPath("/seeds"));
                }
            }
            return loadFolder(store, Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IOException("bad seeds location " + url, e);
        }
    }

    /**
     * A file system of our own over the jar, not the one registered for its URI: the web server's
     * static files are read through that shared one, and closing it would leave them unreadable.
     */
    private static FileSystem jarFileSystem(URI uri) throws IOException {
        String jar = uri.getRawSchemeSpecificPart(); // file:/.../policy-kg.jar!/seeds, still encoded
        return FileSystems.newFileSystem(Path.of(URI.create(jar.substring(0, jar.indexOf("!/")))));
    }

    /** A seed file's bytes as read once: its name, raw text and sidecar (empty when there is none). */
    record Input(String fileName, byte[] text, byte[] sidecar) {
        static Input read(Path file) throws IOException {
            Path sidecar = SourceFiles.sidecarOf(file);
            return new Input(
                    file.getFileName().toString(),
                    Files.readAllBytes(file),
                    Files.exists(sidecar) ? Files.readAllBytes(sidecar) : NONE);
        }
    }

    /**
     * Replaces the file's graph unless the stored one is already identical (which also notices a
     * changed sidecar, ontology or extractor). The graph comes from the packs when one matches the
     * file's fingerprint, else from extracting the file; a store in a folder remembers the
     * fingerprint it loaded, so a restart with unchanged inputs extracts and compares nothing.
     *
     * @return true when the document was (re)loaded
     */
    public boolean load(GraphStore store, Path file) throws IOException {
        Input input = Input.read(file);
        SeedState state = SeedState.of(store);
        Node name = NodeFactory.createURI(pipeline.graphName(SourceFiles.idOf(input.fileName())));
        String fingerprint = fingerprint().of(pipeline.base(), input.fileName(), input.text(), input.sidecar());
        if (state.isCurrent(store, name, fingerprint)) {
            log.debug("{} is current (fingerprint {})", input.fileName(), fingerprint);
            return false;
        }
        Graph content = packs.find(fingerprint);
        if (content == null) {
            SourceText source = new SourceText(
                    SourceFiles.idOf(input.fileName()),
                    input.fileName(),
                    SourceFiles.decode(input.text(), input.fileName()));
            content = pipeline.run(source, SourceFiles.sidecar(file)).model().getGraph();
        } else {
            log.debug("{}: graph packed at build time", input.fileName());
        }
        Graph loaded = content;
        if (store.read(dsg -> dsg.containsGraph(name) && dsg.getGraph(name).isIsomorphicWith(loaded))) {
            log.debug("{} is current", input.fileName());
            state.record(store, name, fingerprint);
            return false;
        }
        new DocumentIngest(pipeline).replace(store, name, content); // with the links between documents
        state.record(store, name, fingerprint);
        log.info("Loaded {} ({} triples) into <{}>", input.fileName(), content.size(), name.getURI());
        return true;
    }
}
