package org.policykg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.policykg.ingest.SeedLoader;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;
import org.policykg.web.ServerSettings;
import org.policykg.web.WebServer;

/**
 * The real server on a free loopback port over an in-memory TDB2 store holding the ontology, the
 * packed seeds and the second test text. Tests talk HTTP to it; register it as a static
 * {@code @RegisterExtension} field to get one server per test class.
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    public static final String ADMIN_TOKEN = "test-admin-token";

    private final HttpClient client = HttpClient.newHttpClient();
    private final ServerSettings settings;
    private final boolean seeded;
    private final boolean external;
    private GraphStore store;
    private WebServer server;

    /** The default limits and a 10 s query timeout. */
    public TestServer() {
        this(ServerSettings.builder()
                .adminToken(ADMIN_TOKEN)
                .queryTimeoutMillis(10_000)
                .build());
    }

    /** @param settings limits to test; give it {@link #ADMIN_TOKEN} for writes */
    public TestServer(ServerSettings settings) {
        this(settings, true);
    }

    private TestServer(ServerSettings settings, boolean seeded) {
        this(settings, seeded, EXTERNAL);
    }

    private TestServer(ServerSettings settings, boolean seeded, boolean external) {
        this.settings = settings;
        this.seeded = seeded;
        this.external = external;
    }

    /** A seeded server over Fuseki whatever {@code policykg.test.store} says, for tests of that mode only. */
    public static TestServer overExternalStore() {
        return new TestServer(
                ServerSettings.builder()
                        .adminToken(ADMIN_TOKEN)
                        .queryTimeoutMillis(10_000)
                        .build(),
                true,
                true);
    }

    /** A server over an empty store (no ontology, no seeds), for protocol tests that bring their data. */
    public static TestServer empty() {
        return new TestServer(
                ServerSettings.builder()
                        .adminToken(ADMIN_TOKEN)
                        .queryTimeoutMillis(10_000)
                        .build(),
                false);
    }

    /** A server over an empty store with the given settings. */
    public static TestServer empty(ServerSettings settings) {
        return new TestServer(settings, false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public TestServer start() {
        if (external) {
            fuseki = seeded ? ExternalStore.startSeeded(TestServer::seed) : ExternalStore.start();
            store = ExternalStore.client(fuseki);
        } else {
            // as served: queries read a copy in memory while it is current
            Tdb2GraphStore tdb = Tdb2GraphStore.inMemory().withMemoryReplica(Long.MAX_VALUE);
            if (seeded) {
                seed(tdb);
            }
            tdb.awaitMemoryReplica();
            store = tdb;
        }
        server = new WebServer(store, settings, () -> true).start("127.0.0.1", 0);
        return this;
    }

    /**
     * With {@code -Dpolicykg.test.store=sparql} the server runs over a {@link org.policykg.store.SparqlGraphStore} in
     * front of a real Fuseki server on a free loopback port (an in-memory TDB2 dataset whose default
     * graph is the union, as policy-kg promises), so that the same HTTP tests exercise the external
     * store.
     */
    public static final boolean EXTERNAL = "sparql".equals(System.getProperty("policykg.test.store"));

    private FusekiServer fuseki;

    private static void seed(GraphStore store) {
        SeedLoader loader = new SeedLoader(TestData.PIPELINE, PKG.BASE);
        try {
            loader.loadOntology(store);
            // the essay alone of the seeds: the HTTP tests' expected figures are the essay's
            loader.load(store, TestData.ESSAY);
            loader.load(store, TestData.REGISTER_SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpClient client() {
        return client;
    }

    public GraphStore store() {
        return store;
    }

    /** The server's registered routes, as {@link WebServer#routes()} lists them. */
    public java.util.List<String> routes() {
        return server.routes();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    public HttpResponse<String> post(String pathAndQuery, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code /sparql?query=...} with the query URL-encoded. */
    public HttpResponse<String> query(String query, String accept) {
        return get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", accept);
    }

    @Override
    public void close() {
        server.close();
        store.close();
        if (fuseki != null) {
            fuseki.stop();
        }
    }
}
