package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written word reader must cut a span exactly as the regular expression it replaces did. */
class WordsTest {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");

    private static final String[] PIECES = {
        "must",
        "strengthen",
        " ",
        " ",
        "  ",
        "\t",
        "\n",
        "'",
        "-",
        "--",
        "’",
        ",",
        ".",
        ";",
        ":",
        "(",
        ")",
        "\"",
        "5",
        "2035",
        "_",
        "é",
        "Ü",
        "ß",
        "中国",
        "\u0301",
        "\u00A0",
        "\uD835\uDC00",
        "\uD835\uDFCE",
        "\uD800",
        "\uDC00",
        "don't",
        "well-being",
        "-led",
        "x",
        "A",
        "ǅ",
        "ʰ",
        "\u2010"
    };

    private static List<Words.Word> regex(String s, Span span) {
        List<Words.Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(s).region(span.start(), span.end());
        while (m.find()) {
            out.add(new Words.Word(m.group(), new Span(m.start(), m.end())));
        }
        return out;
    }

    private static void same(String s, Span span) {
        assertThat(Words.of(s, span))
                .as("%s in %s", s.replace("\n", "\\n"), span)
                .isEqualTo(regex(s, span));
    }

    @Test
    void cutsExamplesAsTheExpressionDid() {
        for (String s : List.of(
                "",
                "we must strengthen it",
                "  leading and trailing  ",
                "don't -dash- 'quoted' well-being",
                "the 20th congress, 2035",
                "über straße 中国 security",
                "e\u0301tat",
                "\u0301accent first",
                "\uD835\uDC00\uD835\uDC01 bold",
                "x\uD835\uDC00",
                "lone \uD800 high and \uDC00 low",
                "snake_case words")) {
            for (int a = 0; a <= s.length(); a++) {
                same(s, new Span(a, s.length()));
                same(s, new Span(0, a));
            }
        }
    }

    @Test
    void cutsRandomTextsAsTheExpressionDid() {
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int k = 0; k < pieces; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = sb.toString();
            int a = random.nextInt(s.length() + 1);
            int b = a + random.nextInt(s.length() - a + 1);
            same(s, new Span(0, s.length()));
            same(s, new Span(a, b));
        }
    }
}
