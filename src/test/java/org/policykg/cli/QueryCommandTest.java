package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.TestData;
import org.policykg.TestServer;

class QueryCommandTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/policy-kg/graph/doc/"
            + "register-sample> { ?s ?p ?o } }";

    @TempDir
    static Path tmp;

    private static Path data;
    private static long triples;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void load() {
        data = tmp.resolve("tdb");
        ByteArrayOutputStream loaded = new ByteArrayOutputStream();
        assertThat(Main.commandLine(new PrintStream(loaded, true, StandardCharsets.UTF_8))
                        .execute("load", TestData.REGISTER_SAMPLE.toString(), "--data", data.toString()))
                .isZero();
        triples = Long.parseLong(loaded.toString(StandardCharsets.UTF_8).strip().split("\t")[1]);
    }

    private int run(String... args) {
        return Main.commandLine(out).execute(args);
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsCsvFromADataFolder() {
        assertThat(run("query", COUNT, "--data", data.toString(), "--format", "csv"))
                .isZero();
        assertThat(output().lines()).containsExactly("n", Long.toString(triples));
    }

    @Test
    void printsATableByDefaultAndAnswersAsk() {
        assertThat(run("query", COUNT, "--data", data.toString())).isZero();
        assertThat(output()).contains("| n ").contains(Long.toString(triples));
        bytes.reset();
        assertThat(run("query", "ASK { GRAPH ?g { ?s ?p ?o } }", "--data", data.toString()))
                .isZero();
        assertThat(output().strip()).isEqualTo("true");
    }

    @Test
    void runsAQueryFileAsSparqlJson() throws Exception {
        assertThat(run("query", "--file", "queries/documents.rq", "--data", data.toString(), "--format", "json"))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(output());
        assertThat(json.get("results").get("bindings")).isNotEmpty();
    }

    @Test
    void queriesARunningEndpointOverHttp() {
        try (TestServer server = TestServer.empty().start()) {
            String url = server.uri("/sparql").toString();
            assertThat(run("query", "ASK { ?s ?p ?o }", "--url", url)).isZero();
            assertThat(output().strip()).isEqualTo("false");
        }
    }

    @Test
    void exitsWith2OnASyntaxErrorOrBadUsage() {
        assertThat(run("query", "SELECT ?x WHERE { ?x ", "--data", data.toString()))
                .isEqualTo(2);
        assertThat(run("query", "--data", data.toString())).isEqualTo(2);
        assertThat(run("query", COUNT, "--file", "queries/documents.rq")).isEqualTo(2);
        assertThat(run("query", COUNT, "--format", "xml")).isEqualTo(2);
        assertThat(output()).isEmpty();
    }

    @Test
    void exitsWith1WhenTheStoreOrEndpointIsNotThere() throws Exception {
        assertThat(run("query", COUNT, "--data", tmp.resolve("absent").toString()))
                .isEqualTo(1);
        assertThat(tmp.resolve("absent")).doesNotExist();
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThat(run("query", COUNT, "--url", "http://127.0.0.1:" + closedPort + "/sparql"))
                .isEqualTo(1);
    }
}
