package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** QuoteRule's reading of a quoted whole sentence must answer what its expression answers. */
class WholeSentenceTest {
    private static final String[] PIECES = {
        "A", "We", "x", "a", " ", "  ", "\t", "\n", ".", "!", "?", ",", "“", "”", "\"", "é", "\u00A0", "中", "5", "Z"
    };

    @Test
    void wholeSentenceIsReadAsTheExpressionReadsIt() {
        Random random = new Random(19);
        for (int n = 0; n < 300_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = sb.toString();
            int from = random.nextInt(s.length());
            int to = from + random.nextInt(s.length() - from + 1);
            boolean expected =
                    QuoteRule.WHOLE_SENTENCE.matcher(s).region(from, to).matches();
            assertThat(QuoteRule.quotesWholeSentence(s, from, to))
                    .as("'%s' [%d, %d)", s, from, to)
                    .isEqualTo(expected);
        }
    }
}
