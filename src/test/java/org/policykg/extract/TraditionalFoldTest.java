package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Lexicon#fold} reads Traditional characters as Simplified and full-width letters and digits as
 * ASCII, one char for one char, and its table agrees with ICU4J's Traditional-Simplified.
 */
class TraditionalFoldTest {
    @Test
    void traditionalCharactersFoldToSimplifiedOneForOne() {
        String raw = "堅持以人民安全為宗旨，維護國家安全";
        String folded = Lexicon.fold(raw);
        assertThat(folded).isEqualTo("坚持以人民安全为宗旨，维护国家安全").hasSameSizeAs(raw);
    }

    @Test
    void simplifiedTextIsLeftAsItIs() {
        String simplified = "成效显著，乾坤朗朗，后来居上，对于安全";
        assertThat(Lexicon.fold(simplified)).isEqualTo(simplified);
    }

    @Test
    void fullWidthLettersAndDigitsFoldToAsciiAndFullWidthPunctuationStays() {
        assertThat(Lexicon.fold("到２０３５年，ＡＩ与５Ｇ。")).isEqualTo("到2035年，ai与5g。");
    }

    @Test
    void theTableAgreesWithIcu() {
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        Map<String, String> table = WordLists.pairs("traditional-simplified.tsv");
        assertThat(table).hasSizeGreaterThan(2000);
        table.forEach((traditional, simplified) ->
                assertThat(icu.transliterate(traditional)).as(traditional).isEqualTo(simplified));
    }
}
