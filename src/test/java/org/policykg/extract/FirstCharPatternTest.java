package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A first-char pattern must find exactly what its whole expression, tried at every offset, finds. */
class FirstCharPatternTest {
    /** A figure's shape, with look-behinds inside the body that reach back into the number. */
    private static final String BODY = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*"
            + "(%|percent|(?<=\\d,\\d{3}\\s{1,3})[a-z]{3,}s|(?<=\\d\\.\\d{1,6}\\s{0,3})[a-z]{3,}s|million)\\b(?![\\w-])";

    private static final String NOT_BEFORE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.";

    private static final String[] PIECES = {
        "1",
        "12",
        "1,234",
        "12,345",
        "1234,567",
        "3.5",
        ".5",
        "0.09",
        ",",
        ".",
        "-",
        " ",
        "  ",
        "\n",
        "x",
        "_",
        "%",
        "percent",
        "people",
        "stations",
        "million",
        "years",
        "a",
        "é",
        "中",
        "\u00A0"
    };

    @Test
    void findsWhatTheWholeExpressionFinds() {
        Pattern whole = Pattern.compile("(?<![\\w.])" + BODY);
        FirstCharPattern first = new FirstCharPattern(BODY, CharSet.of("0123456789"), CharSet.of(NOT_BEFORE));
        Random random = new Random(31);
        int withMatches = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int count = 1 + random.nextInt(10);
            for (int p = 0; p < count; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            String s = sb.toString();
            int a = random.nextInt(s.length() + 1);
            int b = a + random.nextInt(s.length() - a + 1);
            for (int[] region : new int[][] {{0, s.length()}, {a, b}}) {
                List<List<Object>> expected = new ArrayList<>();
                Matcher m = whole.matcher(s).region(region[0], region[1]);
                while (m.find()) {
                    expected.add(List.of(m.start(), m.end(), m.group(), String.valueOf(m.group(2))));
                }
                List<List<Object>> found = new ArrayList<>();
                for (Matcher f = first.find(s, region[0], region[0], region[1]);
                        f != null;
                        f = first.find(s, f.end(), region[0], region[1])) {
                    found.add(List.of(f.start(), f.end(), f.group(), String.valueOf(f.group(2))));
                }
                assertThat(found).as("'%s' [%d, %d)", s, region[0], region[1]).isEqualTo(expected);
                withMatches += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(withMatches).as("regions the comparison saw a match in").isGreaterThan(1_000);
    }
}
