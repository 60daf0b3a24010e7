package org.policykg.extract;

import java.util.function.IntPredicate;

/**
 * A fixed set of chars, tested by one bit look-up: the rules test every char of a sentence against
 * such sets, and {@code String.indexOf(char)} on the set's string cost more than the rest of the loop.
 */
final class CharSet {
    private final long[] bits = new long[(Character.MAX_VALUE + 1) >>> 6];

    private CharSet() {}

    /** The set of the chars of {@code chars}. */
    static CharSet of(String chars) {
        CharSet set = new CharSet();
        for (int i = 0; i < chars.length(); i++) {
            set.add(chars.charAt(i));
        }
        return set;
    }

    /** The set of the first chars of {@code words}: at any other char none of them stands. */
    static CharSet ofFirstChars(String... words) {
        return of(firstChars(words));
    }

    /** The set of every char that passes {@code test}, worked out once for all of them. */
    static CharSet matching(IntPredicate test) {
        CharSet set = new CharSet();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (test.test(c)) {
                set.add((char) c);
            }
        }
        return set;
    }

    /** The first char of each word, in one string. */
    static String firstChars(String... words) {
        StringBuilder chars = new StringBuilder(words.length);
        for (String w : words) {
            chars.append(w.charAt(0));
        }
        return chars.toString();
    }

    private void add(char c) {
        bits[c >>> 6] |= 1L << c;
    }

    boolean contains(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}
