package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadFurnitureTest {
    private static final String TITLE = "Keep Faith with the Farmers and Move Forward";

    @Test
    void theTitleAgainUnderASourceLineIsBlankedWithItsFootnoteMark() {
        String raw = TITLE + "\n\nFrom a Book of Speeches\n\n" + TITLE + "*\n\nMay 4, 2015\n\nWe met the farmers.\n";
        int bodyStart = raw.indexOf("From");
        String reading = HeadFurniture.blank(raw, raw, new Span(bodyStart, raw.length()), TITLE);
        assertThat(reading).hasSameSizeAs(raw);
        assertThat(reading.substring(bodyStart)).doesNotContain("Keep Faith").contains("From a Book of Speeches");
        assertThat(reading).contains("We met the farmers.");
    }

    @Test
    void aBreadcrumbAndAFullTextHeadingAreBlanked() {
        String raw = "Home -  Reports - \nFull text: Water in the West\n\nThe provinces dug canals.\n";
        String reading = HeadFurniture.blank(raw, raw, new Span(0, raw.length()), null);
        assertThat(reading.strip()).isEqualTo("The provinces dug canals.");
    }

    @Test
    void aSentenceThatOpensWithHomeIsKept() {
        String raw = "Home to many rivers, the province keeps them clean.\n";
        assertThat(HeadFurniture.blank(raw, raw, new Span(0, raw.length()), null))
                .isEqualTo(raw);
    }

    @Test
    void theDocumentsTitleInsideAPageTitleIsBlankedWhateverItsSubtitlePunctuation() {
        String page = "A Research Centre, Farming Together – Forty Years of Grain Reform, September 2010";
        String raw = page + "\n\nMay 3, 2010\n\nFarming Together: Forty Years of Grain Reform\n\nSeptember 2010\n\n"
                + "The provinces dug canals.\n";
        int bodyStart = raw.indexOf("May 3");
        String reading = HeadFurniture.blank(raw, raw, new Span(bodyStart, raw.length()), page);
        assertThat(reading.substring(bodyStart))
                .doesNotContain("Farming Together")
                .contains("May 3, 2010")
                .contains("September 2010");
        assertThat(reading).contains("The provinces dug canals.");
    }

    @Test
    void aLineWhoseWordsOnlyStartAWordOfThePageTitleIsKept() {
        String page = "Grain Reforms in the Western Provinces";
        assertKept(page, page + "\n\nGrain Reform in the West\n\nThe provinces dug canals.\n", "Grain Reform in");
    }

    @Test
    void aWrappedLinesTailThatRepeatsWordsOfThePageTitleIsKept() {
        String page = "Securing Grain, Water and Seed Supplies";
        assertKept(
                page,
                page + "\n\nThe provinces plan the supply of grain,\nwater and seed supplies together.\n",
                "The provinces");
    }

    /** Asserts that the body starting at {@code bodyFrom} is read with nothing blanked. */
    private static void assertKept(String page, String raw, String bodyFrom) {
        int bodyStart = raw.indexOf(bodyFrom);
        assertThat(HeadFurniture.blank(raw, raw, new Span(bodyStart, raw.length()), page))
                .isEqualTo(raw);
    }
}
