package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The directive rule's hand readers must answer what the expressions they replace answer. */
class LeadingPhraseTest {
    private static final String[] PIECES = {
        "in",
        "In",
        "on",
        "with",
        "as",
        "in accordance with",
        "in  accordance\twith",
        "according to",
        "according",
        "taking",
        "ing",
        "bearing",
        "inspiring",
        "that",
        "which",
        "who",
        "somewhat",
        "need to",
        "is",
        "are",
        "means",
        "mean",
        "the law",
        "x",
        " ",
        " ",
        "   ",
        "\t",
        "\n",
        ",",
        ", ",
        ";",
        ".",
        "-",
        "_",
        "5",
        "é",
        "\u00A0",
        "\u2028",
        "\uD835\uDC00",
        "中"
    };

    private static final Pattern FINITE = Pattern.compile("\\s(?:is|are|was|were|means|mean)\\s");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:that|which|who)\\s+(?:\\p{L}+\\s+)?$");

    private static String text(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    @Test
    void leadingPhraseEndsWhereTheExpressionDoes() {
        Random random = new Random(16);
        for (int n = 0; n < 200_000; n++) {
            String s = text(random, 1 + random.nextInt(14));
            int pos = random.nextInt(s.length());
            int end = pos + random.nextInt(s.length() - pos + 1);
            Matcher m = LeadingPhrase.PATTERN.matcher(s).region(pos, end);
            int expected = m.lookingAt() ? m.end() : -1;
            assertThat(LeadingPhrase.end(s, pos, end))
                    .as("'%s' [%d, %d)", s, pos, end)
                    .isEqualTo(expected);
            if (expected >= 0) {
                assertThat(LeadingPhrase.holdsFiniteVerb(s, pos, expected))
                        .as("'%s'", s.substring(pos, expected))
                        .isEqualTo(FINITE.matcher(s.substring(pos, expected)).find());
            }
        }
    }

    @Test
    void longPhrasesAreCountedInUnitsAsTheExpressionCountsThem() {
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            String lead = random.nextBoolean() ? "in " : random.nextBoolean() ? "according to " : "bearing ";
            StringBuilder sb = new StringBuilder(lead);
            int units = 70 + random.nextInt(60);
            for (int i = 0; i < units; i++) {
                sb.append(random.nextInt(4) == 0 ? " ".repeat(1 + random.nextInt(3)) : "x");
            }
            String s = sb.append(", go").toString();
            Matcher m = LeadingPhrase.PATTERN.matcher(s);
            assertThat(LeadingPhrase.end(s, 0, s.length())).as(s).isEqualTo(m.lookingAt() ? m.end() : -1);
        }
    }

    @Test
    void relativeClauseEndIsReadAsTheExpressionReadsIt() {
        Random random = new Random(18);
        for (int n = 0; n < 200_000; n++) {
            String s = text(random, 1 + random.nextInt(6));
            assertThat(DirectiveRule.endsInRelative(s))
                    .as("'%s'", s)
                    .isEqualTo(RELATIVE.matcher(s).find());
        }
    }
}
