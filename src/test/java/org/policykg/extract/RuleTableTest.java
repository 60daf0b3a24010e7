package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.TestData;
import org.policykg.evaluate.Evaluator;
import org.policykg.evaluate.Prediction;

/**
 * Every row of every rule table ({@code src/test/resources/rules/}), run through the real pipeline
 * and keyed by the evaluator, so a row means what a gold line means. A red row names its rule, file
 * line and sentence.
 */
class RuleTableTest {
    private static final Evaluator EVALUATOR = new Evaluator(TestData.PIPELINE);
    private static final Map<String, List<Prediction>> PREDICTIONS = new ConcurrentHashMap<>();

    static Stream<RuleTable.Row> rows() {
        return RuleTable.all().stream().flatMap(t -> t.rows().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(RuleTable.Row row) {
        String key = EVALUATOR.goldKey(row.kind(), row.key());
        List<Prediction> same = predictions(row.text()).stream()
                .filter(p -> p.kind().equals(row.kind()) && p.key().equals(key))
                .toList();
        if (row.finds()) {
            assertThat(same)
                    .as("%s: a %s %s by rule %s among %s", row, row.kind(), key, row.rule(), predictions(row.text()))
                    .extracting(Prediction::rule)
                    .contains(row.rule());
        } else {
            assertThat(same).as("%s: no %s %s", row, row.kind(), key).isEmpty();
        }
    }

    @Test
    void everyRuleHasATableOfAtLeastThreeFindsAndTwoNots() {
        Map<String, RuleTable> tables = new java.util.HashMap<>();
        RuleTable.all().forEach(t -> tables.put(t.rule(), t));
        List<String> ids = TestData.PIPELINE.extractor().ruleIds();
        assertThat(tables.keySet()).as("tables of no rule").isSubsetOf(ids);
        for (String id : ids) {
            assertThat(Files.exists(RuleTable.FOLDER.resolve(id + ".tsv")))
                    .as("a table for rule %s", id)
                    .isTrue();
            assertThat(tables.get(id).count(true)).as("finds rows of %s", id).isGreaterThanOrEqualTo(3);
            assertThat(tables.get(id).count(false)).as("not rows of %s", id).isGreaterThanOrEqualTo(2);
        }
    }

    /** The document is the row's text under a one-line title, as a page reader expects a document to open. */
    private static List<Prediction> predictions(String text) {
        return PREDICTIONS.computeIfAbsent(
                text,
                t -> EVALUATOR.predictions(
                        new SourceText("rule-table", "rule-table.txt", "Title\n\n" + t + "\n"), Metadata.EMPTY));
    }
}
