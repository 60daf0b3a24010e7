package org.policykg.extract;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression {@code \b(?:...)...} whose every match begins with one of a few keywords, found
 * by trying it only where a keyword stands: {@code Matcher.find()} tries every offset of the region, and
 * most offsets of a sentence start no keyword. The matches are the expression's own, in the same order.
 */
final class KeywordPattern {
    private final Pattern body;
    /** The keywords by their first char (ASCII letters and digits only). */
    private final String[][] byFirst = new String[128][];
    /**
     * The keywords' first two chars, a bit for each pair, or null when a keyword is shorter or has a second
     * char beyond ASCII: one look-up turns away most words that start with a keyword's first letter.
     */
    private final long[] firstTwo;
    /** Texts at least this long are searched through their {@link WordStarts}, shorter ones char by char. */
    private static final int INDEXED_LENGTH = 1024;

    /**
     * @param body the expression after its leading {@code \\b}: it may not look behind its start
     * @param keywords words one of which every match of {@code body} starts with; each starts with an ASCII
     *     letter or digit
     */
    KeywordPattern(String body, String... keywords) {
        this.body = Pattern.compile(body);
        for (String k : keywords) {
            char c = k.isEmpty() ? 0 : k.charAt(0);
            if (!isAsciiWordChar(c)) {
                throw new IllegalArgumentException("keywords must start with an ASCII letter or digit: '" + k + "'");
            }
            String[] same = byFirst[c] == null ? new String[0] : byFirst[c];
            byFirst[c] = Arrays.copyOf(same, same.length + 1);
            byFirst[c][same.length] = k;
        }
        firstTwo = firstTwo(keywords);
    }

    private static long[] firstTwo(String... keywords) {
        long[] bits = new long[128 * 128 / 64];
        for (String k : keywords) {
            if (k.length() < 2 || k.charAt(1) >= 128) {
                return null;
            }
            int pair = k.charAt(0) << 7 | k.charAt(1);
            bits[pair >>> 6] |= 1L << pair;
        }
        return bits;
    }

    /**
     * Whether the two chars at {@code p} (the first an ASCII char) may open a keyword that ends inside the
     * region: a test {@link #startsOneOf} must pass too.
     */
    private boolean mayOpenKeyword(String s, int p, int regionEnd) {
        if (firstTwo == null) {
            return true;
        }
        if (p + 1 >= regionEnd) {
            return false; // every keyword has two chars or more
        }
        char second = s.charAt(p + 1);
        int pair = s.charAt(p) << 7 | second;
        return second < 128 && (firstTwo[pair >>> 6] & 1L << pair) != 0;
    }

    /**
     * The first match starting at or after {@code from} inside the region {@code [regionStart,
     * regionEnd)}, as {@code \b} + the body's {@code Matcher.find()} on that region gives them one after
     * another when {@code from} is the previous match's end; null when there is none.
     */
    Matcher find(String s, int from, int regionStart, int regionEnd) {
        return find(s, from, regionStart, regionEnd, false);
    }

    /**
     * The first match of {@code \\s} + the body starting at or after {@code from} in the region, as that
     * expression's {@code Matcher.find()} gives them one after another when {@code from} is the previous
     * match's end; null when there is none. The returned matcher's match starts one char after the space.
     */
    Matcher findAfterSpace(String s, int from, int regionStart, int regionEnd) {
        // a keyword after a space at from or later: it starts at from + 1 at the earliest, past the region's start
        return find(s, from + 1, regionStart, regionEnd, true);
    }

    /**
     * {@link #find}, or with {@code afterSpace} the first match whose keyword follows a space: the offsets
     * are tried in order either way, so filtering them gives the matches the loop over {@link #find} did.
     */
    private Matcher find(String s, int from, int regionStart, int regionEnd, boolean afterSpace) {
        Attempts attempts = new Attempts(s, regionStart, regionEnd, afterSpace);
        if (s.length() < INDEXED_LENGTH || from < regionStart) {
            return scan(attempts, from);
        }
        int p = from;
        // the region's first offset may start a match even inside a word: the index does not hold it
        if (p == regionStart && p < regionEnd) {
            Matcher m = attempts.at(p);
            if (m != null) {
                return m;
            }
            p++;
        }
        // past the region's start, a keyword can only start where an ASCII word char follows none
        int[] starts = WordStarts.of(s);
        for (int k = WordStarts.firstAtOrAfter(starts, p); k < starts.length && starts[k] < regionEnd; k++) {
            Matcher m = attempts.at(starts[k]);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** {@code \\s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@link #find} offset by offset: for short texts, where an index would cost more than it saves. */
    private Matcher scan(Attempts attempts, int from) {
        String s = attempts.s;
        for (int p = from; p < attempts.regionEnd; p++) {
            char c = s.charAt(p);
            // a keyword starts with a word char: right after an ASCII word char there is no \b before it
            if (c >= 128 || byFirst[c] == null || p > attempts.regionStart && isAsciiWordChar(s.charAt(p - 1))) {
                continue;
            }
            Matcher m = attempts.at(p);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * The body tried at offset after offset of one search, with one matcher: most tries fail, and a matcher
     * made for each cost as much as the try.
     */
    private final class Attempts {
        private final String s;
        private final int regionStart;
        private final int regionEnd;
        private final boolean afterSpace;
        private Matcher matcher;

        Attempts(String s, int regionStart, int regionEnd, boolean afterSpace) {
            this.s = s;
            this.regionStart = regionStart;
            this.regionEnd = regionEnd;
            this.afterSpace = afterSpace;
        }

        /** The body's match at {@code p}, when a keyword and {@code \b} (and a space, if asked) stand there; else null. */
        Matcher at(int p) {
            char c = s.charAt(p);
            String[] candidates = c < 128 ? byFirst[c] : null;
            if (candidates == null
                    || afterSpace && !isRegexSpace(s.charAt(p - 1))
                    || !mayOpenKeyword(s, p, regionEnd)
                    || !startsOneOf(candidates, s, p, regionEnd)
                    || !boundaryBefore(p)) {
                return null;
            }
            if (matcher == null) {
                matcher = body.matcher(s);
            }
            // the body looks neither behind its start nor past the region: matching it from p is what
            // the whole expression's attempt at p does
            matcher.region(p, regionEnd);
            return matcher.lookingAt() ? matcher : null;
        }

        /**
         * {@code \\b} before a keyword at {@code p} (inside the region, an ASCII word char first): the char
         * before it decides, read by hand when it is ASCII, where {@code \\b} sees what an ASCII test sees.
         */
        private boolean boundaryBefore(int p) {
            if (p <= regionStart) {
                return true; // nothing before the region's start counts: a word char follows none
            }
            char before = s.charAt(p - 1);
            return before < 128 ? !isAsciiWordChar(before) : WordBoundary.at(s, p, regionStart, regionEnd);
        }
    }

    /** The body, for a test that compares the matches with {@code \\b} + body's own. */
    String body() {
        return body.pattern();
    }

    private static boolean startsOneOf(String[] keywords, String s, int p, int regionEnd) {
        for (String k : keywords) {
            if (p + k.length() <= regionEnd && s.startsWith(k, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** {@link #isAsciiWordChar} by char, for the pass over a whole document. */
    private static final boolean[] ASCII_WORD_CHAR = asciiWordChars();

    private static boolean[] asciiWordChars() {
        boolean[] table = new boolean[128];
        for (char c = 0; c < 128; c++) {
            table[c] = isAsciiWordChar(c);
        }
        return table;
    }

    /**
     * The offsets of a text where an ASCII word char follows none, kept for the last few long texts a
     * thread searched: every rule searches the same document sentence after sentence (its folded text, its
     * text as read and as written, for case-sensitive expressions), and reading it char by char once per
     * expression was the largest share of the rules' time.
     */
    private static final class WordStarts {
        /** More than the texts one document's rules search in turn: fewer had them evict each other. */
        private static final int KEPT = 4;

        private static final ThreadLocal<WordStarts[]> RECENT = ThreadLocal.withInitial(() -> new WordStarts[KEPT]);

        /** Weakly held: a thread keeps its last document only as long as something else does. */
        private final WeakReference<String> text;

        private final int[] at;

        private WordStarts(String s) {
            text = new WeakReference<>(s);
            int[] found = new int[Math.max(16, s.length() / 4)];
            int n = 0;
            boolean afterWordChar = false;
            // the chars copied out at once: charAt, with its checks, made this pass over the whole document slow
            char[] chars = s.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                boolean wordChar = c < 128 && ASCII_WORD_CHAR[c];
                if (wordChar && !afterWordChar) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i;
                }
                afterWordChar = wordChar;
            }
            at = Arrays.copyOf(found, n);
        }

        static int[] of(String s) {
            WordStarts[] recent = RECENT.get();
            int i = 0;
            while (i < KEPT && (recent[i] == null || recent[i].text.get() != s)) {
                i++;
            }
            WordStarts found = i < KEPT ? recent[i] : new WordStarts(s);
            // most recent first: move the found one to the front, dropping the oldest on a miss
            System.arraycopy(recent, 0, recent, 1, Math.min(i, KEPT - 1));
            recent[0] = found;
            return found.at;
        }

        /** The index of the first offset at or after {@code p}. */
        static int firstAtOrAfter(int[] starts, int p) {
            int i = Arrays.binarySearch(starts, p);
            return i >= 0 ? i : -i - 1;
        }
    }
}
