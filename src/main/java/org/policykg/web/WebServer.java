package org.policykg.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.jena.graph.NodeFactory;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.policykg.extract.SourceText;
import org.policykg.ingest.Pipeline;
import org.policykg.ontology.OntologyFiles;
import org.policykg.store.GraphStore;
import org.policykg.vocab.Iris;
import org.policykg.web.api.AlignmentRoutes;
import org.policykg.web.api.CandidateRoutes;
import org.policykg.web.api.ConceptRoutes;
import org.policykg.web.api.CorpusRoutes;
import org.policykg.web.api.DocumentRoutes;
import org.policykg.web.api.GraphRoutes;
import org.policykg.web.api.IngestRoutes;
import org.policykg.web.api.JsonLd;
import org.policykg.web.api.SearchRoutes;
import org.policykg.web.gsp.GraphStoreEndpoint;
import org.policykg.web.ld.DatasetDescription;
import org.policykg.web.ld.Dumps;
import org.policykg.web.ld.LinkedDataRoutes;
import org.policykg.web.sparql.HeapGuard;
import org.policykg.web.sparql.SparqlEndpoint;
import org.policykg.web.sparql.SparqlUpdates;
import org.policykg.web.ui.CandidatePage;
import org.policykg.web.ui.TimelinePage;
import org.policykg.web.ui.UiRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Javalin server from its parts: store, settings, and the routes of each capability. */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;

    /**
     * A server that reads the ontology for the ingest API on its first use.
     *
     * @param ready answers /health: true once the store is open and the seeds are loaded
     */
    public WebServer(GraphStore store, ServerSettings settings, BooleanSupplier ready) {
        this(store, settings, ready, (Supplier<Pipeline>) null);
    }

    /**
     * @param ready answers /health: true once the store is open and the seeds are loaded
     * @param pipeline extracts texts posted to /api/documents; null to build one when first needed
     */
    public WebServer(GraphStore store, ServerSettings settings, BooleanSupplier ready, Pipeline pipeline) {
        this(store, settings, ready, pipeline == null ? null : () -> pipeline);
    }

    /**
     * @param ready answers /health: true once the store is open and the seeds are loaded
     * @param pipeline gives the pipeline that extracts texts posted to /api/documents, asked at the first
     *     POST (it may still be reading the ontology until then); null to build one when first needed
     */
    public WebServer(GraphStore store, ServerSettings settings, BooleanSupplier ready, Supplier<Pipeline> pipeline) {
        AdminAuth auth = new AdminAuth(settings.adminToken());
        ResultCache cache = new ResultCache(store, resultCacheBytes(settings.resultCacheBytes()));
        SparqlEndpoint sparql = new SparqlEndpoint(
                store,
                new SparqlUpdates(store, auth, settings.queryLimits().timeoutMillis()),
                settings.queryLimits(),
                Set.copyOf(settings.serviceEndpoints()),
                cache);
        Metrics metrics = new Metrics(store, cache);
        HeapGuard.install();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = settings.httpLimits().maxRequestBytes();
            // Javalin sets no bound on multipart bodies (Graph Store POST uploads): give them the same
            config.jetty.multipartConfig.maxTotalRequestSize(
                    settings.httpLimits().maxRequestBytes(), SizeUnit.BYTES);
            // slow or hostile clients: huge headers get 431, and a silent connection is closed
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(settings.httpLimits().maxRequestHeaderBytes());
                // Jetty's parser scans a request line in a heap buffer in one loop, but in a direct
                // buffer byte by byte through its state machine: half of a cached long query's CPU (JFR)
                http.setUseInputDirectByteBuffers(false);
            });
            // a body trickling in (a byte every few seconds) holds a thread until it ends: answered 408
            // once it falls behind the minimum rate (Jetty's own check, left off, fails small bodies read late)
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                    new FilterHolder(new BodyRate(settings.httpLimits().minRequestBytesPerSecond())),
                    "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.router.javaLangErrorHandler(ProblemMapper::javaLangError);
            ReadLimits readLimits =
                    new ReadLimits(sparql.admission(), settings.queryLimits().timeoutMillis());
            config.router.handlerWrapper(readLimits::wrap);
            config.jetty.modifyServer(server -> server.addEventListener(new LifeCycle.Listener() {
                // Javalin adds its connector after this hook runs but before the server starts
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    ClientConnectionLimit perClient =
                            new ClientConnectionLimit(settings.httpLimits().maxConnectionsPerClient());
                    for (Connector connector : server.getConnectors()) {
                        if (connector instanceof AbstractConnector c) {
                            c.setIdleTimeout(settings.httpLimits().idleTimeoutMillis());
                            c.addBean(perClient);
                        }
                    }
                }
            }));
            config.requestLogger.http((ctx, ms) -> {
                String hash = RequestNotes.queryHash(ctx);
                if (hash == null) {
                    log.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
                } else { // the query's text stays out of the log; its hash groups repeated queries
                    log.info(
                            "{} {} {} {}ms query={}", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms), hash);
                }
                metrics.record(ctx, ms);
            });
            ProblemMapper.register(config, settings.httpLimits().maxRequestBytes());
            // CORS first, so that a 304 from the ETag check carries its headers too
            Cors cors = new Cors(settings.corsOrigins());
            ETags etags = new ETags(store);
            // before anything reads ctx.method(), which Javalin takes from X-HTTP-Method-Override
            config.routes.before(MethodOverride::before);
            config.routes.before(cors::before);
            config.routes.before(etags::before);
            // after the ETag check: a client holding the current tag gets 304 without a body at all
            config.routes.before(cache::before);
            config.routes.after(cache::after);
            config.routes.after(etags::after);
            config.staticFiles.enableWebjars();
            config.routes.get("/sparql", sparql::handle);
            config.routes.post("/sparql", sparql::handle);
            new GraphStoreEndpoint(store, auth).register(config.routes);
            new ConceptRoutes(store).register(config.routes);
            new DocumentRoutes(store, settings.base()).register(config.routes);
            new SearchRoutes(store, settings.base()).register(config.routes);
            new CorpusRoutes(store, settings.base()).register(config.routes);
            new AlignmentRoutes(store, settings.base()).register(config.routes);
            // most servers never ingest: reading and checking the ontology waits for the first POST
            Supplier<Pipeline> pipelines =
                    pipeline != null ? pipeline : new Memo<>(() -> new Pipeline(OntologyFiles.load(), settings.base()));
            new IngestRoutes(store, auth, pipelines).register(config.routes);
            new CandidateRoutes(store, auth, settings.base()).register(config.routes);
            config.routes.get(
                    JsonLd.CONTEXT_PATH,
                    ctx -> ctx.contentType(JsonLd.MEDIA_TYPE)
                            .result(JsonLd.contextDocument().toString()));
            new GraphRoutes(store).register(config.routes);
            new LinkedDataRoutes(store, settings.base()).register(config.routes);
            new Dumps(store).register(config.routes);
            new DatasetDescription(store, settings.base()).register(config.routes);
            new ApiDocs().register(config.routes);
            config.routes.get("/metrics", metrics::write);
            // the cheapest answer the server can give: benchmarks take it as the ceiling of this machine
            config.routes.get(
                    "/ping", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok"));
            Iris iris = new Iris(settings.base());
            new UiRoutes(id -> SourceText.isValidId(id)
                            && store.read(dsg -> dsg.containsGraph(NodeFactory.createURI(iris.documentGraph(id)))))
                    .register(config);
            new CandidatePage().register(config);
            new TimelinePage().register(config.routes);
            config.routes.get("/health", ctx -> {
                if (HeapGuard.outOfMemorySince().isPresent()) {
                    throw HttpProblem.unavailable("The heap ran out at "
                                    + HeapGuard.outOfMemorySince().get()
                                    + ": the server may no longer answer correctly. Restart it (run it with"
                                    + " -XX:+ExitOnOutOfMemoryError under a supervisor to have that done).")
                            .reason("out-of-memory");
                }
                if (!ready.getAsBoolean()) {
                    throw HttpProblem.unavailable("The store is still opening or loading the seeds.");
                }
                try {
                    store.read(dsg -> dsg.listGraphNodes().hasNext()); // the store answers a read
                } catch (RuntimeException e) {
                    log.error("Health check: the store does not answer", e);
                    throw HttpProblem.unavailable("The store does not answer a read.");
                }
                ctx.json(Map.of("status", "ok"));
            });
            // a path that exists with another method: 405 with Allow (ProblemMapper), not 404
            config.http.prefer405over404 = true;
        });
    }

    /**
     * The result cache takes at most an eighth of the heap, whatever was asked: a 64 MB cache in a
     * 128 MB heap left too little for the queries themselves, and the heap wedged.
     */
    private static long resultCacheBytes(long asked) {
        long bound = Runtime.getRuntime().maxMemory() / 8;
        if (asked > bound) {
            log.info("Result cache: {} MB, an eighth of the heap (asked for {} MB)", bound >> 20, asked >> 20);
            return bound;
        }
        return asked;
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        log.info("policy-kg listening on http://{}:{}/", host, app.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Every registered route as "METHOD path" in Javalin's syntax, for the check against the OpenAPI description. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod()) // not the before/after filters
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .toList();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Computes a value once, on first use, for any number of threads. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> compute;
        private T value;

        Memo(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }
}
