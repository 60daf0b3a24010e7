package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.ServerProcess;

/**
 * The packaged jar as a user runs it: {@code serve} in its own process on a TDB2 folder, stopped
 * and started again on the same folder.
 */
class ServeCommandIT {
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
        // close() sends SIGTERM: the shutdown hook closes the store, and waits for the process to end
        try (ServerProcess server = ServerProcess.start(null, 90, "--data", data.toString())) {
            HttpResponse<String> health = get(server, "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            // the UI's files are read from the jar: reading the packed seeds must leave them readable
            assertThat(get(server, "/assets/ui.css").statusCode()).isEqualTo(200);
            assertThat(get(server, "/assets/vendor/cytoscape/3.33.1/dist/cytoscape.min.js")
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> r = get(server, "/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(200);
            return r.body().lines().skip(1).findFirst().orElseThrow().strip();
        }
    }

    private HttpResponse<String> get(ServerProcess server, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", "text/csv")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
