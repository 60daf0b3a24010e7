package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.ontology.OntologyFiles;
import org.policykg.vocab.PKG;

/**
 * Rules on sentences written for the purpose (none from an annotated text), one behaviour a test: what a
 * rule must find and, as important, what it must leave alone.
 */
class RuleExamplesTest {
    private static RuleExtractor extractor;

    @BeforeAll
    static void vocabulary() {
        extractor = new RuleExtractor(OntologyFiles.load().vocabulary());
    }

    private static List<Finding> findings(String text) {
        return extractor
                .extract(new SourceText("example", "example.txt", text), Metadata.EMPTY)
                .findings();
    }

    private static <T extends Finding> List<T> of(Class<T> kind, String text) {
        return findings(text).stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void aBracketedAcronymOrChineseOriginalAfterAConceptIsOneMention() {
        String text = "Title\n\nCountries welcome the Global Security Initiative (GSI). Data are protected through"
                + " categorization and grading (分类分级).\n";
        assertThat(of(Finding.Mention.class, text))
                .extracting(m -> m.evidence().of(text))
                .containsExactly("Global Security Initiative", "categorization and grading");
    }

    @Test
    void anAcronymOnItsOwnIsAMention() {
        String text = "Title\n\nThe GSI calls for dialogue. The Global Security Initiative is open to all.\n";
        assertThat(of(Finding.Mention.class, text))
                .extracting(m -> m.evidence().of(text))
                .containsExactly("GSI", "Global Security Initiative");
    }

    @Test
    void aFormulationAfterAnOpeningMarkThatIsNeverClosed() {
        String text =
                "Title\n\nWe will work to build a “community with a shared future for mankind and a better world.\n";
        assertThat(of(Finding.EntityUse.class, text))
                .extracting(Finding.EntityUse::iri, e -> e.evidence().of(text))
                .containsExactly(tuple(
                        PKG.FORMULATION_NS + "community-with-a-shared-future",
                        "community with a shared future for mankind"));
    }

    @Test
    void anOpeningMarkBeforeWordsOfNoFormulationGivesNothing() {
        assertThat(of(Finding.EntityUse.class, "Title\n\nThey said “we will go on working hard.\n"))
                .isEmpty();
    }

    @Test
    void aSetPhraseQuotedOnlyInPartIsTheWholeFormulation() {
        String text = "Title\n\nCounties must extend the “1-3-5 minute” quick response to every township.\n";
        assertThat(of(Finding.EntityUse.class, text))
                .extracting(Finding.EntityUse::iri, e -> e.evidence().of(text))
                .containsExactly(
                        tuple(PKG.FORMULATION_NS + "one-three-five-minute-response", "1-3-5 minute” quick response"));
    }

    @Test
    void aQuotedPhraseOfNoFormulationStaysACandidate() {
        List<Finding.EntityUse> uses =
                of(Finding.EntityUse.class, "Title\n\nCadres must keep the “three checks” in mind at every step.\n");
        assertThat(uses).singleElement().satisfies(u -> {
            assertThat(u.candidate()).isTrue();
            assertThat(u.iri()).endsWith("candidate/three-checks");
        });
    }

    @Test
    void theObjectOfAGerundClauseSubjectTakesTheRole() {
        assertThat(of(
                        Finding.Role.class,
                        "Title\n\nResolutely safeguarding food security and energy security over the long term is an"
                                + " important foundation of economic security.\n"))
                .extracting(Finding.Role::concept, Finding.Role::role)
                .containsExactlyInAnyOrder(
                        tuple(PKG.CONCEPT_NS + "food-security", PKG.ROLE_NS + "foundation"),
                        tuple(PKG.CONCEPT_NS + "energy-security", PKG.ROLE_NS + "foundation"));
    }

    @Test
    void aLongSubjectThatIsNoGerundClauseAssignsNothing() {
        assertThat(of(
                        Finding.Role.class,
                        "Title\n\nThe many counties of the north that grow wheat for the food security of the"
                                + " country are the foundation of supply.\n"))
                .isEmpty();
    }

    @Test
    void aScaleWordOrADecimalMeasuresThePluralNounAfterIt() {
        List<Finding.Figure> figures = of(
                Finding.Figure.class,
                "Title\n\nThe province has 2.3 million smallholders and stored 41.5 gigawatts in 2024, which is less.\n");
        assertThat(figures)
                .extracting(Finding.Figure::value, Finding.Figure::unit)
                .containsExactly(tuple("2.3", "million smallholders"), tuple("41.5", "gigawatts"));
    }

    @Test
    void yearsAfterDuringOfAndAsEarlyAs() {
        assertThat(of(
                        Finding.Temporal.class,
                        "Title\n\nAs early as 2013 the plan was drafted; during 2016 it was tried, and the floods of 1998"
                                + " were recalled.\n"))
                .extracting(Finding.Temporal::value)
                .containsExactly("2013", "2016", "1998");
    }

    @Test
    void equalEmphasisOnTwoThingsPairsThem() {
        assertThat(of(
                        Finding.Pair.class,
                        "Title\n\nCounties should put equal emphasis on food security and energy security.\n"))
                .extracting(Finding.Pair::left, Finding.Pair::right)
                .containsExactly(tuple(PKG.CONCEPT_NS + "food-security", PKG.CONCEPT_NS + "energy-security"));
    }

    @Test
    void aCoupleEndsBeforeThePhraseThatPlacesIt() {
        assertThat(
                        of(
                                Finding.Pair.class,
                                "Title\n\nWe must balance openness and stability in the border regions and to keep trade moving.\n"))
                .extracting(Finding.Pair::left, Finding.Pair::right)
                .containsExactly(tuple(PKG.CANDIDATE_NS + "openness", PKG.CANDIDATE_NS + "stability"));
    }

    private static List<String> directives(String sentence) {
        return of(Finding.Directive.class, "Title\n\n" + sentence + "\n").stream()
                .map(Finding.Directive::action)
                .toList();
    }

    @Test
    void directivesAfterModalsColonsAndCoordination() {
        assertThat(directives("The county must compile a register of farmland."))
                .containsExactly("compile");
        assertThat(directives("Grain output must be stable.")).isEmpty();
        assertThat(directives("Stocks must be kept above the red line.")).containsExactly("keep");
        assertThat(directives("We must improve the reserve system and build a new barrier."))
                .containsExactly("improve", "build");
        assertThat(directives("We should use reserves to stabilize and strengthen the market."))
                .containsExactly("use");
        assertThat(directives("It is necessary to balance supply and demand and to achieve stable prices."))
                .containsExactly("balance", "achieve");
        assertThat(directives("The basic task is clear: protect farmland in accordance with the law."))
                .containsExactly("protect");
        assertThat(directives("Resolutely punish the hoarding, use, and resale of grain."))
                .containsExactly("punish");
    }
}
