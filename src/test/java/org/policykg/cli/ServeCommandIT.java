package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.ServerProcess;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;

/**
 * The packaged jar as a user runs it: {@code serve} in its own process on a TDB2 folder, stopped
 * and started again on the same folder; stopped with SIGTERM; and the commands that open the folder
 * while it holds it.
 */
@Tag("process")
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

    @Test
    void dumpAndLoadOnTheFolderARunningServerHoldsSayWhatToDoInOneLine(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path text = tmp.resolve("note.txt");
        Files.writeString(text, "Treating data security as the top priority.");
        try (ServerProcess server = ServerProcess.start(null, 240, "--data", data.toString())) {
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
            for (String[] args : new String[][] {
                {"dump", "--data", data.toString()}, {"load", text.toString(), "--data", data.toString()}
            }) {
                StringWriter err = new StringWriter();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int[] code = new int[1];
                List<String> log = LogLines.of(
                        Main.class,
                        () -> code[0] = Main.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8))
                                .setErr(new PrintWriter(err, true))
                                .execute(args));
                assertThat(code[0]).as(args[0]).isEqualTo(1);
                assertThat(log)
                        .as(args[0])
                        .singleElement()
                        .satisfies(line -> assertThat(line)
                                .startsWith("ERROR " + data + " is held by a running server")
                                .contains("/dump.nq", "POST /api/documents"));
                assertThat(err.toString()).as("no stack trace").isEmpty();
                assertThat(out.size()).isZero();
            }
        }
    }

    @Test
    void sigtermLogsTheShutdownAndClosesTheStoreSoThatTheFolderOpensAgain(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("serve.log");
        try (ServerProcess server = ServerProcess.startLoggingTo(log, null, 240, "--data", data.toString())) {
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
        } // close(): SIGTERM, then waits for the process to end
        assertThat(Files.readAllLines(log))
                .anySatisfy(line -> assertThat(line).contains("Shutting down"))
                .anySatisfy(line -> assertThat(line).contains("Stopped; the store is closed"));
        try (GraphStore store = Tdb2GraphStore.open(data)) {
            long graphs = store.read(dsg -> Iter.count(dsg.listGraphNodes()));
            assertThat(graphs).isPositive();
        }
    }

    private String runAndCount(Path data, boolean checkCorpus) throws Exception {
        // a first start stores every seed document (the essay and the development corpus): on a shared
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
                // every seed text (the essay and the development corpus), in two languages, over years
                HttpResponse<String> corpus =
                        get(server, "/sparql?query=" + URLEncoder.encode(CORPUS, StandardCharsets.UTF_8));
                String[] row = corpus.body()
                        .lines()
                        .skip(1)
                        .findFirst()
                        .orElseThrow()
                        .strip()
                        .split(",");
                assertThat(Long.parseLong(row[0])).as("documents").isEqualTo(seedTexts());
                assertThat(row[1]).as("languages").isEqualTo("2");
                assertThat(Integer.parseInt(row[2])).as("years issued").isGreaterThanOrEqualTo(5);
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

    /** The seed folder's texts: each is one document of the first start. */
    private static long seedTexts() throws java.io.IOException {
        try (var files = Files.walk(Path.of("seeds"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).count();
        }
    }
}
