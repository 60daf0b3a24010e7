package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.ontology.OntologyFiles;
import org.policykg.vocab.PKG;

/** The hand-written readers of {@link Phrases} and {@link Lexicon} against the expressions and strings they replace. */
class PhrasesTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an)\\s+");
    private static final String[] PIECES = {
        "the",
        "a",
        "an",
        "then",
        "another",
        "role",
        "foundation",
        "s",
        " ",
        " ",
        "  ",
        "\t",
        "\n",
        "\u000B",
        "\u00A0",
        "\u2003",
        "\u001C",
        "'",
        "-",
        ",",
        ".",
        "5",
        "²",
        "Ⅻ",
        "é",
        "中",
        "\u0301",
        "\uD835\uDC00",
        "\uD835\uDFCE",
        "\uD800",
        "_",
        "top priority",
        "important pillar",
        "cornerstone"
    };

    private static Lexicon roles;

    @BeforeAll
    static void load() {
        roles = Lexicon.of(OntologyFiles.load().vocabulary(), PKG.RoleScheme);
    }

    private static String random(Random random, String... extra) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(10);
        for (int k = 0; k < pieces; k++) {
            boolean fromExtra = extra.length > 0 && random.nextInt(3) == 0;
            sb.append(fromExtra ? extra[random.nextInt(extra.length)] : PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void wordEndIsWhereTheExpressionsMatchEnds() {
        Random random = new Random(1);
        for (int n = 0; n < 20_000; n++) {
            String s = random(random);
            int pos = random.nextInt(s.length() + 1);
            int limit = pos + random.nextInt(s.length() - pos + 1);
            Matcher m = WORD.matcher(s).region(pos, limit);
            int expected = m.lookingAt() ? m.end() : pos;
            assertThat(Phrases.wordEnd(s, pos, limit))
                    .as("%s at %d..%d", s, pos, limit)
                    .isEqualTo(expected);
        }
    }

    @Test
    void skipArticlesSkipsWhatTheExpressionDid() {
        Random random = new Random(2);
        for (int n = 0; n < 20_000; n++) {
            String s = random(random);
            int pos = random.nextInt(s.length() + 1);
            int limit = pos + random.nextInt(s.length() - pos + 1);
            int from = pos;
            while (from < limit && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
            Matcher m = ARTICLE.matcher(s).region(from, limit);
            int expected = pos >= limit ? pos : m.lookingAt() ? m.end() : from;
            assertThat(Phrases.skipArticles(s, pos, limit))
                    .as("%s at %d..%d", s, pos, limit)
                    .isEqualTo(expected);
        }
    }

    @Test
    void splitCountCountsAsSplitDid() {
        Random random = new Random(3);
        for (String s : List.of("", " ", "  ", "a", " a", "a ", " a b ", "\ta\u00A0b")) {
            assertThat(Phrases.splitCount(s)).as("'%s'", s).isEqualTo(s.split("\\s+").length);
        }
        for (int n = 0; n < 20_000; n++) {
            String s = random(random);
            assertThat(Phrases.splitCount(s)).as("'%s'", s).isEqualTo(s.split("\\s+").length);
        }
    }

    @Test
    void foldingAFoldedTextChangesNothing() {
        // exact(folded, start, end) relies on it; a new Unicode table in the JDK could break it
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String once = Lexicon.fold(String.valueOf((char) c));
            assertThat(Lexicon.fold(once)).as("U+%04X", c).isEqualTo(once);
        }
    }

    @Test
    void exactOnASpanAnswersAsExactOnTheCutOutPhrase() {
        Random random = new Random(4);
        String[] labels = {"top priority", "cornerstone", "foundation", "important pillar", "the foundation", "basis"};
        for (int n = 0; n < 20_000; n++) {
            String folded = Lexicon.fold(random(random, labels));
            int start = random.nextInt(folded.length() + 1);
            int end = start + random.nextInt(folded.length() - start + 1);
            assertThat(roles.exact(folded, start, end))
                    .as("'%s' [%d, %d)", folded, start, end)
                    .isEqualTo(roles.exact(folded.substring(start, end)));
        }
        assertThat(roles.exact("  top \t priority ", 0, 17)).isPresent();
    }
}
