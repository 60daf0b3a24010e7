package org.policykg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sys.JenaSystem;
import org.policykg.ingest.Pipeline;
import org.policykg.ingest.SeedLoader;
import org.policykg.ontology.OntologyFiles;
import org.policykg.store.GraphStore;
import org.policykg.store.SparqlGraphStore;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.web.HttpLimits;
import org.policykg.web.ServerSettings;
import org.policykg.web.WebServer;
import org.policykg.web.sparql.QueryLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: opens the store, loads the ontology and seeds, and serves until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the graph over SPARQL 1.1 and the JSON-LD API, with every seed document loaded.")
final class ServeCommand implements Callable<Integer> {
    /** Exit code meaning "still serving": main must not exit the JVM. */
    static final int SERVING = -1;

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Mixin
    StoreOptions store;

    @Option(
            names = "--seeds",
            paramLabel = "DIR",
            description = "Folder of seed documents (default: the seeds packed in the jar).")
    Path seeds;

    @Mixin
    BaseOption namespace;

    @Option(
            names = "--query-timeout",
            paramLabel = "MS",
            description = "Wall-clock limit of one query in ms (default: ${DEFAULT-VALUE}).")
    long queryTimeoutMillis = QueryLimits.DEFAULT_TIMEOUT_MILLIS;

    @Option(
            names = "--max-concurrent-queries",
            paramLabel = "N",
            description =
                    "Queries running at once; more wait (see --queue-wait), then get 503 (default: ${DEFAULT-VALUE}).")
    int maxConcurrentQueries = QueryLimits.DEFAULT_MAX_CONCURRENT;

    @Option(
            names = "--queue-wait",
            paramLabel = "MS",
            description = "How long a query beyond --max-concurrent-queries waits for a slot before it gets 503 with"
                    + " Retry-After; 0 refuses at once (default: ${DEFAULT-VALUE}).")
    long queueWaitMillis = QueryLimits.DEFAULT_QUEUE_WAIT_MILLIS;

    @Option(
            names = "--service-allow",
            paramLabel = "URL",
            split = ",",
            description = "SPARQL endpoints a query's SERVICE may call, comma-separated; every other SERVICE is"
                    + " refused with 403 (default: none, SERVICE is off).")
    List<String> serviceEndpoints = List.of();

    @Option(
            names = "--max-rows",
            paramLabel = "N",
            description = "Most rows a SELECT answers (default: ${DEFAULT-VALUE}).")
    long maxRows = QueryLimits.DEFAULT_MAX_ROWS;

    @Option(
            names = "--max-request-bytes",
            paramLabel = "BYTES",
            description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes = HttpLimits.DEFAULT_MAX_REQUEST_BYTES;

    @Option(
            names = "--idle-timeout",
            paramLabel = "MS",
            description = "Close a connection silent for this long, in ms (default: ${DEFAULT-VALUE}).")
    long idleTimeoutMillis = HttpLimits.DEFAULT_IDLE_TIMEOUT_MILLIS;

    @Option(
            names = "--max-header-bytes",
            paramLabel = "BYTES",
            description = "Largest request line and headers; larger ones get 431 (default: ${DEFAULT-VALUE}).")
    int maxHeaderBytes = HttpLimits.DEFAULT_MAX_REQUEST_HEADER_BYTES;

    @Option(
            names = "--max-triples",
            paramLabel = "N",
            description = "Most triples a CONSTRUCT or DESCRIBE answers (default: ${DEFAULT-VALUE}).")
    long maxTriples = QueryLimits.DEFAULT_MAX_TRIPLES;

    @Option(
            names = "--max-response-bytes",
            paramLabel = "BYTES",
            description = "Largest query response; a larger one is refused or cut (default: ${DEFAULT-VALUE}).")
    long maxResponseBytes = QueryLimits.DEFAULT_MAX_RESPONSE_BYTES;

    @Option(
            names = "--admin-token-file",
            paramLabel = "FILE",
            description =
                    "File holding the admin token for writes (default: the POLICY_KG_ADMIN_TOKEN environment variable; none: read-only).")
    Path adminTokenFile;

    @Option(
            names = "--cors-origins",
            paramLabel = "ORIGIN",
            split = ",",
            description = "Origins allowed to GET the read endpoints from a browser, comma-separated;"
                    + " * for any, none for no cross-origin reads (default: *). Writes are never opened.")
    List<String> corsOrigins = ServerSettings.DEFAULT_CORS_ORIGINS;

    @Option(
            names = "--result-cache",
            paramLabel = "on|off",
            description = "Keep complete answers of queries and API reads until the next write, so that repeated"
                    + " requests are answered without running again (default: ${DEFAULT-VALUE}).")
    Toggle resultCache = Toggle.on;

    @Option(
            names = "--result-cache-mb",
            paramLabel = "MB",
            description = "Most memory the result cache holds, in MiB (default: ${DEFAULT-VALUE}).")
    long resultCacheMb = ServerSettings.DEFAULT_RESULT_CACHE_BYTES / (1024 * 1024);

    @Option(
            names = "--memory-replica",
            paramLabel = "on|off",
            description = "Answer queries (SPARQL and the API's reads; not full-text search) from a copy of the TDB2"
                    + " store in memory, made again after each write, while the store holds at most"
                    + " --memory-replica-max-quads quads (default: ${DEFAULT-VALUE}).")
    Toggle memoryReplica = Toggle.on;

    @Option(
            names = "--memory-replica-max-quads",
            paramLabel = "N",
            description = "Largest store copied for queries (default: one quad per " + BYTES_PER_REPLICA_QUAD
                    + " bytes of the maximum heap, " + "a copy taking about a tenth of it).")
    Long memoryReplicaMaxQuads;

    /** Heap per quad allowed by default; a copied quad takes about a tenth of this (BENCHMARKS.md). */
    static final long BYTES_PER_REPLICA_QUAD = 4_000;

    enum Toggle {
        on,
        off
    }

    @Option(
            names = "--stop-when-ready",
            hidden = true,
            description = "Once ready, ask one SPARQL query and one API call over HTTP, then stop: the build's"
                    + " training start for the class-data archive.")
    boolean stopWhenReady;

    private final PrintStream out;

    ServeCommand(PrintStream out) {
        this.out = out;
    }

    /** The chosen store; a usage error (exit 2) when the options do not fit together. */
    private GraphStore openStore() {
        long replicaMaxQuads = memoryReplica == Toggle.off
                ? 0
                : memoryReplicaMaxQuads != null
                        ? memoryReplicaMaxQuads
                        : Runtime.getRuntime().maxMemory() / BYTES_PER_REPLICA_QUAD;
        // /sparql queries get --query-timeout; the store's own requests (a write of a whole document) may take
        // longer
        return store.open(Math.max(queryTimeoutMillis, 60_000), replicaMaxQuads);
    }

    @Override
    public Integer call() throws IOException {
        String token = adminTokenFile != null
                ? Files.readString(adminTokenFile, StandardCharsets.UTF_8).strip()
                : System.getenv("POLICY_KG_ADMIN_TOKEN");
        // one pipeline (the ontology read once) for the seeds and for documents posted later; read on a
        // thread of its own while the store opens and the web server is built (half a second of a restart)
        // Jena initialised here, before any other thread uses it: two threads initialising it at once
        // (this one opening the store, the ontology thread parsing) deadlocked on Jena's class
        // initialisation in a build's training start (jstack: main waiting on ModelFactory's initialiser)
        JenaSystem.init();
        FutureTask<Pipeline> pipeline = new FutureTask<>(() -> new Pipeline(OntologyFiles.load(), namespace.base));
        Thread reading = new Thread(pipeline, "policy-kg-ontology");
        reading.setDaemon(true); // a start refused for its options does not wait for it
        reading.start();
        GraphStore graphStore = openStore();
        AtomicBoolean ready = new AtomicBoolean();
        ServerSettings settings = ServerSettings.builder()
                .base(namespace.base)
                .adminToken(token)
                .queryTimeoutMillis(queryTimeoutMillis)
                .maxConcurrentQueries(maxConcurrentQueries)
                .maxResultRows(maxRows)
                .maxRequestBytes(maxRequestBytes)
                .idleTimeoutMillis(idleTimeoutMillis)
                .maxRequestHeaderBytes(maxHeaderBytes)
                .maxResultTriples(maxTriples)
                .maxResponseBytes(maxResponseBytes)
                .corsOrigins(corsOrigins.equals(List.of("none")) ? List.of() : corsOrigins)
                .queueWaitMillis(queueWaitMillis)
                .serviceEndpoints(serviceEndpoints)
                .resultCacheBytes(resultCache == Toggle.on ? resultCacheMb * 1024 * 1024 : 0)
                .build();
        // the seeds load on a thread of their own while the web server is built on this one (two
        // cores: the start is about as long as the longer of the two); /health says 503 until done
        FutureTask<Integer> seeding = new FutureTask<>(() -> {
            SeedLoader loader = new SeedLoader(done(pipeline), namespace.base);
            loader.loadOntology(graphStore);
            return seeds != null ? loader.loadFolder(graphStore, seeds) : loader.loadPackedSeeds(graphStore);
        });
        new Thread(seeding, "policy-kg-seeds").start();
        WebServer server = new WebServer(graphStore, settings, ready::get, () -> done(pipeline));
        server.start(host, port);
        int loaded = awaitSeeds(seeding);
        if (graphStore instanceof SparqlGraphStore remote) {
            try {
                remote.requireUnionDefaultGraph(); // told once the store holds the seeds at the latest
            } catch (IllegalStateException e) {
                log.error("{}", e.getMessage());
                server.close();
                graphStore.close();
                return 1;
            }
        }
        if (graphStore instanceof Tdb2GraphStore tdb) {
            tdb.awaitMemoryReplica(); // the first clients are answered from the copy too
        }
        ready.set(true);
        log.info(
                "Seeds loaded: {} document(s) (re)loaded; ready {} ms after the JVM started",
                loaded,
                ProcessHandle.current()
                        .info()
                        .startInstant()
                        .map(t -> Duration.between(t, Instant.now()).toMillis())
                        .orElse(-1L));
        if (stopWhenReady) {
            int status = askOnce(server.port());
            server.close();
            graphStore.close();
            return status;
        }
        out.printf(
                "policy-kg serving http://%s:%d/  (SPARQL: /sparql, API: /api/concepts, /api/documents)%n",
                host, server.port());
        out.flush();

        // Jetty's threads keep the JVM alive; stop cleanly on SIGTERM/Ctrl-C so TDB2 closes its files
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            log.info("Shutting down: stopping the web server and closing {}", graphStore);
                            server.close();
                            graphStore.close();
                            log.info("Stopped; the store is closed");
                        },
                        "policy-kg-shutdown"));
        return SERVING;
    }

    /** The pipeline once the ontology is read; the seeds needed it first, so a failure has stopped the start. */
    private static Pipeline done(FutureTask<Pipeline> pipeline) {
        try {
            return pipeline.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the ontology", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the ontology", e.getCause());
        }
    }

    private static int awaitSeeds(FutureTask<Integer> seeding) throws IOException {
        try {
            return seeding.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading the seeds", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** What a first client asks: a SPARQL query as JSON results and an API call; 0 when both answer 200. */
    private static int askOnce(int port) throws IOException {
        String query =
                URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
        int failed = 0;
        for (String path : List.of("/sparql?query=" + query, "/api/concepts/political-security")) {
            HttpURLConnection c = (HttpURLConnection)
                    URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            c.setRequestProperty(
                    "Accept", path.startsWith("/sparql") ? "application/sparql-results+json" : "application/ld+json");
            int status = c.getResponseCode();
            try (InputStream in = status == 200 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            if (status != 200) {
                log.error("GET {} answered {}", path, status);
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
