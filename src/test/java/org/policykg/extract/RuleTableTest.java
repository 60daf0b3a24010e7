package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.TestData;
import org.policykg.evaluate.Evaluator;
import org.policykg.evaluate.Prediction;
import org.policykg.ontology.ShapeValidator;

/**
 * Every row of every rule table ({@code src/test/resources/rules/}), run through the real pipeline
 * and keyed by the evaluator, so a row means what a gold line means. A red row names its rule, file
 * line and sentence. The rows' graphs are checked against the shapes together, in one test.
 */
class RuleTableTest {
    private static final Evaluator EVALUATOR = new Evaluator(TestData.PIPELINE);
    /**
     * Each text of the tables once, numbered in table order: its document is {@code rule-table-N}, so
     * that the graphs of all texts, whose documents' IRIs are apart, can be validated as one.
     */
    private static final Map<String, Integer> TEXTS = textNumbers();

    private static final Map<String, Model> GRAPHS = new ConcurrentHashMap<>();
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

    /**
     * Every text's graph conforms to the shapes, as the pipeline requires of each document it loads.
     * One validation of all graphs together: each validation also walks the whole vocabulary, which
     * done once per text would take most of this class's time. A break of the union is looked up in
     * each graph alone, which names the rows and passes over a break that only two graphs together
     * make (two texts labelling one candidate concept differently).
     */
    @Test
    void everyRowsGraphConformsToTheShapes() {
        ShapeValidator shapes = new ShapeValidator(TestData.ONTOLOGY);
        Model all = ModelFactory.createDefaultModel();
        TEXTS.keySet().forEach(t -> all.add(graph(t)));
        if (shapes.report(all.getGraph()).conforms()) {
            return;
        }
        Map<String, String> broken = new LinkedHashMap<>();
        for (String text : TEXTS.keySet()) {
            ValidationReport report = shapes.report(graph(text).getGraph());
            if (!report.conforms()) {
                broken.put(
                        text,
                        report.getEntries().stream()
                                .map(e -> e.focusNode() + ": " + e.message())
                                .collect(Collectors.joining("; ")));
            }
        }
        assertThat(broken).as("texts whose graph breaks a shape").isEmpty();
    }

    private static Map<String, Integer> textNumbers() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        rows().forEach(r -> numbers.putIfAbsent(r.text(), numbers.size()));
        return numbers;
    }

    /**
     * The document is the row's text under a one-line title, as a page reader expects a document to
     * open; its graph as the pipeline builds it, checked against the shapes by {@link
     * #everyRowsGraphConformsToTheShapes}.
     */
    private static Model graph(String text) {
        return GRAPHS.computeIfAbsent(
                text,
                t -> TestData.PIPELINE
                        .build(
                                new SourceText("rule-table-" + TEXTS.get(t), "rule-table.txt", "Title\n\n" + t + "\n"),
                                Metadata.EMPTY)
                        .model());
    }

    private static List<Prediction> predictions(String text) {
        return PREDICTIONS.computeIfAbsent(text, t -> EVALUATOR.predictions(graph(t)));
    }
}
