package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.FormatFixtures;
import org.policykg.RegisterTexts;
import org.policykg.TestData;
import org.policykg.ingest.DocumentIngest;
import org.policykg.ingest.IngestWarningsTest;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;

@Tag("slow")
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
        // the fourth column: what the sample introduces beside the schemes
        assertThat(bytes.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("register-sample\t" + expected + "\ten\tcandidate-concepts=1,candidate-roles=1");
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
    void failsWithExitCode1OnAMissingFileSayingItIsNotFound(@TempDir Path tmp) {
        Path absent = tmp.resolve("absent.txt");
        int[] code = new int[1];
        List<String> log = LogLines.of(
                LoadCommand.class,
                () -> code[0] = run(
                        "load", absent.toString(), "--data", tmp.resolve("tdb").toString()));
        assertThat(code[0]).isEqualTo(1);
        assertThat(log).contains("ERROR Cannot load " + absent + ": not found");
    }

    private static java.util.Set<String> documents(Path data) {
        try (GraphStore store = Tdb2GraphStore.open(data)) {
            return store.read(dsg -> {
                java.util.Set<String> ids = new java.util.TreeSet<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    String prefix = "https://w3id.org/policy-kg/graph/doc/";
                    if (g.getURI().startsWith(prefix)) {
                        ids.add(g.getURI().substring(prefix.length()));
                    }
                });
                return ids;
            });
        }
    }

    @Test
    void storesTextsInTransactionsOfBatchFilesEachAllOrNothing(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("tdb");
        for (String id : new String[] {"one", "two", "three"}) {
            Files.writeString(tmp.resolve(id + ".txt"), "Treating " + id + " security as the top priority.");
        }
        Files.write(tmp.resolve("latin1.txt"), "Caf\u00e9 security".getBytes(StandardCharsets.ISO_8859_1));
        // the third file fails: the transaction of the first two (--batch 2) is committed, its own is not
        assertThat(run(
                        "load",
                        tmp.resolve("one.txt").toString(),
                        tmp.resolve("two.txt").toString(),
                        tmp.resolve("three.txt").toString(),
                        tmp.resolve("latin1.txt").toString(),
                        "--batch",
                        "2",
                        "--data",
                        data.toString()))
                .isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().map(l -> l.split("\t")[0]))
                .containsExactly("one", "two");
        assertThat(documents(data)).containsExactly("one", "two");

        bytes.reset();
        assertThat(run(
                        "load",
                        tmp.resolve("three.txt").toString(),
                        tmp.resolve("one.txt").toString(),
                        "--data",
                        data.toString()))
                .isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().map(l -> l.split("\t")[0]))
                .containsExactly("three", "one");
        assertThat(documents(data)).containsExactly("one", "three", "two");
    }

    @Test
    void namesTheLanguageReadAndWarnsOfOneItDoesNotRead(@TempDir Path tmp) throws Exception {
        Path zh = tmp.resolve("zh.txt");
        Files.writeString(zh, "必须坚持总体国家安全观，统筹发展和安全，把安全发展贯穿国家发展各领域。");
        Path ru = tmp.resolve("ru.txt");
        Files.writeString(ru, "Национальная безопасность является основой стабильности и развития страны.");
        String data = tmp.resolve("tdb").toString();
        List<String> log = LogLines.of(
                DocumentIngest.class,
                () -> assertThat(run("load", zh.toString(), ru.toString(), "--data", data))
                        .isZero());
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().map(l -> l.split("\t")))
                .extracting(l -> l[0] + " " + l[2])
                .containsExactly("zh zh", "ru und");
        assertThat(log)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("WARN Document ru:")
                        .contains("Cyrillic")
                        .contains("reads English and Chinese only"));
        assertThat(documents(Path.of(data))).containsExactly("ru", "zh");
    }

    @Test
    void printsTheWarningsOfEachDocumentAndExplainsThemOnStderr(@TempDir Path tmp) throws Exception {
        Path nothing = tmp.resolve("nothing.txt");
        Files.writeString(nothing, IngestWarningsTest.NOTHING_EN);
        Path candidates = tmp.resolve("candidates.txt");
        Files.writeString(candidates, IngestWarningsTest.CANDIDATES);
        Path register = tmp.resolve("register.txt");
        Files.writeString(register, RegisterTexts.plain());
        String data = tmp.resolve("tdb").toString();
        List<String> log = LogLines.of(
                DocumentIngest.class,
                () -> assertThat(run(
                                "load", nothing.toString(), candidates.toString(), register.toString(), "--data", data))
                        .isZero());
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("nothing\t").endsWith("\ten\tno-statements");
        assertThat(lines.get(1)).startsWith("candidates\t").endsWith("\ten\tcandidate-concepts=2,candidate-roles=1");
        assertThat(lines.get(2).split("\t")[3]).doesNotContain("no-statements", "language-not-read");
        assertThat(log)
                .anySatisfy(line ->
                        assertThat(line).startsWith("WARN Document nothing:").contains("No statements were found"));
        assertThat(log)
                .anySatisfy(line ->
                        assertThat(line).startsWith("INFO Document candidates:").contains("lighthouse security"));
    }

    @Test
    void loadsAPdfAndAnHtmlPageNamedByTheirStems(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("printed-notice.pdf");
        Files.write(pdf, FormatFixtures.textPdf());
        Path page = tmp.resolve("web-notice.html");
        Files.writeString(page, FormatFixtures.articlePage());
        Path scan = tmp.resolve("scan.pdf");
        Files.write(scan, FormatFixtures.imagePdf());
        Path data = tmp.resolve("tdb");
        assertThat(run("load", pdf.toString(), page.toString(), "--data", data.toString()))
                .isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().map(l -> l.split("\t")[0]))
                .containsExactly("printed-notice", "web-notice");
        assertThat(documents(data)).containsExactly("printed-notice", "web-notice");
        List<String> log = LogLines.of(
                LoadCommand.class,
                () -> assertThat(run("load", scan.toString(), "--data", data.toString()))
                        .isEqualTo(1));
        assertThat(log).anySatisfy(line -> assertThat(line).contains("scan.pdf").contains("no text layer"));
        assertThat(documents(data)).containsExactly("printed-notice", "web-notice");
    }
}
