package org.policykg.web.ui;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.policykg.web.SiteHeader;

/**
 * The browser UI: home ({@code /}), query editor ({@code /query}), graph view ({@code /graph}) and
 * reader ({@code /read/{id}}). The pages are fixed HTML; their scripts under {@code /assets/} read
 * the public API and insert every value as text, never as markup. Every response carries a
 * Content-Security-Policy that allows scripts from this server only, so injected markup cannot run.
 */
public final class UiRoutes {
    /** No inline or foreign script; inline styles stay allowed because the editor and graph libraries set them. */
    public static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final String[] PAGES = {"index", "query", "graph", "read"};

    private final Map<String, String> pages = new HashMap<>();
    private final ExampleQueries examples = ExampleQueries.load();
    private final Predicate<String> documentExists;

    /** @param documentExists whether the store holds a document of this id, for the reader's 404 */
    public UiRoutes(Predicate<String> documentExists) {
        this.documentExists = documentExists;
        for (String page : PAGES) {
            pages.put(page, SiteHeader.fill(resource("/ui/" + page + ".html"), null));
        }
    }

    public void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/ui/assets";
            files.location = Location.CLASSPATH;
        });
        // the WebJars' files (YASGUI, Cytoscape.js) from the jar, under /assets/vendor/NAME/VERSION/...
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets/vendor";
            files.directory = "/META-INF/resources/webjars";
            files.location = Location.CLASSPATH;
        });
        config.routes.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
        });
        config.routes.get("/", ctx -> page(ctx, "index"));
        config.routes.get("/query", ctx -> page(ctx, "query"));
        config.routes.get("/query/examples.json", ctx -> ctx.json(examples.examples()));
        config.routes.get("/graph", ctx -> page(ctx, "graph"));
        config.routes.get("/read/{id}", ctx -> {
            // the page still comes, and says that the document cannot be loaded; the status tells clients
            if (!documentExists.test(ctx.pathParam("id"))) {
                ctx.status(404);
            }
            page(ctx, "read");
        });
    }

    private void page(Context ctx, String name) {
        ctx.contentType("text/html; charset=utf-8").result(pages.get(name));
    }

    private static String resource(String path) {
        try (InputStream in = UiRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing UI resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
