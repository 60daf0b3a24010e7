package org.policykg.extract;

/**
 * The word boundary {@code \b} of java.util.regex (without UNICODE_CHARACTER_CLASS, region bounds
 * opaque), for the readers that replace an expression and must match exactly where it did.
 */
final class WordBoundary {
    private WordBoundary() {}

    /** Whether {@code \b} holds at {@code i} for a matcher of the region {@code [regionStart, regionEnd)}. */
    static boolean at(String s, int i, int regionStart, int regionEnd) {
        boolean left = i > regionStart && wordLike(s, Character.codePointBefore(s, i), i - 1, regionStart);
        boolean right = i < regionEnd && wordLike(s, Character.codePointAt(s, i), i, regionStart);
        return left ^ right;
    }

    /** Whether the char before {@code i} (inside the region) counts as a word char for {@code \b}. */
    static boolean wordBefore(String s, int i, int regionStart) {
        return wordLike(s, Character.codePointBefore(s, i), i - 1, regionStart);
    }

    /**
     * {@code \b}'s word test: a letter, digit or '_', or a non-spacing mark on such a char (the code point
     * {@code cp} sits at {@code at}).
     */
    static boolean wordLike(String s, int cp, int at, int regionStart) {
        if (cp < 128) {
            return cp == '_' || cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return Character.isLetterOrDigit(cp)
                || Character.getType(cp) == Character.NON_SPACING_MARK && hasBase(s, at, regionStart);
    }

    /** Whether the non-spacing marks ending at {@code i} sit on a letter or digit inside the region. */
    private static boolean hasBase(String s, int i, int regionStart) {
        for (int x = i; x >= regionStart; x--) {
            int cp = Character.codePointAt(s, x);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }
}
