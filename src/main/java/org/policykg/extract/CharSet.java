package org.policykg.extract;

/**
 * A fixed set of chars, tested by one bit look-up: the rules test every char of a sentence against
 * such sets, and {@code String.indexOf(char)} on the set's string cost more than the rest of the loop.
 */
final class CharSet {
    private final long[] bits = new long[1024];

    private CharSet(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            bits[c >>> 6] |= 1L << c;
        }
    }

    /** The set of the chars of {@code chars}. */
    static CharSet of(String chars) {
        return new CharSet(chars);
    }

    boolean contains(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}
