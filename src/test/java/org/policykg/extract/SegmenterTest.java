package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.TestData;
import org.policykg.extract.Structure.Section;
import org.policykg.extract.Structure.Section.Kind;

class SegmenterTest {
    private static Structure segment(SourceText src) {
        return new Segmenter().segment(new PageReader().read(src));
    }

    @Test
    void findsTheEssaysThreePartsAndTheirNumberedItemsInOrder() {
        Structure s = segment(TestData.read(TestData.ESSAY));
        List<Section> parts =
                s.sections().stream().filter(x -> x.kind() == Kind.PART).toList();
        assertThat(parts).extracting(Section::marker).containsExactly("I", "II", "III");
        assertThat(parts).extracting(Section::number).containsExactly(1, 2, 3);
        assertThat(parts.get(1).heading())
                .isEqualTo(
                        "Accurately grasp the general requirements for modernizing the national security system and capacity");
        for (int p = 0; p < 3; p++) {
            Section part = parts.get(p);
            List<Integer> items = s.sections().stream()
                    .filter(x -> x.parent() == part)
                    .map(Section::number)
                    .toList();
            assertThat(items)
                    .as("items of part %s", part.marker())
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(
                                    1, List.of(3, 12, 4).get(p))
                            .boxed()
                            .toList());
        }
        Section item3 = s.sections().stream()
                .filter(x -> x.kind() == Kind.ITEM && x.parent() == parts.get(1) && x.number() == 3)
                .findFirst()
                .orElseThrow();
        assertThat(item3.heading()).isEqualTo("Treating political security as fundamental");
        assertThat(s.sections().get(0).kind()).isEqualTo(Kind.PREAMBLE);
    }

    @Test
    void sectionsNestAndSentencesLieInsideTheirParagraphs() {
        Structure s = segment(TestData.read(TestData.ESSAY));
        for (Section section : s.sections()) {
            if (section.parent() != null) {
                assertThat(section.parent().span().contains(section.span())).isTrue();
            }
        }
        assertThat(s.sentences())
                .allSatisfy(
                        x -> assertThat(x.paragraph().span().contains(x.span())).isTrue());
        assertThat(s.sentences()).hasSizeGreaterThan(200);
    }

    @Test
    void aTextWithoutHeadingsIsOneBodySection() {
        String text = "National security is the foundation. We must adhere to the Party's leadership.";
        Structure s = segment(new SourceText("t", null, text));
        assertThat(s.sections()).extracting(Section::kind).containsExactly(Kind.BODY);
        assertThat(s.sentences()).hasSize(2);
    }

    @Test
    void aTextWithoutSentencePunctuationIsCutIntoBoundedSentencesAtSpaces() {
        String words = "the county committees must keep the granaries full and the roads open in every season ";
        String text = words.repeat(200).strip();
        Structure s = segment(new SourceText("t", null, text));
        assertThat(s.sentences()).hasSizeGreaterThan(1);
        assertThat(s.sentences()).allSatisfy(x -> {
            assertThat(x.span().length()).isLessThanOrEqualTo(Segmenter.MAX_SENTENCE);
            assertThat(x.span().end() == text.length() || text.charAt(x.span().end()) == ' ')
                    .isTrue();
        });
        assertThat(s.sentences().get(s.sentences().size() - 1).span().end()).isEqualTo(text.length());
    }

    @Test
    void chineseSentencesEndAtFullStopsExclamationsQuestionsAndSemicolons() {
        String text = "各地要守住粮食安全底线；要稳住能源供应。要防范风险！怎样做到？要靠改革;也要靠法治。";
        Structure s = segment(new SourceText("t", null, text));
        assertThat(s.sentences())
                .extracting(x -> x.span().of(text))
                .containsExactly("各地要守住粮食安全底线；", "要稳住能源供应。", "要防范风险！", "怎样做到？", "要靠改革;", "也要靠法治。");
    }

    @Test
    void anEnglishSemicolonJoinsClausesOfOneSentence() {
        String text = "Food security is the foundation; energy security is the guarantee.";
        assertThat(segment(new SourceText("t", null, text)).sentences()).hasSize(1);
    }
}
