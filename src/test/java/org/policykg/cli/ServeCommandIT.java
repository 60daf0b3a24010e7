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
    private static final String CORPUS = "PREFIX pkg: <https://w3id.org/policy-kg/ontology#>"
            + " PREFIX dct: <http://purl.org/dc/terms/>"
            + " SELECT (COUNT(DISTINCT ?d) AS ?docs) (COUNT(DISTINCT ?lang) AS ?langs)"
            + " (COUNT(DISTINCT YEAR(?issued)) AS ?years)"
            + " WHERE { ?d a pkg:PolicyDocument ; dct:language ?lang . OPTIONAL { ?d dct:issued ?issued } }";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheSeedGraphAndARestartKeepsItExactly(@TempDir Path data) throws Exception {
        String first = runAndCount(data, true);
        String second = runAndCount(data, false);
        assertThat(Long.parseLong(first)).isGreaterThan(5000);
        assertThat(second).isEqualTo(first);
    }

    private String runAndCount(Path data, boolean checkCorpus) throws Exception {
        // a first start stores 20 documents (the essay and the development corpus): on a shared
        // two-core machine that has taken two minutes. close() sends SIGTERM: the shutdown hook
        // closes the store, and waits for the process to end
        try (ServerProcess server = ServerProcess.start(null, 240, "--data", data.toString())) {
            HttpResponse<String> health = get(server, "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            // the UI's files are read from the jar: reading the packed seeds must leave them readable
            assertThat(get(server, "/assets/ui.css").statusCode()).isEqualTo(200);
            assertThat(get(server, "/assets/vendor/cytoscape/3.33.1/dist/cytoscape.min.js")
                            .statusCode())
                    .isEqualTo(200);
            if (checkCorpus) {
                // the essay and the 19 documents of the development corpus, in two languages, over years
                HttpResponse<String> corpus =
                        get(server, "/sparql?query=" + URLEncoder.encode(CORPUS, StandardCharsets.UTF_8));
                assertThat(corpus.body()
                                .lines()
                                .skip(1)
                                .findFirst()
                                .orElseThrow()
                                .strip())
                        .isEqualTo("20,2,9");
            }
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
