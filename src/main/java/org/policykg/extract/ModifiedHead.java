package org.policykg.extract;

/**
 * One or two lower-case modifiers before a head word: what the regular expression
 * {@code \b((?:[a-z][a-z-]+\s+){1,2})HEAD\b} finds, found the same way (leftmost start, two modifiers
 * before one, region bounds opaque) without it. The expression tried its alternatives at every offset
 * of every sentence naming the head; this reads each word start once.
 */
final class ModifiedHead {
    /**
     * A match: {@code [start, modifiersEnd)} is the expression's group 1, {@code [start, end)} the whole;
     * the modifiers are {@code [start, firstEnd)} and, when there are two, {@code [secondStart, secondEnd)}
     * (else both are -1).
     */
    record Hit(int start, int firstEnd, int secondStart, int secondEnd, int modifiersEnd, int end) {
        /** The modifiers' words: what {@code group(1).strip().split("\\s+")} gave. */
        String[] modifiers(String s) {
            return secondStart < 0
                    ? new String[] {s.substring(start, firstEnd)}
                    : new String[] {s.substring(start, firstEnd), s.substring(secondStart, secondEnd)};
        }
    }

    private final String head;

    /** @param head lower-case ASCII letters */
    ModifiedHead(String head) {
        for (int i = 0; i < head.length(); i++) {
            if (!isLower(head.charAt(i))) {
                throw new IllegalArgumentException("the head must be lower-case ASCII letters: " + head);
            }
        }
        this.head = head;
    }

    /**
     * The first match starting at or after {@code from} inside the region {@code [regionStart,
     * regionEnd)}, as {@code Matcher.find()} on a matcher of that region gives them one after another
     * when {@code from} is the previous match's end; null when there is none.
     */
    Hit find(String s, int from, int regionStart, int regionEnd) {
        // every match ends in the head and starts at most two words before it: try only the starts there,
        // head by head (a later head's words never lie before an earlier one's)
        int p = from;
        for (int q = nextHead(s, from, regionEnd); q >= 0; q = nextHead(s, q + 1, regionEnd)) {
            for (p = Math.max(p, twoWordsBefore(s, q, from)); p < q; p++) {
                if (isLower(s.charAt(p)) && !(p > regionStart && WordBoundary.wordBefore(s, p, regionStart))) {
                    Hit hit = matchAt(s, p, regionStart, regionEnd);
                    if (hit != null) {
                        return hit;
                    }
                }
            }
        }
        return null;
    }

    /** The first occurrence of the head in {@code [from, regionEnd)}, or -1. */
    private int nextHead(String s, int from, int regionEnd) {
        // a bounded loop: indexOf would read on to the text's end when the region lacks the head
        char first = head.charAt(0);
        for (int at = from; at <= regionEnd - head.length(); at++) {
            if (s.charAt(at) == first && s.startsWith(head, at)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The earliest offset (not before {@code floor}) a match ending in the head at {@code q} can start
     * at: back over spaces, a run of modifier characters, spaces and another run.
     */
    private static int twoWordsBefore(String s, int q, int floor) {
        int i = q;
        for (int run = 0; run < 2; run++) {
            while (i > floor && isSpace(s.charAt(i - 1))) {
                i--;
            }
            while (i > floor && (isLower(s.charAt(i - 1)) || s.charAt(i - 1) == '-')) {
                i--;
            }
        }
        return i;
    }

    /** The match starting at {@code p} (a lower-case letter at a word boundary), or null. */
    private Hit matchAt(String s, int p, int regionStart, int regionEnd) {
        int word1 = modifierEnd(s, p, regionEnd);
        if (word1 < 0) {
            return null;
        }
        int space1 = spacesEnd(s, word1, regionEnd);
        if (space1 == word1) {
            return null;
        }
        // greedy {1,2}: two modifiers first, and one only when two do not reach the head
        int word2 = modifierEnd(s, space1, regionEnd);
        if (word2 >= 0) {
            int space2 = spacesEnd(s, word2, regionEnd);
            int end = space2 > word2 ? headEnd(s, space2, regionStart, regionEnd) : -1;
            if (end >= 0) {
                return new Hit(p, word1, space1, word2, space2, end);
            }
        }
        int end = headEnd(s, space1, regionStart, regionEnd);
        return end >= 0 ? new Hit(p, word1, -1, -1, space1, end) : null;
    }

    /** End of {@code [a-z][a-z-]+} at {@code i} (its runs are greedy and never give back), or -1. */
    private static int modifierEnd(String s, int i, int regionEnd) {
        if (i >= regionEnd || !isLower(s.charAt(i))) {
            return -1;
        }
        int j = i + 1;
        while (j < regionEnd && (isLower(s.charAt(j)) || s.charAt(j) == '-')) {
            j++;
        }
        return j > i + 1 ? j : -1;
    }

    /** End of the run of {@code \s} (ASCII whitespace) at {@code i}. */
    private static int spacesEnd(String s, int i, int regionEnd) {
        int j = i;
        while (j < regionEnd && isSpace(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /** End of the head at {@code i} when a word boundary follows it, or -1. */
    private int headEnd(String s, int i, int regionStart, int regionEnd) {
        int end = i + head.length();
        if (end > regionEnd || !s.startsWith(head, i)) {
            return -1;
        }
        // the head ends in a letter, so \b holds when no word character follows (the region's end hides the rest)
        return end == regionEnd || !WordBoundary.wordLike(s, Character.codePointAt(s, end), end, regionStart)
                ? end
                : -1;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** The characters of {@code \s}: ASCII whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
