package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.ChineseRegisterTexts;
import org.policykg.RegisterTexts;
import org.policykg.ingest.DocumentIngest;
import org.policykg.vocab.PKG;

/**
 * Bad input never breaks the pipeline: a text without sentence punctuation, a single line as large as
 * the ingest limit lets in, hard wraps every few words, and page numbers and a running head inside
 * sentences each give a graph that passes SHACL, throw nothing, and quote the raw text at its offsets
 * ({@link ExtractionChecks}). The wrapped texts give the role assignments of their plain copy. Chinese
 * text mixed with English, in Traditional characters, with full-width digits and letters, with ASCII
 * punctuation, and without sentence punctuation likewise give a valid graph and what the rules read in
 * them. The texts are {@link RegisterTexts} and {@link ChineseRegisterTexts}, written for the tests.
 */
@Tag("property")
class BadInputTest {
    /** A guard against a hang, far above any run; not a timing. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(10);

    private static final Duration SMALL_TEXT_GUARD = Duration.ofSeconds(60);

    /** Each role assignment of the graph as "concept role", sorted; several of one kind stay several. */
    private static List<String> roleAssignments(Model m) {
        List<String> out = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, PKG.RoleAssignment)
                .forEachRemaining((Resource st) ->
                        out.add(st.getPropertyResourceValue(PKG.concept).getURI() + " "
                                + st.getPropertyResourceValue(PKG.role).getURI()));
        out.sort(null);
        return out;
    }

    private static final List<String> PLAIN_ROLES =
            roleAssignments(ExtractionChecks.check(RegisterTexts.plain(), SMALL_TEXT_GUARD));

    static IntStream seeds() {
        return IntStream.range(0, 12);
    }

    @Test
    void thePlainTextGivesARoleAssignmentInEachOfItsRoleSentences() {
        assertThat(PLAIN_ROLES)
                .contains(
                        PKG.CONCEPT_NS + "data-security " + PKG.ROLE_NS + "foundation",
                        PKG.CONCEPT_NS + "energy-security " + PKG.ROLE_NS + "top-priority",
                        PKG.CONCEPT_NS + "political-security " + PKG.ROLE_NS + "foundation")
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void aTextWithoutSentencePunctuationGivesAValidGraph() {
        String text = RegisterTexts.withoutPunctuation(4_000);
        assertThat(text).doesNotContain(".", ",", ";", "!", "?", ":");
        Model m = ExtractionChecks.check(text, SMALL_TEXT_GUARD);
        // the words still name their concepts
        assertThat(m.listSubjectsWithProperty(PKG.concept, m.createResource(PKG.CONCEPT_NS + "data-security"))
                        .hasNext())
                .isTrue();
    }

    @Test
    void aSingleLineAsLargeAsTheIngestLimitGivesAValidGraphWithEveryCopysRoles() {
        int chars = DocumentIngest.MAX_TEXT_BYTES;
        String text = RegisterTexts.singleLine(chars);
        assertThat(text).doesNotContain("\n").hasSize(chars);
        Model m = ExtractionChecks.check(text, HANG_GUARD);
        List<String> roles = roleAssignments(m);
        // the last copy is cut short: every whole copy gives the roles of the plain text, at least
        assertThat(roles.size())
                .isGreaterThanOrEqualTo(PLAIN_ROLES.size() * RegisterTexts.wholeCopiesInSingleLine(chars));
        assertThat(roles).containsAll(PLAIN_ROLES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aTextHardWrappedEveryFewWordsGivesTheRoleAssignmentsOfItsPlainCopy(int seed) {
        String wrapped = RegisterTexts.wrappedEveryFewWords(new Random(seed));
        assertThat(roleAssignments(ExtractionChecks.check(wrapped, SMALL_TEXT_GUARD)))
                .as(wrapped)
                .isEqualTo(PLAIN_ROLES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pageNumbersAndARunningHeadInsideSentencesLeaveTheRoleAssignmentsOfThePlainCopy(int seed) {
        String paged = RegisterTexts.withPageFurnitureInsideSentences(new Random(seed));
        assertThat(paged).contains(RegisterTexts.RUNNING_HEAD, "- 13 -");
        assertThat(roleAssignments(ExtractionChecks.check(paged, SMALL_TEXT_GUARD)))
                .as(paged)
                .isEqualTo(PLAIN_ROLES);
    }

    /** The roles of the Chinese register text's 以X为Y sentence, which every variant of it keeps. */
    private static final List<String> CHINESE_ROLES = List.of(
            PKG.CONCEPT_NS + "economic-security " + PKG.ROLE_NS + "foundation",
            PKG.CONCEPT_NS + "peoples-security " + PKG.ROLE_NS + "purpose",
            PKG.CONCEPT_NS + "political-security " + PKG.ROLE_NS + "fundamental");

    private static final String CHINESE_FORMULATION = "数据分级保护";

    /** The candidate formulation the Chinese register text quotes, by its IRI's label. */
    private static List<String> formulationIris(Model m) {
        List<String> out = new ArrayList<>();
        m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDFS.label, m.createLiteral(CHINESE_FORMULATION, "zh"))
                .forEachRemaining(r -> out.add(r.getURI()));
        return out;
    }

    @Test
    void theChineseRegisterTextGivesItsRolesAndItsFormulationOnItsOwnNode() {
        Model m = ExtractionChecks.check(ChineseRegisterTexts.plain(), SMALL_TEXT_GUARD);
        assertThat(roleAssignments(m))
                .containsAll(CHINESE_ROLES)
                .contains(PKG.CONCEPT_NS + "data-security " + PKG.ROLE_NS + "foundation");
        assertThat(formulationIris(m))
                .singleElement()
                .satisfies(iri -> assertThat(iri).startsWith(PKG.FORMULATION_NS + "candidate/shu-ju-fen-ji-bao-hu--"));
    }

    @Test
    void englishAndChineseInOneTextGiveTheRolesOfBoth() {
        Model m = ExtractionChecks.check(ChineseRegisterTexts.mixedWithEnglish(), SMALL_TEXT_GUARD);
        assertThat(roleAssignments(m))
                .containsAll(CHINESE_ROLES)
                .contains(PKG.CONCEPT_NS + "data-security " + PKG.ROLE_NS + "foundation")
                .contains(PKG.CONCEPT_NS + "energy-security " + PKG.ROLE_NS + "top-priority");
    }

    @Test
    void traditionalCharactersGiveAValidGraphAndMeetTheSimplifiedFormulation() {
        String text = ChineseRegisterTexts.traditional();
        assertThat(text).contains("數據", "國").isNotEqualTo(ChineseRegisterTexts.plain());
        Model m = ExtractionChecks.check(text, SMALL_TEXT_GUARD);
        // the quoted formulation mints the IRI of its Simplified form: the two copies meet on one node
        List<String> simplified =
                formulationIris(ExtractionChecks.check(ChineseRegisterTexts.plain(), SMALL_TEXT_GUARD));
        assertThat(m.containsResource(m.createResource(simplified.get(0)))).isTrue();
    }

    @Test
    void traditionalCharactersGiveTheRoleAssignmentsOfTheSimplifiedText() {
        // ExtractionChecks holds each quote to the raw Traditional text at its offsets
        Model traditional = ExtractionChecks.check(ChineseRegisterTexts.traditional(), SMALL_TEXT_GUARD);
        Model simplified = ExtractionChecks.check(ChineseRegisterTexts.plain(), SMALL_TEXT_GUARD);
        assertThat(roleAssignments(traditional)).containsAll(CHINESE_ROLES).isEqualTo(roleAssignments(simplified));
        assertThat(traditional.listSubjectsWithProperty(RDF.type, PKG.Mention).toList())
                .hasSameSizeAs(simplified
                        .listSubjectsWithProperty(RDF.type, PKG.Mention)
                        .toList());
    }

    @Test
    void fullWidthDigitsAndLettersGiveAValidGraphWithTheRoles() {
        String text = ChineseRegisterTexts.fullWidthDigitsAndLetters();
        assertThat(text).contains("２０３０", "ＡＩ");
        assertThat(roleAssignments(ExtractionChecks.check(text, SMALL_TEXT_GUARD)))
                .containsAll(CHINESE_ROLES);
    }

    @Test
    void asciiPunctuationInChineseGivesAValidGraphWithTheRoles() {
        String text = ChineseRegisterTexts.asciiPunctuation();
        assertThat(text).doesNotContain("，", "。", "；", "“").contains(",", ".", ";", "\"");
        Model m = ExtractionChecks.check(text, SMALL_TEXT_GUARD);
        assertThat(roleAssignments(m)).containsAll(CHINESE_ROLES);
        assertThat(formulationIris(m)).hasSize(1);
    }

    @Test
    void chineseWithoutSentencePunctuationGivesAValidGraphWithTheRoles() {
        String text = ChineseRegisterTexts.withoutPunctuation(4_000);
        assertThat(text).doesNotContain("。", "，", "；", "、");
        assertThat(roleAssignments(ExtractionChecks.check(text, SMALL_TEXT_GUARD)))
                .containsAll(CHINESE_ROLES);
    }
}
