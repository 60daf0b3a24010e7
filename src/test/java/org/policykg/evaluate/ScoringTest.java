package org.policykg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.TestData;

/** Scoring on small texts written for the purpose: kinds a file covers, languages, sums and {@code new:} keys. */
class ScoringTest {
    private static final Evaluator EVALUATOR = new Evaluator(TestData.PIPELINE);

    @TempDir
    Path dir;

    @Test
    void aFileWithoutAKindsLineCoversTheNineOlderKinds() throws IOException {
        Path tsv = Files.writeString(dir.resolve("a.tsv"), "Directive\tstrengthen\tStrengthen\n");
        assertThat(Annotation.kinds(tsv)).containsExactlyElementsOf(Evaluator.UNDECLARED_KINDS);
        assertThat(Annotation.kinds(tsv)).doesNotContain("Mention");
    }

    @Test
    void aKindsLineScoresOnlyTheKindsItNames() throws IOException {
        String text = "Title\n\nWe must safeguard food security and social stability in every county.\n";
        Path txt = Files.writeString(dir.resolve("mentions.txt"), text);
        Path tsv = Files.writeString(
                dir.resolve("mentions.tsv"),
                "# kinds: Mention\n"
                        + "Mention\tfood-security\tfood security\n"
                        + "Mention\tsocial-stability\tsocial stability\n");
        Evaluator.Report report = EVALUATOR.evaluate(txt, tsv);
        // the directive "safeguard" is predicted, but this file does not cover directives
        assertThat(report.scores()).extracting(Scores::kind).containsExactly("Mention");
        assertThat(report.of("Mention")).isEqualTo(new Scores("Mention", 2, 2, 2));
        assertThat(report.wrong()).isEmpty();
    }

    @Test
    void aChineseTextsCandidateMeetsTheGoldSlugThroughTheChineseNameOfItsTable() throws IOException {
        String text = "标题\n\n各县要坚持“稳粮为先”的思路，推进农业改革。\n";
        Path txt = Files.writeString(dir.resolve("zh-grain.txt"), text);
        Path tsv = Files.writeString(
                dir.resolve("zh-grain.tsv"),
                "# kinds: Formulation\n"
                        + "Formulation\tgrain-first\t稳粮为先\n"
                        + "# formulation\tgrain-first\tgrain first\t稳粮为先\n");
        Evaluator.Report report = EVALUATOR.evaluate(txt, tsv);
        // the English slug names the phrase whose Chinese words the extractor minted the candidate from
        assertThat(report.of("Formulation")).isEqualTo(new Scores("Formulation", 1, 1, 1));
    }

    @Test
    void aChineseRoleWhoseConceptTheSchemeLacksMeetsItsEnglishKeyAtTheSamePlace() throws IOException {
        String text = "标题\n\n各地要以深化改革创新为动力，推动产业升级。\n";
        Path txt = Files.writeString(dir.resolve("zh-open.txt"), text);
        Path tsv = Files.writeString(
                dir.resolve("zh-open.tsv"),
                "# kinds: RoleAssignment\n"
                        + "RoleAssignment\tnew:deepening-reform-and-innovation|driving-force\t以深化改革创新为动力\n");
        // the extractor names the concept in the text's own words; same role, same place: one statement
        assertThat(EVALUATOR.evaluate(txt, tsv).of("RoleAssignment")).isEqualTo(new Scores("RoleAssignment", 1, 1, 1));

        Path otherRole = Files.writeString(
                dir.resolve("zh-open.tsv"),
                "# kinds: RoleAssignment\n"
                        + "RoleAssignment\tnew:deepening-reform-and-innovation|foundation\t以深化改革创新为动力\n");
        assertThat(EVALUATOR.evaluate(txt, otherRole).of("RoleAssignment"))
                .isEqualTo(new Scores("RoleAssignment", 1, 1, 0));
    }

    @Test
    void aSideMintedInItsOwnWordsMeetsOnlyAGoldSideTheSchemesLack() {
        Prediction minted =
                new Prediction("Pair", "fu-guo--5dc3f12e|national-security", 0, 8, "富国和国家安全相统一", "chinese-pair");
        List<Annotation> lacking = List.of(new Annotation("Pair", "prosperous-country|national-security", 0, 8, 1));
        List<Annotation> known = List.of(new Annotation("Pair", "development|national-security", 0, 8, 1));
        java.util.function.Predicate<String> scheme = Set.of("development", "national-security")::contains;

        assertThat(matched(lacking, minted, scheme)).isEqualTo(1);
        // the scheme holds that side: a candidate in its own words is a miss, not the same statement
        assertThat(matched(known, minted, scheme)).isZero();
    }

    @Test
    void aTitleReadInItsOwnWordsMeetsOnlyAGoldDocumentTheSchemeLacks() {
        Prediction ownWords =
                new Prediction("CitedDocument", "nong-ye-gong-zuo-tiao-li--1f2e3d4c", 1, 7, "《农业工作条例》", "citation");
        List<Annotation> lacking = List.of(new Annotation("CitedDocument", "regulations-on-farm-work", 0, 8, 1));
        List<Annotation> known = List.of(new Annotation("CitedDocument", "national-security-law", 0, 8, 1));
        java.util.function.Predicate<String> scheme = Set.of("national-security-law")::contains;

        assertThat(matched(lacking, ownWords, scheme)).isEqualTo(1);
        // a document of the scheme is the extractor's to name: a title in its own words there is a miss
        assertThat(matched(known, ownWords, scheme)).isZero();
    }

    @Test
    void aVerbReadInItsOwnWordsMeetsOnlyAGoldActionTheVerbTableLacks() {
        Prediction ownWords = new Prediction("Directive", "jian-hua--0a1b2c3d", 0, 6, "要简化审批", "chinese-directive");
        List<Annotation> unlisted = List.of(new Annotation("Directive", "simplify", 0, 6, 1));
        List<Annotation> listed = List.of(new Annotation("Directive", "strengthen", 0, 6, 1));

        assertThat(matched(unlisted, ownWords, id -> false)).isEqualTo(1);
        assertThat(matched(listed, ownWords, id -> false)).isZero();
    }

    @Test
    void aCandidateMentionMeetsOnlyAGoldConceptTheSchemeLacks() {
        Prediction candidate =
                new Prediction("Mention", "new:xin-xing-zhan-lue--9f8e7d6c", 0, 6, "新兴战略", "chinese-mention");
        List<Annotation> lacking = List.of(new Annotation("Mention", "new:emerging-strategy", 0, 6, 1));
        List<Annotation> known = List.of(new Annotation("Mention", "food-security", 0, 6, 1));

        assertThat(matched(lacking, candidate, id -> false)).isEqualTo(1);
        assertThat(matched(known, candidate, id -> false)).isZero();
    }

    @Test
    void kindsOutsideTheCoverCountNeitherGoldNorPredictions() {
        List<Annotation> gold = List.of(
                new Annotation("Date", "by:2035", 0, 7, 1), new Annotation("Mention", "food-security", 20, 33, 2));
        List<Prediction> found = List.of(
                new Prediction("Date", "by:2035", 0, 7, "by 2035", "temporal"),
                new Prediction("Mention", "energy-security", 40, 55, "energy security", "concept-mention"));
        Evaluator.Report report = Evaluator.score("t", "en", Set.of("Date"), gold, found);
        assertThat(report.scores()).containsExactly(new Scores("Date", 1, 1, 1));
        assertThat(report.missed()).isEmpty();
        assertThat(report.wrong()).isEmpty();
    }

    @Test
    void languageIsTheSidecarsWhenGivenElseTheScripts() {
        assertThat(Language.of("zh", "The Party leads everything.")).isEqualTo("zh");
        assertThat(Language.detect("坚持党对国家安全工作的绝对领导。")).isEqualTo("zh");
        assertThat(Language.detect("Uphold the absolute leadership of the Party (党的领导) over security work."))
                .isEqualTo("en");
        // four Han characters of seven letters: Latin abbreviations do not make a Chinese text English
        assertThat(Language.detect("推进GDP增长")).isEqualTo("zh");
        assertThat(Language.detect("2035")).isEqualTo("en");
    }

    @Test
    void totalsAreSummedPerLanguageBeforePrecisionAndRecall() {
        List<Evaluator.Report> reports = List.of(
                report("a", "en", new Scores("Date", 2, 2, 1), new Scores("Figure", 1, 0, 0)),
                report("b", "zh", new Scores("Date", 1, 1, 1)),
                report("c", "en", new Scores("Date", 2, 4, 2), new Scores("Mention", 3, 3, 3)));
        Map<String, List<Scores>> byLanguage = Totals.byLanguage(reports);
        assertThat(byLanguage).containsOnlyKeys("en", "zh");
        assertThat(byLanguage.get("en"))
                .containsExactly(
                        new Scores("Date", 4, 6, 3), new Scores("Figure", 1, 0, 0), new Scores("Mention", 3, 3, 3));
        assertThat(byLanguage.get("en").get(0).precision()).isEqualTo(0.5); // 3 of 6, not the mean of 1/2 and 2/4
        assertThat(Totals.overall(reports)).first().isEqualTo(new Scores("Date", 5, 7, 4));
        assertThat(Evaluator.table(reports)).contains("Per language", "All texts", "3 texts");
    }

    @Test
    void newConceptsAndRolesResolveToTheSchemeWhenTheirWordsAreALabel() {
        assertThat(EVALUATOR.goldKey("Mention", "new:state-security")).isEqualTo("national-security");
        assertThat(EVALUATOR.goldKey("Mention", "new:village-road-upkeep")).isEqualTo("new:village-road-upkeep");
        assertThat(EVALUATOR.goldKey("RoleAssignment", "new:leadership-of-the-party|new:top-priority"))
                .isEqualTo("party-leadership|top-priority");
        assertThat(EVALUATOR.goldKey("RoleAssignment", "new:village-road-upkeep|new:bellwether"))
                .isEqualTo("new:village-road-upkeep|new:bellwether");
    }

    @Test
    void candidateIrisOfAnyKindAreWrittenNew() {
        assertThat(Predictions.local("https://w3id.org/policy-kg/role/candidate/cornerstone"))
                .isEqualTo("new:cornerstone");
        assertThat(Predictions.local("https://w3id.org/policy-kg/concept/candidate/grid-security"))
                .isEqualTo("new:grid-security");
        assertThat(Predictions.local("https://w3id.org/policy-kg/role/foundation"))
                .isEqualTo("foundation");
    }

    private static Evaluator.Report report(String id, String language, Scores... scores) {
        return new Evaluator.Report(id, language, "", List.of(scores), List.of(), List.of());
    }

    /** How many of the gold statements the one prediction matches, its kind the only one scored. */
    private static int matched(
            List<Annotation> gold, Prediction prediction, java.util.function.Predicate<String> scheme) {
        return Evaluator.score("t", "zh", Set.of(prediction.kind()), gold, List.of(prediction), scheme)
                .of(prediction.kind())
                .matched();
    }
}
