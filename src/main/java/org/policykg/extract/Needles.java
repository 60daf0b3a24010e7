package org.policykg.extract;

/**
 * Strings a rule looks for in a sentence before it tries its expressions, with the set of their first
 * chars: one pass over the sentence tests a string only where its first char stands, where a
 * {@code contains} per string scanned the sentence once for each.
 */
final class Needles {
    private final String[] strings;
    private final CharSet firsts;

    Needles(String... strings) {
        this.strings = strings.clone();
        this.firsts = CharSet.of(ChineseDirectiveRule.firstChars(strings));
    }

    /** Whether {@code s} holds any of the strings. */
    boolean in(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (firsts.contains(c)) {
                for (String n : strings) {
                    if (n.charAt(0) == c && s.startsWith(n, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
