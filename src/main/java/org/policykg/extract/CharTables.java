package org.policykg.extract;

import java.util.function.IntPredicate;

/**
 * {@link Character}'s tests of a char's Unicode class, as one bit per char of the Basic Multilingual Plane:
 * Chinese text asks them of every char it holds, and {@code Character} looks each char above ASCII up in
 * its tables through several calls.
 */
final class CharTables {
    private static final long[] LETTER_OR_DIGIT = table(Character::isLetterOrDigit);
    private static final long[] WHITESPACE = table(Character::isWhitespace);
    private static final long[] DIGIT = table(Character::isDigit);

    private CharTables() {}

    /** {@link Character#isLetterOrDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return (LETTER_OR_DIGIT[c >>> 6] & 1L << c) != 0;
    }

    /** {@link Character#isWhitespace(char)}. */
    static boolean isWhitespace(char c) {
        return (WHITESPACE[c >>> 6] & 1L << c) != 0;
    }

    /** {@link Character#isDigit(char)}. */
    static boolean isDigit(char c) {
        return (DIGIT[c >>> 6] & 1L << c) != 0;
    }

    private static long[] table(IntPredicate test) {
        long[] bits = new long[(Character.MAX_VALUE + 1) >>> 6];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (test.test(c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }
}
