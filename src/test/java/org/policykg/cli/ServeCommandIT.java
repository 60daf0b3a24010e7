package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a user runs it: {@code serve} in its own process on a TDB2 folder, stopped
 * and started again on the same folder.
 */
class ServeCommandIT {
    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheSeedGraphAndARestartKeepsItExactly(@TempDir Path data) throws Exception {
        String first = runAndCount(data);
        String second = runAndCount(data);
        assertThat(Long.parseLong(first)).isGreaterThan(5000);
        assertThat(second).isEqualTo(first);
    }

    private String runAndCount(Path data) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        "target/policy-kg.jar",
                        "serve",
                        "--port",
                        "0",
                        "--data",
                        data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            int port = CompletableFuture.supplyAsync(() -> awaitPort(p)).get(90, TimeUnit.SECONDS);
            HttpResponse<String> health = get(port, "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            // the UI's files are read from the jar: reading the packed seeds must leave them readable
            assertThat(get(port, "/assets/ui.css").statusCode()).isEqualTo(200);
            assertThat(get(port, "/assets/vendor/cytoscape/3.33.1/dist/cytoscape.min.js")
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> r = get(port, "/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(200);
            return r.body().lines().skip(1).findFirst().orElseThrow().strip();
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook closes the store
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/csv")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int awaitPort(Process p) {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("the server exited before saying where it listens");
    }
}
