package org.policykg.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policykg.extract.SourceText;
import org.policykg.ontology.OntologyFiles;
import org.policykg.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the ontology files and every seed document into the store, each in its own named graph.
 * Loading is idempotent: a graph identical to the stored one is left alone, any other replaces it
 * whole, so a restart neither loses nor duplicates anything.
 */
public final class SeedLoader {
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final Pipeline pipeline;
    private final String base;

    public SeedLoader(Pipeline pipeline, String base) {
        this.pipeline = pipeline;
        this.base = base;
    }

    public void loadOntology(GraphStore store) {
        for (Map.Entry<String, String> e : OntologyFiles.graphNames(base).entrySet()) {
            Node name = NodeFactory.createURI(e.getValue());
            Graph content = pipeline.ontology().model(e.getKey()).getGraph();
            boolean same = store.read(
                    dsg -> dsg.containsGraph(name) && dsg.getGraph(name).isIsomorphicWith(content));
            if (!same) {
                store.replaceGraph(name, content);
                log.info("Loaded {} into <{}>", e.getKey(), e.getValue());
            }
        }
    }

    /** Loads every {@code *.txt} of the folder (sidecars beside them). */
    public int loadFolder(GraphStore store, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        int loaded = 0;
        for (Path file : files) {
            if (load(store, file)) {
                loaded++;
            }
        }
        return loaded;
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

    /**
     * Extracts the file and replaces its graph unless the stored one is already identical (which
     * also notices a changed sidecar, ontology or extractor).
     *
     * @return true when the document was (re)loaded
     */
    public boolean load(GraphStore store, Path file) throws IOException {
        SourceText source = SourceFiles.read(file);
        Pipeline.DocumentGraph graph = pipeline.run(source, SourceFiles.sidecar(file));
        Node name = NodeFactory.createURI(graph.graphName());
        Graph content = graph.model().getGraph();
        if (store.read(dsg -> dsg.containsGraph(name) && dsg.getGraph(name).isIsomorphicWith(content))) {
            log.debug("{} is current", file.getFileName());
            return false;
        }
        new DocumentIngest(pipeline).replace(store, name, content); // with the links between documents
        log.info("Loaded {} ({} triples) into <{}>", file.getFileName(), content.size(), graph.graphName());
        return true;
    }
}
