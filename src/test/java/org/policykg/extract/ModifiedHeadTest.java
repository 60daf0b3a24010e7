package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written reader must find exactly what the regular expression it replaces finds. */
class ModifiedHeadTest {
    private static final Pattern REGEX = Pattern.compile("\\b((?:[a-z][a-z-]+\\s+){1,2})security\\b");
    private static final ModifiedHead READER = new ModifiedHead("security");

    /** Pieces the random texts are made of: words, the head, and every kind of character the tests care about. */
    private static final String[] PIECES = {
        "security",
        "security",
        "food ",
        "grain ",
        "cyber-",
        "national ",
        "x ",
        "ab",
        "a",
        "b",
        "-",
        "'",
        "’",
        " ",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\u000B",
        "\f",
        "\u00A0",
        "\u2007",
        ".",
        ",",
        ";",
        "(",
        ")",
        "_",
        "5",
        "S",
        "Security",
        "é",
        "ü",
        "\u0301",
        "\u0308",
        "\uD835\uDC00",
        "\uD835\uDFCE",
        "\uD800",
        "中",
        "securitys",
        "securities",
        "-security",
        "security-",
        "\u001C"
    };

    /** Pieces that make matches likely, drawn half of the time. */
    private static final String[] WORDS = {"security", "security ", "food ", "grain ", "cyber-", "ab ", "x ", " "};

    private static List<List<Object>> regex(String s, int start, int end) {
        List<List<Object>> out = new ArrayList<>();
        Matcher m = REGEX.matcher(s).region(start, end);
        while (m.find()) {
            out.add(List.of(
                    m.start(), m.end(1), m.end(), List.of(m.group(1).strip().split("\\s+"))));
        }
        return out;
    }

    private static List<List<Object>> reader(String s, int start, int end) {
        List<List<Object>> out = new ArrayList<>();
        for (ModifiedHead.Hit h = READER.find(s, start, start, end);
                h != null;
                h = READER.find(s, h.end(), start, end)) {
            out.add(List.of(h.start(), h.modifiersEnd(), h.end(), List.of(h.modifiers(s))));
        }
        return out;
    }

    private static void same(String s, int start, int end) {
        assertThat(reader(s, start, end))
                .as("%s in [%d, %d)", s.replace("\n", "\\n"), start, end)
                .isEqualTo(regex(s, start, end));
    }

    @Test
    void findsWhatTheRegularExpressionFindsInExamples() {
        for (String s : List.of(
                "food security",
                "grain and food security",
                "national food security, and cyber-security",
                "the food security-related rules",
                "securitysecurity security security",
                "food security",
                "food  \t security",
                "a security",
                "5g security",
                "x-food security",
                "über food security",
                "food security\u0301",
                "food securityé",
                "food security_",
                "food security5",
                "food\u00A0security",
                "data, network security and security security",
                "",
                "security",
                " security",
                "high-level food security")) {
            same(s, 0, s.length());
            for (int a = 0; a <= s.length(); a++) {
                same(s, a, s.length());
                same(s, 0, a);
            }
        }
    }

    @Test
    void findsWhatTheRegularExpressionFindsInRandomTexts() {
        Random random = new Random(20261126);
        int withMatches = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int k = 0; k < pieces; k++) {
                String[] from = random.nextBoolean() ? WORDS : PIECES;
                sb.append(from[random.nextInt(from.length)]);
            }
            String s = sb.toString();
            int a = random.nextInt(s.length() + 1);
            int b = a + random.nextInt(s.length() - a + 1);
            same(s, 0, s.length());
            same(s, a, b);
            withMatches += regex(s, 0, s.length()).isEmpty() ? 0 : 1;
        }
        assertThat(withMatches).as("texts the comparison saw a match in").isGreaterThan(2_000);
    }

    @Test
    void refusesAHeadThatIsNotLowerCaseAscii() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ModifiedHead("Security"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
