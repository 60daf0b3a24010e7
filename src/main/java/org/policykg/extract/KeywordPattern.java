package org.policykg.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression {@code \b(?:...)...} whose every match begins with one of a few keywords, found
 * by trying it only where a keyword stands: {@code Matcher.find()} tries every offset of the region, and
 * most offsets of a sentence start no keyword. The matches are the expression's own, in the same order.
 */
final class KeywordPattern {
    private final Pattern body;
    /** The keywords by their first char (ASCII letters and digits only). */
    private final String[][] byFirst = new String[128][];

    /**
     * @param body the expression after its leading {@code \\b}: it may not look behind its start
     * @param keywords words one of which every match of {@code body} starts with; each starts with an ASCII
     *     letter or digit
     */
    KeywordPattern(String body, String... keywords) {
        this.body = Pattern.compile(body);
        for (String k : keywords) {
            char c = k.isEmpty() ? 0 : k.charAt(0);
            if (!isAsciiWordChar(c)) {
                throw new IllegalArgumentException("keywords must start with an ASCII letter or digit: '" + k + "'");
            }
            String[] same = byFirst[c] == null ? new String[0] : byFirst[c];
            byFirst[c] = Arrays.copyOf(same, same.length + 1);
            byFirst[c][same.length] = k;
        }
    }

    /**
     * The first match starting at or after {@code from} inside the region {@code [regionStart,
     * regionEnd)}, as {@code \b} + the body's {@code Matcher.find()} on that region gives them one after
     * another when {@code from} is the previous match's end; null when there is none.
     */
    Matcher find(String s, int from, int regionStart, int regionEnd) {
        for (int p = from; p < regionEnd; p++) {
            char c = s.charAt(p);
            String[] candidates = c < 128 ? byFirst[c] : null;
            // a keyword starts with a word char: right after an ASCII word char there is no \b before it
            if (candidates == null || p > regionStart && isAsciiWordChar(s.charAt(p - 1))) {
                continue;
            }
            if (startsOneOf(candidates, s, p, regionEnd) && WordBoundary.at(s, p, regionStart, regionEnd)) {
                // the body looks neither behind its start nor past the region: matching it from p is what
                // the whole expression's attempt at p does
                Matcher m = body.matcher(s).region(p, regionEnd);
                if (m.lookingAt()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The body, for a test that compares the matches with {@code \\b} + body's own. */
    String body() {
        return body.pattern();
    }

    private static boolean startsOneOf(String[] keywords, String s, int p, int regionEnd) {
        for (String k : keywords) {
            if (p + k.length() <= regionEnd && s.startsWith(k, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
