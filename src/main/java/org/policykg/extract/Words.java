package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The words of a span, with their positions: the unit the directive and pair rules walk over. */
final class Words {
    /** A word and its span in the folded text. */
    record Word(String text, Span span) {}

    /** The auxiliaries and modals that follow a clause's subject: "X is", "X has", "X will", "X must". */
    private static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "must", "should",
            "shall");

    private Words() {}

    /** The {@link #AUXILIARIES} with {@code more} words that may stand in their place. */
    static Set<String> auxiliariesAnd(String... more) {
        return Stream.concat(AUXILIARIES.stream(), Stream.of(more)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The words of {@code span}: what {@code \p{L}[\p{L}'-]*} finds there one match after another, read
     * without the expression (it was most of the directive rule's time).
     */
    static List<Word> of(String folded, Span span) {
        List<Word> words = new ArrayList<>();
        int end = span.end();
        int i = span.start();
        while (i < end) {
            int n = letterAt(folded, i, end);
            if (n == 0) {
                i++; // the expression tries the next char, not the next code point
                continue;
            }
            int j = i + n;
            while (j < end) {
                char c = folded.charAt(j);
                if (c == '\'' || c == '-') {
                    j++;
                } else {
                    int m = letterAt(folded, j, end);
                    if (m == 0) {
                        break;
                    }
                    j += m;
                }
            }
            words.add(new Word(folded.substring(i, j), new Span(i, j)));
            i = j;
        }
        return words;
    }

    /** The length in chars of the letter ({@code \p{L}}) at {@code i}, or 0 when none starts there before {@code end}. */
    private static int letterAt(String s, int i, int end) {
        char c = s.charAt(i);
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? 1 : 0;
        }
        int cp = Character.codePointAt(s, i);
        int n = Character.charCount(cp);
        // a pair the span's end cuts in two is no letter inside the span
        return i + n <= end && Character.isLetter(cp) ? n : 0;
    }

    /** The text between two words holds no more than spaces. */
    static boolean adjacent(String folded, Word a, Word b) {
        return folded.substring(a.span().end(), b.span().start()).isBlank();
    }
}
