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
 * it has reached, so that a rule change cannot silently lose what was won.
 */
class EvaluationTest {
    private static final String ESSAY = "000_355858e11e4f93ed";
    /** Floors of precision and recall on the essay, per kind: {precision, recall}. */
    private static final Map<String, double[]> ESSAY_FLOORS = Map.of(
            "RoleAssignment", new double[] {0.95, 0.95},
            "Pair", new double[] {0.95, 0.95},
            "Directive", new double[] {0.95, 0.90},
            "Actor", new double[] {0.95, 0.95},
            "Formulation", new double[] {0.95, 0.95},
            "CitedDocument", new double[] {0.95, 0.95},
            "Quotation", new double[] {0.95, 0.95},
            "Date", new double[] {0.95, 0.95},
            "Figure", new double[] {0.95, 0.95});

    private static final List<Evaluator.Report> REPORTS = new ArrayList<>();

    @BeforeAll
    static void evaluateEveryAnnotatedText() throws IOException {
        Path annotations = Path.of("src", "test", "resources", "annotations");
        REPORTS.addAll(new Evaluator(TestData.PIPELINE).evaluateAll(annotations, Evaluator.TEXT_FOLDERS));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "evaluation-report.txt"), Evaluator.table(REPORTS));
    }

    @Test
    void everyAnnotatedTextIsScored() {
        assertThat(REPORTS)
                .extracting(Evaluator.Report::document)
                .contains(ESSAY, "register-sample", "ccp-food-energy-commentary", "cac-data-security-notice");
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
