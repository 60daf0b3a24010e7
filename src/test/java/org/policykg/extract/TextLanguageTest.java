package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLanguageTest {
    private static final String ENGLISH = "We must put the people first and hold to the principle that security is the"
            + " basis of development, and that development is the guarantee of security. The country will improve"
            + " the systems by which it plans for risks, and it will strengthen the capacity to respond to them in"
            + " every field that is of concern to the people and to the nation as a whole.";

    @Test
    void chineseIsReadAsChinese() {
        TextLanguage.Reading r = TextLanguage.of("必须坚持以人民为中心，统筹发展和安全，加强国家安全体系建设。");
        assertThat(r.language()).isEqualTo("zh");
        assertThat(r.read()).isTrue();
        assertThat(r.warning()).isNull();
    }

    @Test
    void traditionalChineseIsChinese() {
        assertThat(TextLanguage.of("堅持總體國家安全觀，統籌發展和安全。").language()).isEqualTo("zh");
    }

    @Test
    void chineseWithEnglishTermsIsChinese() {
        assertThat(TextLanguage.of("推进 AI 治理和 5G 网络安全建设，完善数据安全制度。").language()).isEqualTo("zh");
    }

    @Test
    void englishIsReadAsEnglish() {
        assertThat(TextLanguage.of(ENGLISH).language()).isEqualTo("en");
        assertThat(TextLanguage.of("National Security Law").language()).isEqualTo("en");
    }

    @Test
    void frenchIsNotRead() {
        TextLanguage.Reading r = TextLanguage.of("La sécurité nationale est le fondement de la stabilité du pays. Nous"
                + " devons renforcer la coordination entre les différents départements, améliorer les mécanismes de"
                + " prévention des risques et garantir la sécurité des citoyens dans tous les domaines, car la paix"
                + " durable exige une vigilance constante et une coopération étroite avec nos partenaires.");
        assertThat(r.language()).isEqualTo("und");
        assertThat(r.script()).isEqualTo("Latin");
        assertThat(r.warning()).contains("other than English").contains("English and Chinese only");
    }

    @Test
    void russianIsNotRead() {
        TextLanguage.Reading r = TextLanguage.of("Национальная безопасность является основой стабильности страны.");
        assertThat(r.language()).isEqualTo("und");
        assertThat(r.script()).isEqualTo("Cyrillic");
        assertThat(r.warning()).contains("Cyrillic");
    }

    @Test
    void japaneseWithKanaIsNotChinese() {
        TextLanguage.Reading r = TextLanguage.of("国家の安全を確保するためには、国民の理解と協力が欠かせないと考えられています。");
        assertThat(r.language()).isEqualTo("und");
        assertThat(r.read()).isFalse();
    }

    @Test
    void aTextWithoutLettersIsNotRead() {
        assertThat(TextLanguage.of("2024 — 100%").read()).isFalse();
        assertThat(TextLanguage.of("2024 — 100%").warning()).contains("no letters");
    }

    @Test
    void labelsWithHanAreTaggedChinese() {
        assertThat(TextLanguage.tagOf("两个一百年")).isEqualTo("zh");
        assertThat(TextLanguage.tagOf("AI安全")).isEqualTo("zh");
        assertThat(TextLanguage.tagOf("black swan")).isEqualTo("en");
    }
}
