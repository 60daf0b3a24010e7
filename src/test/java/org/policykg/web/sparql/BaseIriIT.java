package org.policykg.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policykg.TestServer;

/** Relative IRIs in queries and updates resolve against the endpoint URL, never the server's working folder. */
class BaseIriIT {
    private static final String TOKEN = TestServer.ADMIN_TOKEN;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestServer server;
    private String endpoint;

    @BeforeEach
    void start() {
        server = TestServer.empty().start();
        endpoint = server.uri("/sparql").toString();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void resolvesRelativeIrisInQueriesAgainstTheEndpoint() throws IOException, InterruptedException {
        String query = URLEncoder.encode("CONSTRUCT { <s> <p> 1 } WHERE {}", StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint + "?query=" + query))
                        .header("Accept", "application/n-triples")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<" + endpoint.replace("/sparql", "/s") + ">")
                .doesNotContain("file:");
    }

    @Test
    void resolvesRelativeIrisInUpdatesAgainstTheEndpoint() throws IOException, InterruptedException {
        HttpResponse<String> update = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <g> { <s> <p> <o> } }"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(update.statusCode()).isEqualTo(204);

        String ask = "ASK { GRAPH <" + endpoint.replace("/sparql", "/g") + "> { ?s ?p ?o } }";
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(ask))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("\"boolean\" : true");
    }
}
