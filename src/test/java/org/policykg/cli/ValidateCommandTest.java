package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.TestData;
import org.policykg.vocab.PKG;

class ValidateCommandTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private int run(String... args) {
        return Main.commandLine(out).execute(args);
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTextAndADataFolderConform(@TempDir Path tmp) {
        assertThat(run("validate", TestData.REGISTER_SAMPLE.toString())).isZero();
        assertThat(output()).contains("register-sample").contains("\tconforms");
        Path data = tmp.resolve("tdb");
        assertThat(run("load", TestData.REGISTER_SAMPLE.toString(), "--data", data.toString()))
                .isZero();
        bytes.reset();
        assertThat(run("validate", data.toString())).isZero();
        assertThat(output().strip()).isEqualTo("https://w3id.org/policy-kg/graph/doc/register-sample\tconforms");
    }

    @Test
    void aGraphWithoutEvidencePrintsItsViolationsAndExits1(@TempDir Path tmp) throws Exception {
        Model model = TestData.extract(TestData.REGISTER_SAMPLE).model();
        long statements = model.listSubjectsWithProperty(PKG.evidence).toList().size();
        model.removeAll(null, PKG.evidence, null);
        Path file = tmp.resolve("broken.ttl");
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, model, Lang.TURTLE);
        }
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(output()).contains("violation(s)").contains("evidence");
        assertThat(output().lines().filter(l -> l.startsWith("  ")).count()).isGreaterThanOrEqualTo(statements);
    }

    @Test
    void exitsWith2OnAnUnreadableInput(@TempDir Path tmp) throws Exception {
        assertThat(run("validate", tmp.resolve("absent.ttl").toString())).isEqualTo(2);
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, "<a> <b> .");
        assertThat(run("validate", bad.toString())).isEqualTo(2);
        assertThat(output()).isEmpty();
    }
}
