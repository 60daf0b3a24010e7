package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A keyword pattern must find exactly what its whole expression, tried at every offset, finds. */
class KeywordPatternTest {
    private static final String[] PIECES = {
        "must",
        "should",
        "shall",
        "need",
        "needs",
        "to",
        " to",
        "have",
        "has",
        "ought",
        "necessary",
        "important",
        "vital",
        "for",
        "us",
        "them",
        "for us to",
        " ",
        " ",
        "  ",
        "\t",
        "\n",
        ",",
        ".",
        "-",
        "'",
        "é",
        "\u0301",
        "_",
        "5",
        "x",
        "mustard",
        "hasten",
        "\uD835\uDC00",
        "Must",
        "\u00A0",
        "中"
    };

    private static List<List<Object>> expression(Pattern p, String s, int start, int end) {
        List<List<Object>> out = new ArrayList<>();
        Matcher m = p.matcher(s).region(start, end);
        while (m.find()) {
            out.add(List.of(m.start(), m.end(), m.group()));
        }
        return out;
    }

    private static List<List<Object>> keywords(KeywordPattern k, String s, int start, int end) {
        List<List<Object>> out = new ArrayList<>();
        for (Matcher m = k.find(s, start, start, end); m != null; m = k.find(s, m.end(), start, end)) {
            out.add(List.of(m.start(), m.end(), m.group()));
        }
        return out;
    }

    @Test
    void theObligationPatternFindsWhatItsExpressionFinds() {
        int withMatches = compareOnRandomTexts(DirectiveRule.OBLIGATION, PIECES, 5, 30_000, 12, Random::nextBoolean);
        assertThat(withMatches).as("regions the comparison saw a match in").isGreaterThan(5_000);
    }

    /**
     * Texts of 1 to {@code maxPieces} random pieces, each followed by a space where {@code space} says:
     * the keyword pattern must find exactly what its whole expression finds, in the text and in a
     * random region of it.
     *
     * @return how many of the regions compared had a match
     */
    private static int compareOnRandomTexts(
            KeywordPattern k, String[] pieces, long seed, int texts, int maxPieces, Predicate<Random> space) {
        Pattern whole = Pattern.compile("\\b" + k.body());
        Random random = new Random(seed);
        int withMatches = 0;
        for (int n = 0; n < texts; n++) {
            StringBuilder sb = new StringBuilder();
            int count = 1 + random.nextInt(maxPieces);
            for (int p = 0; p < count; p++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
                if (space.test(random)) {
                    sb.append(' ');
                }
            }
            String s = sb.toString();
            int a = random.nextInt(s.length() + 1);
            int b = a + random.nextInt(s.length() - a + 1);
            for (int[] region : new int[][] {{0, s.length()}, {a, b}}) {
                List<List<Object>> expected = expression(whole, s, region[0], region[1]);
                assertThat(keywords(k, s, region[0], region[1]))
                        .as("'%s' [%d, %d)", s, region[0], region[1])
                        .isEqualTo(expected);
                withMatches += expected.isEmpty() ? 0 : 1;
            }
        }
        return withMatches;
    }

    private static final String[] TEMPORAL_PIECES = {
        "since",
        "after",
        "before",
        "from",
        "by",
        "in",
        "until",
        "through",
        "to",
        "during",
        "of",
        "as early as",
        "as of",
        "as",
        "the",
        "end",
        "middle",
        "of the",
        "18th",
        "2nd",
        "3rd",
        "21st",
        "cpc",
        "party",
        "national",
        "congress",
        "(ccp)",
        "communist party of china",
        "2020",
        "1999",
        "2035",
        "20355",
        "1878",
        "x2020",
        " ",
        " ",
        "\t",
        "\n",
        ",",
        ".",
        "-",
        "é",
        "\u0301",
        "_",
        "5",
        "Since",
        "\u00A0",
        "中",
        "sincere",
        "into",
        "since the 18th national congress",
        "after the 2nd party congress of the cpc",
        "before the 19th cpc congress",
        "from the 20th congress (ccp)",
        "since the",
        "after the 3rd",
        "congress of the ccp",
        "by 2035",
        "in 2021",
        "as of the end of 2022",
        "until the middle of 1999"
    };

    @Test
    void theTemporalPatternsFindWhatTheirExpressionsFind() {
        for (KeywordPattern k : List.of(TemporalRule.CONGRESS, TemporalRule.YEAR)) {
            int withMatches = compareOnRandomTexts(k, TEMPORAL_PIECES, 11, 20_000, 14, r -> r.nextInt(3) > 0);
            assertThat(withMatches).as("regions with a match for %s", k.body()).isGreaterThan(300);
        }
    }

    private static final String[] PAIR_PIECES = {
        "overall planning for",
        "overall planning of",
        "overall",
        "planning",
        "coordinate",
        "coordinating both",
        "balanced",
        "balances",
        "placing equal emphasis on",
        "put equal weight to",
        "putting",
        "lays",
        "laid",
        "giving equal attention to",
        "attached",
        "attaches equal importance on",
        "equal",
        "the two major issues of",
        "both great matters of",
        "two tasks of",
        "the",
        "both",
        "two",
        "things of",
        "of",
        "the security",
        " ",
        " ",
        "\t",
        "\n",
        ",",
        ".",
        "-",
        "é",
        "_",
        "5",
        "Both",
        "\u00A0",
        "中",
        "theory",
        "twofold",
        "imbalance"
    };

    @Test
    void thePairTriggerFindsWhatItsExpressionFinds() {
        int withMatches = compareOnRandomTexts(PairRule.TRIGGER, PAIR_PIECES, 13, 20_000, 12, r -> r.nextInt(3) > 0);
        assertThat(withMatches).as("regions the comparison saw a match in").isGreaterThan(1_000);
    }

    private static final String[] TREAT_AS_PIECES = {
        "treat",
        "treats",
        "treating",
        "treated",
        "treaty",
        "take",
        "taken",
        "taking",
        "took",
        "regard",
        "regards",
        "view",
        "viewed",
        "achieve",
        "establishes",
        "designating",
        "designation",
        "with",
        "within",
        "without",
        "make",
        "makes",
        "making",
        "made",
        "maker",
        "as",
        "the",
        "x",
        " ",
        " ",
        "\t",
        "\n",
        ",",
        ".",
        "-",
        "é",
        "_",
        "5",
        "With",
        "\u00A0",
        "中"
    };

    @Test
    void theTreatAsVerbFindsWhatItsExpressionFinds() {
        int withMatches =
                compareOnRandomTexts(TreatAsRule.VERB, TREAT_AS_PIECES, 17, 20_000, 12, r -> r.nextInt(3) > 0);
        assertThat(withMatches).as("regions the comparison saw a match in").isGreaterThan(1_000);
    }

    private static final String[] BOTH_PIECES = {
        "attach",
        "attaches",
        "attached",
        "attaching",
        "great",
        "equal",
        "importance",
        "to",
        "give",
        "gives",
        "giving",
        "given",
        "gave",
        "full",
        "due",
        "consideration",
        "weight",
        "attention",
        "stress",
        "stressed",
        "emphasize",
        "emphasises",
        "ensure",
        "ensuring",
        "consider",
        "combine",
        "integrate",
        "integrating",
        "role",
        "roles",
        "of",
        "both",
        "the",
        "will",
        "must",
        "should",
        "shall",
        "and",
        "we",
        "need",
        "need to",
        "a",
        "x",
        "_",
        "5",
        " ",
        " ",
        "  ",
        "\t",
        "\n",
        "\u00A0",
        ",",
        "-",
        "é",
        "\u0301",
        "中",
        "Both",
        "importance to both",
        "roles of both the",
        "we will both",
        "both"
    };

    @Test
    void theBothPatternsFindWhatTheirExpressionsFind() {
        for (KeywordPattern k : List.of(PairRule.BOTH_NOUNS, PairRule.BOTH_ACTIONS)) {
            int withMatches = compareOnRandomTexts(k, BOTH_PIECES, 29, 20_000, 12, r -> r.nextInt(3) > 0);
            assertThat(withMatches).as("regions with a match for %s", k.body()).isGreaterThan(300);
        }
    }

    private static final String[] COPULA_PIECES = {
        "is",
        "are",
        "remains",
        "remain",
        "serves as",
        "serve as",
        "acts as",
        "act as",
        "functions as",
        "function as",
        "holds",
        "hold",
        "the key",
        "key",
        "has become",
        "have become",
        "becomes",
        "become",
        "has been",
        "have been",
        "has always been",
        "means",
        "mean",
        "constitutes",
        "constitute",
        "will",
        "must",
        "should",
        "shall",
        "can",
        "would",
        "also",
        "still",
        "always",
        "in turn",
        "continue to",
        "be",
        "indeed",
        "both",
        "truly",
        "the",
        "island",
        "isn't",
        "x",
        "_",
        "5",
        " ",
        " ",
        "  ",
        "\t",
        "\n",
        "\u000B",
        "\u00A0",
        ",",
        "(",
        "-",
        "é",
        "\u0301",
        "中",
        "Is"
    };

    @Test
    void theCopulaFindsWhatItsExpressionFinds() {
        int withMatches =
                compareOnRandomTexts(CopulaRoleRule.COPULA, COPULA_PIECES, 19, 20_000, 12, r -> r.nextInt(3) > 0);
        assertThat(withMatches).as("regions the comparison saw a match in").isGreaterThan(1_000);
    }

    /** The rule reads its copula as {@code \\s} + body: a copula word after a space, the match one char later. */
    @Test
    void theCopulaAfterASpaceIsWhatTheSpacedExpressionFinds() {
        Pattern whole = Pattern.compile("\\s" + CopulaRoleRule.COPULA.body());
        Random random = new Random(23);
        int withMatches = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int count = 1 + random.nextInt(12);
            for (int p = 0; p < count; p++) {
                sb.append(COPULA_PIECES[random.nextInt(COPULA_PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            String s = sb.toString();
            int a = random.nextInt(s.length() + 1);
            int b = a + random.nextInt(s.length() - a + 1);
            for (int[] region : new int[][] {{0, s.length()}, {a, b}}) {
                List<List<Object>> expected = expression(whole, s, region[0], region[1]);
                List<List<Object>> found = new ArrayList<>();
                Span span = new Span(region[0], region[1]);
                for (Matcher m = CopulaRoleRule.nextCopula(s, region[0], span);
                        m != null;
                        m = CopulaRoleRule.nextCopula(s, m.end(), span)) {
                    found.add(List.of(m.start() - 1, m.end(), s.substring(m.start() - 1, m.end())));
                }
                assertThat(found).as("'%s' [%d, %d)", s, region[0], region[1]).isEqualTo(expected);
                withMatches += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(withMatches).as("regions the comparison saw a match in").isGreaterThan(1_000);
    }

    @Test
    void refusesAKeywordThatDoesNotStartWithAnAsciiWordChar() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new KeywordPattern("x", "-x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
