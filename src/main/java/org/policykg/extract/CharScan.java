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

    /** The first index in {@code [from, to)} whose char is in {@code chars}, or {@code to} if none. */
    static int firstOf(String s, int from, int to, CharSet chars) {
        for (int i = from; i < to; i++) {
            if (chars.contains(s.charAt(i))) {
                return i;
            }
        }
        return to;
    }

    /**
     * Where {@code needle} first starts in {@code [from, limit)}, or -1: {@code indexOf(needle, from)} for a
     * loop that reads no occurrence starting at {@code limit} or later, without searching on to the text's end.
     */
    static int indexOf(String s, String needle, int from, int limit) {
        char first = needle.charAt(0);
        for (int i = Math.max(from, 0); i < limit; i++) {
            if (s.charAt(i) == first && s.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where {@code needle} last starts at or before {@code from} and at or after {@code floor}, or -1:
     * {@code lastIndexOf(needle, from)} for a caller that reads no occurrence before {@code floor}, without
     * searching back to the text's start.
     */
    static int lastIndexOf(String s, String needle, int from, int floor) {
        for (int i = Math.min(from, s.length() - needle.length()); i >= Math.max(floor, 0); i--) {
            if (s.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code c} first stands in {@code [from, limit)}, or -1. */
    static int indexOf(String s, char c, int from, int limit) {
        for (int i = Math.max(from, 0); i < limit; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The first of {@code words} that stands in {@code s} at {@code at}, or null. */
    static String wordAt(String s, int at, String... words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }
}
