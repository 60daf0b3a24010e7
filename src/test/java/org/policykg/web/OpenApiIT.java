package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestServer;

/** The OpenAPI description covers every route the server registers; Swagger UI is served from the jar. */
class OpenApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.empty();

    @Test
    void everyRegisteredRouteIsDescribedAndNothingElse() throws Exception {
        HttpResponse<String> r = server.get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> described = new TreeSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> methods = doc.get("paths").get(path).fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (!method.equals("parameters") && !method.equals("summary") && !method.equals("description")) {
                    described.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        Set<String> registered = new TreeSet<>();
        for (String route : server.routes()) {
            registered.add(openApiPath(route));
        }
        assertThat(registered).isNotEmpty();
        assertThat(described).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void swaggerUiIsServedFromTheJarWithoutInlineScript() {
        HttpResponse<String> page = server.get("/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'");
        Matcher bundle = Pattern.compile("src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle\\.js)\"")
                .matcher(page.body());
        assertThat(bundle.find()).isTrue();
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("https://");
        assertThat(server.get(bundle.group(1)).statusCode()).isEqualTo(200);
        assertThat(server.get("/docs/init.js").body()).contains("/openapi.json");
    }

    /** Javalin's {@code {id}} and {@code <rest>} path parameters become OpenAPI's {@code {id}}. */
    private static String openApiPath(String route) {
        return route.replaceAll("<([^>]+)>", "{$1}");
    }
}
