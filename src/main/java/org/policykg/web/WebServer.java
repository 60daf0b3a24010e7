package org.policykg.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.policykg.store.GraphStore;
import org.policykg.web.api.ConceptRoutes;
import org.policykg.web.api.DocumentRoutes;
import org.policykg.web.api.JsonLd;
import org.policykg.web.gsp.GraphStoreEndpoint;
import org.policykg.web.sparql.SparqlEndpoint;
import org.policykg.web.sparql.SparqlUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Javalin server from its parts: store, settings, and the routes of each capability. */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    /**
     * @param base the data namespace of minted IRIs
     * @param adminToken the bearer token for writes, or null for a read-only server
     * @param queryTimeoutMillis the wall-clock limit of one query
     */
    public record Settings(String base, String adminToken, long queryTimeoutMillis) {
        public Settings {
            if (queryTimeoutMillis <= 0) {
                throw new IllegalArgumentException("query timeout must be positive");
            }
        }
    }

    private final Javalin app;

    /** @param ready answers /health: true once the store is open and the seeds are loaded */
    public WebServer(GraphStore store, Settings settings, BooleanSupplier ready) {
        AdminAuth auth = new AdminAuth(settings.adminToken());
        SparqlEndpoint sparql =
                new SparqlEndpoint(store, new SparqlUpdates(store, auth), settings.queryTimeoutMillis());
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 10_000_000L;
            // Javalin sets no bound on multipart bodies (Graph Store POST uploads): give them the same
            config.jetty.multipartConfig.maxTotalRequestSize(10, SizeUnit.MB);
            config.requestLogger.http(
                    (ctx, ms) -> log.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms)));
            ProblemMapper.register(config);
            config.routes.get("/sparql", sparql::handle);
            config.routes.post("/sparql", sparql::handle);
            new GraphStoreEndpoint(store, auth).register(config.routes);
            new ConceptRoutes(store).register(config.routes);
            new DocumentRoutes(store, settings.base()).register(config.routes);
            config.routes.get(
                    JsonLd.CONTEXT_PATH,
                    ctx -> ctx.contentType(JsonLd.MEDIA_TYPE)
                            .result(JsonLd.contextDocument().toString()));
            config.routes.get("/health", ctx -> {
                if (!ready.getAsBoolean()) {
                    throw HttpProblem.unavailable("The store is still opening or loading the seeds.");
                }
                ctx.json(Map.of("status", "ok"));
            });
            // the SPARQL endpoint answers GET and POST only: other methods get a clear 405
            for (HandlerType method : new HandlerType[] {HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH}) {
                config.routes.addHttpHandler(method, "/sparql", ctx -> {
                    ctx.header("Allow", "GET, POST");
                    throw HttpProblem.methodNotAllowed(
                            "The SPARQL endpoint takes GET and POST, not " + ctx.method() + ".");
                });
            }
        });
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        log.info("policy-kg listening on http://{}:{}/", host, app.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
