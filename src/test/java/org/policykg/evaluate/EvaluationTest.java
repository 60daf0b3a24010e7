package org.policykg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.TestData;

/**
 * The extractor scored against the gold annotations of {@code annotations/} (made by reading the
 * texts, never from the extractor's output). Writes the full report to
 * {@code target/evaluation-report.txt}; fails when a score on the seed essay falls below the floor
 * it has reached, and when the summed scores of the development corpus's English documents fall below
 * theirs, so that a rule change cannot silently lose what was won.
 */
class EvaluationTest {
    private static final String ESSAY = "000_355858e11e4f93ed";
    /** Floors of precision and recall on the essay, per kind: {precision, recall}. */
    private static final Map<String, double[]> ESSAY_FLOORS = Map.of(
            "RoleAssignment", new double[] {0.95, 0.95},
            "Pair", new double[] {0.95, 0.95},
            "Directive", new double[] {0.95, 0.88},
            "Actor", new double[] {0.95, 0.95},
            "Formulation", new double[] {0.95, 0.95},
            "CitedDocument", new double[] {0.95, 0.95},
            "Quotation", new double[] {0.95, 0.95},
            "Date", new double[] {0.95, 0.95},
            "Figure", new double[] {0.95, 0.95});

    /**
     * Floors on the English real documents of the development corpus, summed: a little below what the
     * rules reach there, so that a change to a rule cannot lose it unnoticed. {precision, recall}.
     */
    private static final Map<String, double[]> CORPUS_FLOORS = Map.of(
            "RoleAssignment", new double[] {0.95, 0.75},
            "Pair", new double[] {0.95, 0.72},
            "Directive", new double[] {0.95, 0.88},
            "Actor", new double[] {0.80, 0.90},
            "CitedDocument", new double[] {0.75, 0.65},
            // 0.85: the three documents of the second English probe (2026-12-08) brought dates the rules
            // cannot key as their gold does (a span of days, a page's posting date, a title block's month
            // anchored in the page title); 0.90 before them
            "Date", new double[] {0.85, 0.85},
            "Figure", new double[] {0.90, 0.90},
            "Mention", new double[] {0.85, 0.78});

    private static final List<Evaluator.Report> REPORTS = new ArrayList<>();

    @BeforeAll
    static void evaluateEveryAnnotatedText() throws IOException {
        REPORTS.addAll(
                new Evaluator(TestData.PIPELINE).evaluateAll(Evaluator.ANNOTATION_FOLDERS, Evaluator.TEXT_FOLDERS));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "evaluation-report.txt"), Evaluator.table(REPORTS));
    }

    @Test
    void everyAnnotatedTextIsScored() {
        assertThat(REPORTS)
                .extracting(Evaluator.Report::document)
                .contains(ESSAY, "register-sample", "ccp-food-energy-commentary", "cac-data-security-notice");
    }

    /** The ids of the texts ({@code NAME.txt}) of a collection folder. */
    private static List<String> textIds(Path folder) throws IOException {
        try (var texts = Files.list(folder)) {
            return texts.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .toList();
        }
    }

    @Test
    void everyDocumentOfTheDevelopmentCorpusIsScored() throws IOException {
        List<String> ids = textIds(TestData.DEV_CORPUS);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(12);
        assertThat(REPORTS).extracting(Evaluator.Report::document).containsAll(ids);
    }

    /**
     * The held-out documents are scored by default and summed as their own collection; no floor is set
     * on them, since a floor would make them a target to tune on.
     */
    @Test
    void everyDocumentOfTheHeldOutCollectionIsScoredApart() throws IOException {
        List<String> ids = textIds(Path.of("src", "test", "resources", Evaluator.HELD_OUT));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(4);
        assertThat(REPORTS)
                .filteredOn(r -> ids.contains(r.document()))
                .extracting(Evaluator.Report::collection)
                .hasSize(ids.size())
                .containsOnly(Evaluator.HELD_OUT);
    }

    @Test
    void theDevelopmentCorpusKeepsItsEnglishScores() {
        List<Evaluator.Report> english = REPORTS.stream()
                .filter(r -> r.collection().equals("devcorpus") && r.language().equals("en"))
                .toList();
        List<Scores> sums = Totals.overall(english);
        CORPUS_FLOORS.forEach((kind, floor) -> {
            Scores s =
                    sums.stream().filter(x -> x.kind().equals(kind)).findFirst().orElseThrow();
            assertThat(s.precision()).as("%s precision", kind).isGreaterThanOrEqualTo(floor[0]);
            assertThat(s.recall()).as("%s recall", kind).isGreaterThanOrEqualTo(floor[1]);
        });
    }

    @Test
    void theEssayKeepsItsScores() {
        Evaluator.Report essay = REPORTS.stream()
                .filter(r -> r.document().equals(ESSAY))
                .findFirst()
                .orElseThrow();
        ESSAY_FLOORS.forEach((kind, floor) -> {
            Scores s = essay.of(kind);
            assertThat(s.precision()).as("%s precision", kind).isGreaterThanOrEqualTo(floor[0]);
            assertThat(s.recall()).as("%s recall", kind).isGreaterThanOrEqualTo(floor[1]);
        });
    }
}
