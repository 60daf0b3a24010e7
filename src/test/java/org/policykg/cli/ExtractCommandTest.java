package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.TestData;
import org.policykg.ingest.IngestWarningsTest;

class ExtractCommandTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private int run(String... args) {
        return Main.commandLine(out).execute(args);
    }

    @Test
    void writesTurtleToStandardOutput() {
        assertThat(run("extract", TestData.ESSAY.toString())).isZero();
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(bytes.toString(StandardCharsets.UTF_8), Lang.TURTLE)
                .parse(m);
        assertThat(m.isIsomorphicWith(TestData.extract(TestData.ESSAY).model())).isTrue();
    }

    @Test
    void writesNQuadsWithOneGraphPerDocument(@TempDir Path tmp) {
        Path out = tmp.resolve("all.nq");
        assertThat(run("extract", TestData.ESSAY.toString(), TestData.REGISTER_SAMPLE.toString(), "-o", out.toString()))
                .isZero();
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        assertThat(ds.listModelNames())
                .toIterable()
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "https://w3id.org/policy-kg/graph/doc/000_355858e11e4f93ed",
                        "https://w3id.org/policy-kg/graph/doc/register-sample");
    }

    @Test
    void writesTurtleToATtlFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("essay.ttl");
        assertThat(run("extract", TestData.ESSAY.toString(), "--output", out.toString()))
                .isZero();
        assertThat(Files.readString(out)).containsPattern("(?i)(@prefix|PREFIX) pkg:");
    }

    @Test
    void refusesAFileThatIsNotUtf8(@TempDir Path tmp) throws Exception {
        Path latin1 = tmp.resolve("latin1.txt");
        Files.write(latin1, "S\u00e9curit\u00e9 nationale".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("extract", latin1.toString())).isEqualTo(1);
        assertThat(bytes.size()).isZero();
    }

    @Test
    void aMissingFileIsSaidToBeNotFound(@TempDir Path tmp) {
        Path absent = tmp.resolve("absent.txt");
        int[] code = new int[1];
        List<String> log = LogLines.of(ExtractCommand.class, () -> code[0] = run("extract", absent.toString()));
        assertThat(code[0]).isEqualTo(1);
        assertThat(log).containsExactly("ERROR Cannot read " + absent + ": not found");
    }

    @Test
    void refusesAnEmptyTextWithExitCode2AsLoadDoes(@TempDir Path tmp) throws Exception {
        Path blank = tmp.resolve("blank.txt");
        Files.writeString(blank, " \n\n");
        int[] code = new int[1];
        List<String> log = LogLines.of(ExtractCommand.class, () -> code[0] = run("extract", blank.toString()));
        assertThat(code[0]).isEqualTo(2);
        assertThat(log).containsExactly("ERROR Cannot extract " + blank + ": The text is empty or blank.");
        assertThat(bytes.size()).isZero();
        assertThat(run("load", blank.toString(), "--data", tmp.resolve("tdb").toString()))
                .isEqualTo(2);
    }

    @Test
    void refusesAnUnknownOutputExtension(@TempDir Path tmp) {
        assertThat(run(
                        "extract",
                        TestData.ESSAY.toString(),
                        "-o",
                        tmp.resolve("x.docx").toString()))
                .isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][] {{"--help"}, {"serve", "--help"}, {"extract", "--help"}}) {
            bytes.reset();
            assertThat(run(args)).isZero();
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Usage:");
        }
    }

    @Test
    void readsEveryTextUnderAFolder(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("texts/sub"));
        Files.copy(TestData.REGISTER_SAMPLE, folder.resolve("register-sample.txt"));
        Files.writeString(tmp.resolve("texts/notes.md"), "not a text to extract");
        Path out = tmp.resolve("all.nq");
        assertThat(run("extract", tmp.resolve("texts").toString(), "-o", out.toString()))
                .isZero();
        assertThat(RDFDataMgr.loadDataset(out.toString()).listModelNames())
                .toIterable()
                .extracting(Object::toString)
                .containsExactly("https://w3id.org/policy-kg/graph/doc/register-sample");
    }

    @Test
    void saysWhichLanguageItReadAndWarnsOfOneItDoesNotRead(@TempDir Path tmp) throws Exception {
        Path zh = tmp.resolve("zh.txt");
        Files.writeString(zh, "必须坚持以人民安全为宗旨，以政治安全为根本，以经济安全为基础。");
        Path fr = tmp.resolve("fr.txt");
        Files.writeString(
                fr,
                "La sécurité nationale est le fondement de la stabilité du pays. Nous devons renforcer la"
                        + " coordination entre les différents départements, améliorer les mécanismes de prévention"
                        + " des risques et garantir la sécurité des citoyens dans tous les domaines, car la paix"
                        + " durable exige une vigilance constante et une coopération étroite avec nos partenaires.");
        List<String> log = LogLines.of(
                ExtractCommand.class,
                () -> assertThat(run(
                                "extract",
                                zh.toString(),
                                fr.toString(),
                                "-o",
                                tmp.resolve("out.nq").toString()))
                        .isZero());
        assertThat(log)
                .anySatisfy(
                        line -> assertThat(line).startsWith("INFO Extracted").endsWith("zh.txt, read as zh"));
        assertThat(log)
                .anySatisfy(
                        line -> assertThat(line).startsWith("INFO Extracted").endsWith("fr.txt, read as und"));
        assertThat(log)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("WARN " + fr)
                        .contains("other than English")
                        .contains("reads English and Chinese only"));
        // a text the extractor does not read still gives its document graph
        assertThat(RDFDataMgr.loadDataset(tmp.resolve("out.nq").toString()).listModelNames())
                .toIterable()
                .hasSize(2);
    }

    @Test
    void warnsOfATextWithoutStatementsAndNamesTheCandidatesItIntroduced(@TempDir Path tmp) throws Exception {
        Path nothing = tmp.resolve("nothing.txt");
        Files.writeString(nothing, IngestWarningsTest.NOTHING_ZH);
        Path candidates = tmp.resolve("candidates.txt");
        Files.writeString(candidates, IngestWarningsTest.CANDIDATES);
        List<String> log = LogLines.of(
                ExtractCommand.class,
                () -> assertThat(run(
                                "extract",
                                nothing.toString(),
                                candidates.toString(),
                                "-o",
                                tmp.resolve("out.nq").toString()))
                        .isZero());
        assertThat(log)
                .anySatisfy(
                        line -> assertThat(line).startsWith("WARN " + nothing).contains("No statements were found"));
        assertThat(log)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("INFO " + candidates)
                        .contains("candidate concepts introduced")
                        .contains("lighthouse security"));
        assertThat(log)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("INFO " + candidates)
                        .endsWith("1 candidate role introduced (not among the scheme's roles), for a curator to review:"
                                + " ballast."));
        assertThat(log).noneSatisfy(line -> assertThat(line).startsWith("WARN " + candidates));
    }
}
