package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.TestData;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;

class LoadCommandTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private int run(String... args) {
        return Main.commandLine(out).execute(args);
    }

    @Test
    void loadsFilesIntoATdb2FolderAndPrintsOneLinePerDocument(@TempDir Path tmp) {
        Path data = tmp.resolve("tdb");
        assertThat(run("load", TestData.REGISTER_SAMPLE.toString(), "--data", data.toString()))
                .isZero();
        long expected = TestData.extract(TestData.REGISTER_SAMPLE).model().size();
        assertThat(bytes.toString(StandardCharsets.UTF_8).strip()).isEqualTo("register-sample\t" + expected);
        // loading again replaces rather than adds
        assertThat(run("load", TestData.REGISTER_SAMPLE.toString(), "--data", data.toString()))
                .isZero();
        try (GraphStore store = Tdb2GraphStore.open(data)) {
            long triples = store.read(dsg -> Iter.count(
                    dsg.getGraph(NodeFactory.createURI("https://w3id.org/policy-kg/graph/doc/register-sample"))
                            .find()));
            assertThat(triples).isEqualTo(expected);
        }
    }

    @Test
    void failsWithExitCode1OnAFileThatIsNotUtf8(@TempDir Path tmp) throws Exception {
        Path latin1 = tmp.resolve("latin1.txt");
        Files.write(latin1, "Caf\u00e9 security".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("load", latin1.toString(), "--data", tmp.resolve("tdb").toString()))
                .isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void failsWithExitCode1OnAMissingFile(@TempDir Path tmp) {
        assertThat(run(
                        "load",
                        tmp.resolve("absent.txt").toString(),
                        "--data",
                        tmp.resolve("tdb").toString()))
                .isEqualTo(1);
    }
}
