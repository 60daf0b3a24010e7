package org.policykg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression {@code \b(?:...)...} whose every match begins with one of a few keywords, found
 * by trying it only where a keyword stands: {@code Matcher.find()} tries every offset of the region, and
 * most offsets of a sentence start no keyword. The matches are the expression's own, in the same order.
 */
final class KeywordPattern {
    private final Pattern body;
    private final String[] keywords;
    /** Whether some keyword starts with this ASCII char (non-ASCII first chars are always tried). */
    private final boolean[] firstChars = new boolean[128];

    /**
     * @param body the expression after its leading {@code \\b}: it may not look behind its start
     * @param keywords words one of which every match of {@code body} starts with
     */
    KeywordPattern(String body, String... keywords) {
        this.body = Pattern.compile(body);
        this.keywords = keywords.clone();
        for (String k : keywords) {
            if (k.isEmpty() || k.charAt(0) >= 128) {
                throw new IllegalArgumentException("keywords must start with an ASCII char: '" + k + "'");
            }
            firstChars[k.charAt(0)] = true;
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
            if (c < 128
                    && firstChars[c]
                    && startsKeyword(s, p, regionEnd)
                    && WordBoundary.at(s, p, regionStart, regionEnd)) {
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

    private boolean startsKeyword(String s, int p, int regionEnd) {
        for (String k : keywords) {
            if (p + k.length() <= regionEnd && s.startsWith(k, p)) {
                return true;
            }
        }
        return false;
    }
}
