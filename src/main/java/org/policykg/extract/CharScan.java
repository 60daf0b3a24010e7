package org.policykg.extract;

/** Plain char scans for what a one-char-class regular expression found: a matcher per call cost more. */
final class CharScan {
    private CharScan() {}

    /** The first index in {@code [from, to)} whose char is one of {@code chars}, or {@code to} if none. */
    static int firstOf(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return to;
    }
}
