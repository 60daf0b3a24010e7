package org.policykg.extract;

/**
 * {@link Character}'s tests of a char's Unicode class, as one bit per char of the Basic Multilingual Plane:
 * Chinese text asks them of every char it holds, and {@code Character} looks each char above ASCII up in
 * its tables through several calls.
 */
final class CharTables {
    private static final CharSet LETTER_OR_DIGIT = CharSet.matching(Character::isLetterOrDigit);
    private static final CharSet WHITESPACE = CharSet.matching(Character::isWhitespace);
    private static final CharSet DIGIT = CharSet.matching(Character::isDigit);

    private CharTables() {}

    /** {@link Character#isLetterOrDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return LETTER_OR_DIGIT.contains(c);
    }

    /** {@link Character#isWhitespace(char)}. */
    static boolean isWhitespace(char c) {
        return WHITESPACE.contains(c);
    }

    /** {@link Character#isDigit(char)}. */
    static boolean isDigit(char c) {
        return DIGIT.contains(c);
    }
}
