package org.policykg.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The OpenAPI 3 description at {@code /openapi.json} and Swagger UI at {@code /docs}, served from the
 * {@code org.webjars:swagger-ui} jar (no CDN). The page loads its settings from {@code /docs/init.js}
 * rather than an inline script, so its Content-Security-Policy can forbid inline code.
 */
final class ApiDocs {
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final byte[] openApi = resource("/openapi/openapi.json");
    private final String page;
    private final byte[] init = resource("/docs/init.js");

    ApiDocs() {
        String webjar = "/webjars/swagger-ui/" + swaggerUiVersion() + "/";
        this.page = SiteHeader.fill(
                new String(resource("/docs/index.html"), StandardCharsets.UTF_8).replace("{{webjar}}", webjar),
                "/docs");
    }

    void register(RoutesConfig routes) {
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        routes.get("/docs", this::page);
        routes.get("/docs/init.js", ctx -> ctx.contentType("text/javascript").result(init));
    }

    private void page(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    /** The webjar's version, from its Maven metadata, so that the pom alone decides it. */
    private static String swaggerUiVersion() {
        Properties p = new Properties();
        try (InputStream in =
                ApiDocs.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is not on the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
