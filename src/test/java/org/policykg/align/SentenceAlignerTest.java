package org.policykg.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The aligner on made-up sentences: only lengths and concept sets matter to it. */
class SentenceAlignerTest {
    private static final SentenceAligner EN_ZH = new SentenceAligner(SentenceAligner.lengthRatio("en", "zh"));

    private static SentenceAligner.Sentence s(int length, String... concepts) {
        return new SentenceAligner.Sentence("x".repeat(length), Set.of(concepts), List.of());
    }

    @Test
    void anExcerptMeetsTheEndOfTheLongerTextWhereItsAnchorsAre() {
        // the English renders the last three of six Chinese sentences; the first Chinese sentences
        // are as long as the English ones, so lengths alone would link them
        List<SentenceAligner.Sentence> en = List.of(s(200), s(200, "a"), s(160, "b"));
        List<SentenceAligner.Sentence> zh = List.of(s(50), s(50), s(50), s(50), s(50, "a"), s(40, "b"));
        List<SentenceAligner.Link> links = EN_ZH.align(en, zh);
        assertThat(links).extracting(SentenceAligner.Link::right).containsExactly(List.of(3), List.of(4), List.of(5));
        assertThat(links).extracting(SentenceAligner.Link::left).containsExactly(List.of(0), List.of(1), List.of(2));
    }

    @Test
    void aSentenceSplitInTranslationIsOneLinkOfTwo() {
        List<SentenceAligner.Sentence> en = List.of(s(120, "a"), s(110, "b"), s(200, "c"));
        List<SentenceAligner.Sentence> zh = List.of(s(60, "a", "b"), s(50, "c"));
        List<SentenceAligner.Link> links = EN_ZH.align(en, zh);
        assertThat(links.get(0).left()).containsExactly(0, 1);
        assertThat(links.get(0).right()).containsExactly(0);
        assertThat(links.get(1).left()).containsExactly(2);
    }

    @Test
    void aShortStrayLineIsNotJoinedToItsNeighboursLink() {
        List<SentenceAligner.Sentence> en = List.of(s(200, "a"), s(12), s(200, "b"));
        List<SentenceAligner.Sentence> zh = List.of(s(50, "a"), s(50, "b"));
        List<SentenceAligner.Link> links = EN_ZH.align(en, zh);
        assertThat(links).extracting(SentenceAligner.Link::left).containsExactly(List.of(0), List.of(2));
    }
}
