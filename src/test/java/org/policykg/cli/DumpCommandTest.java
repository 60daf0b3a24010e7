package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykg.TestData;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;

/** {@code dump} then {@code load} of the dump gives back the same graphs, each under its name. */
@Tag("slow")
class DumpCommandTest {
    @TempDir
    static Path tmp;

    private static Path source;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void loadSeedAndSample() {
        source = tmp.resolve("source");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(Main.commandLine(quiet)
                        .execute(
                                "load",
                                TestData.ESSAY.toString(),
                                TestData.REGISTER_SAMPLE.toString(),
                                "--data",
                                source.toString()))
                .isZero();
    }

    private int run(String... args) {
        return Main.commandLine(out).execute(args);
    }

    @ParameterizedTest
    @CsvSource({"nquads, nq", "trig, trig", "jsonld, jsonld"})
    void aDumpLoadedIntoAFreshFolderGivesTheSameGraphs(String format, String extension) {
        Path dump = tmp.resolve("dump-" + format + "." + extension);
        Path copy = tmp.resolve("copy-" + format);
        assertThat(run("dump", "--data", source.toString(), "-o", dump.toString(), "--format", format))
                .isZero();
        assertThat(run("load", dump.toString(), "--data", copy.toString())).isZero();

        Map<String, Graph> expected = graphs(source);
        Map<String, Graph> actual = graphs(copy);
        // the ontology files, the essay and the sample: each a graph of its own
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, graph) -> assertThat(actual.get(name).isIsomorphicWith(graph))
                .as("graph %s", name)
                .isTrue());
    }

    @Test
    void dumpsToStandardOutputAsNQuadsByDefault() {
        assertThat(run("dump", "--data", source.toString())).isZero();
        long quads = bytes.toString(StandardCharsets.UTF_8).lines().count();
        long stored = graphs(source).values().stream().mapToLong(Graph::size).sum();
        assertThat(quads).isEqualTo(stored);
    }

    @Test
    void aTurtleDumpHoldsTheUnionOfTheGraphs() {
        Path ttl = tmp.resolve("union.ttl");
        assertThat(run("dump", "--data", source.toString(), "-o", ttl.toString(), "--format", "turtle"))
                .isZero();
        Graph union = GraphFactory.createDefaultGraph();
        graphs(source).values().forEach(g -> g.find().forEach(union::add));
        assertThat(RDFDataMgr.loadGraph(ttl.toString()).isIsomorphicWith(union)).isTrue();
    }

    @Test
    void refusesAnUnknownFormatAndAMissingFolder() throws Exception {
        assertThat(run("dump", "--data", source.toString(), "--format", "rdfxml"))
                .isEqualTo(2);
        Path absent = tmp.resolve("absent");
        assertThat(run("dump", "--data", absent.toString())).isEqualTo(1);
        assertThat(Files.exists(absent)).isFalse();
    }

    @Test
    void aDumpThatDoesNotParseFailsWithExitCode1AndChangesNothing() throws Exception {
        Path bad = tmp.resolve("bad.nq");
        Files.writeString(bad, "<urn:a> <urn:b> <urn:c> <urn:g> .\nthis is not N-Quads\n");
        Path target = tmp.resolve("target-bad");
        assertThat(run("load", bad.toString(), "--data", target.toString())).isEqualTo(1);
        assertThat(graphs(target)).doesNotContainKey("urn:g");
    }

    /** Every named graph of a TDB2 folder, copied out of the store. */
    private static Map<String, Graph> graphs(Path folder) {
        try (GraphStore store = Tdb2GraphStore.open(folder)) {
            return store.read(dsg -> {
                Map<String, Graph> out = new TreeMap<>();
                for (Node name : (Iterable<Node>) () -> dsg.listGraphNodes()) {
                    Graph copy = GraphFactory.createDefaultGraph();
                    dsg.getGraph(name).find().forEach(copy::add);
                    out.put(name.getURI(), copy);
                }
                return out;
            });
        }
    }
}
