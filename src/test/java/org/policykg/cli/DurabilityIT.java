package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.ServerProcess;
import org.policykg.TestData;
import org.policykg.extract.Metadata;
import org.policykg.extract.SourceText;

/**
 * A crash mid-ingest loses nothing acknowledged and leaves nothing half-written: the packaged server
 * takes a stream of posted documents, is killed with SIGKILL (no shutdown hook, no store close), and
 * started again on the same TDB2 folder. Every document it acknowledged with 201 is there, whole, and
 * every other one is either whole or absent.
 */
@Tag("process")
class DurabilityIT {
    private static final String TOKEN = "durability-token";
    private static final String BASE_TEXT =
            TestData.read(TestData.REGISTER_SAMPLE).text();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void documentsAcknowledgedBeforeASigkillAreWholeAfterARestartAndNoneIsPartial(@TempDir Path data, @TempDir Path tmp)
            throws Exception {
        // the essay alone of the seeds: what is tested is the posted documents, and a first start
        // with the whole development corpus would take much of the start-up timeout
        String seeds = TestData.essaySeedFolder(tmp).toString();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> attempted = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();

        ServerProcess first = ServerProcess.start(TOKEN, 120, "--data", data.toString(), "--seeds", seeds);
        Thread client = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                String id = "crash-" + i;
                attempted.add(id);
                try {
                    if (post(first, id, text(i)).statusCode() == 201) {
                        acknowledged.add(id);
                    }
                } catch (IOException e) {
                    return; // the server died under this request: its fate is unknown
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        client.start();
        // kill while the client is posting: after a few acknowledgements, with requests in flight
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() < 4 && client.isAlive() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        int status = first.kill();
        stop.set(true);
        client.join(30_000);
        assertThat(status).as("exit status after SIGKILL").isEqualTo(137);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(4);

        try (ServerProcess second = ServerProcess.start(TOKEN, 120, "--data", data.toString(), "--seeds", seeds)) {
            assertThat(get(second, "/health").statusCode()).isEqualTo(200);
            int present = 0;
            for (String id : attempted) {
                Graph stored = graph(second, id);
                if (acknowledged.contains(id)) {
                    assertThat(stored.isEmpty())
                            .as("acknowledged %s is present", id)
                            .isFalse();
                }
                if (!stored.isEmpty()) {
                    int i = Integer.parseInt(id.substring("crash-".length()));
                    Graph expected = TestData.PIPELINE
                            .run(new SourceText(id, null, text(i)), Metadata.EMPTY)
                            .model()
                            .getGraph();
                    assertThat(stored.isIsomorphicWith(expected))
                            .as("%s is whole (%d stored, %d extracted)", id, stored.size(), expected.size())
                            .isTrue();
                    present++;
                }
            }
            assertThat(present).isGreaterThanOrEqualTo(acknowledged.size());
        }
    }

    /** Distinct documents: the sample text with a numbered statement of its own. */
    private static String text(int i) {
        return BASE_TEXT + "\n\nNotice " + i + ". Treating item " + i + " security as the top priority.\n";
    }

    private HttpResponse<String> post(ServerProcess server, String id, String text)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/api/documents?id=" + id)))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "text/plain; charset=utf-8")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(ServerProcess server, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", "application/n-triples")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The document's named graph as the restarted server serves it (empty when absent). */
    private Graph graph(ServerProcess server, String id) throws IOException, InterruptedException {
        String query = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + TestData.PIPELINE.graphName(id) + "> { ?s ?p ?o } }";
        HttpResponse<String> r = get(server, "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.NTRIPLES)
                .parse(g);
        return g;
    }
}
