package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void englishWordsKeepTheirSlug() {
        assertThat(Slugs.of("people's democracy")).isEqualTo("peoples-democracy");
        assertThat(Slugs.of("  high-quality development, ")).isEqualTo("high-quality-development");
        assertThat(Slugs.isTransliterated(Slugs.of("the 2021-2025 plan 20240101")))
                .isFalse();
    }

    @Test
    void latinLettersWithMarksAreSpeltInAscii() {
        assertThat(Slugs.of("Café Crème")).isEqualTo("cafe-creme");
    }

    @Test
    void hanWordsMintReadablePinyinWithASuffix() {
        String slug = Slugs.of("总体国家安全观");
        assertThat(slug).matches("zong-ti-guo-jia-an-quan-guan--[0-9a-f]{8}");
        assertThat(Slugs.isTransliterated(slug)).isTrue();
        assertThat(Slugs.spelt(slug)).isEqualTo("zong ti guo jia an quan guan");
    }

    @Test
    void theSameWordsAlwaysMintTheSameSlug() {
        assertThat(Slugs.of("两个一百年")).isEqualTo(Slugs.of("两个一百年"));
        assertThat(Slugs.of("两个一百年")).isEqualTo(Slugs.of(new String("两个一百年".toCharArray())));
    }

    @Test
    void distinctWordsMintDistinctSlugs() {
        assertThat(Slugs.of("两个一百年")).isNotEqualTo(Slugs.of("两个确保"));
        assertThat(Slugs.of("国家安全")).isNotEqualTo(Slugs.of("国家")).isNotEqualTo(Slugs.of("安全"));
    }

    @Test
    void homophonesShareTheirPinyinButNotTheirSuffix() {
        // both are "zheng zhi" without tones
        String politics = Slugs.of("政治");
        String upright = Slugs.of("正直");
        assertThat(Slugs.spelt(politics)).isEqualTo(Slugs.spelt(upright)).isEqualTo("zheng zhi");
        assertThat(politics).isNotEqualTo(upright);
    }

    @Test
    void traditionalCharactersMeetTheirSimplifiedForm() {
        assertThat(Slugs.of("國家安全")).isEqualTo(Slugs.of("国家安全"));
    }

    @Test
    void mixedLatinAndHanKeepBoth() {
        assertThat(Slugs.of("AI安全治理")).matches("ai-an-quan-zhi-li--[0-9a-f]{8}");
        assertThat(Slugs.of("5G网络")).matches("5g-wang-luo--[0-9a-f]{8}");
    }

    @Test
    void wordsWithNothingToSpellStillMintASlug() {
        assertThat(Slugs.of("★")).matches("--[0-9a-f]{8}");
    }

    @Test
    void candidateConceptsMintThroughSlugs() {
        assertThat(CandidateConcepts.slug("网络安全")).isEqualTo(Slugs.of("网络安全"));
        assertThat(GraphBuilder.slug("习近平")).isEqualTo(Slugs.of("习近平"));
    }
}
