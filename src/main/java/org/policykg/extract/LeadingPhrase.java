package org.policykg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leading adverbial or participial phrase that a comma closes, before an imperative: "In accordance with
 * the law, severely punish ...", "Taking X as the starting point, strengthen ...". A run of spaces counts
 * as one char, so that page furniture blanked inside the phrase does not lengthen it. {@link #PATTERN}
 * says what the phrase is; {@link #end} reads it by hand for ASCII text, as the expression's repeated
 * group cost more than the rest of the directive rule's reading of a sentence.
 */
final class LeadingPhrase {
    /** The phrase, matched from its first char ({@code lookingAt}). */
    static final Pattern PATTERN = Pattern.compile(
            "(?:(?:in|on|at|with|for|under|through|by|from|as"
                    + "|in\\s+accordance\\s+with|according\\s+to)\\b(?:[^,;\\s]|\\s++){1,80}|\\p{L}+ing\\b(?:[^,;\\s]|\\s++){1,120}),\\s+");

    /** The single prepositions of {@link #PATTERN}. */
    private static final String[] PREPOSITIONS = {
        "in", "on", "at", "with", "for", "under", "through", "by", "from", "as"
    };

    private static final CharSet COMMA_OR_SEMICOLON = CharSet.of(",;");
    private static final int PREPOSITION_UNITS = 80;
    private static final int GERUND_UNITS = 120;

    private LeadingPhrase() {}

    /**
     * Where {@link #PATTERN}'s match at {@code pos} in the region {@code [pos, end)} ends, or -1 when it has
     * none. Every branch runs up to the first comma or semicolon (their chars are none of the phrase's), so
     * the match, when there is one, ends after that comma and the spaces after it; what the branches decide
     * is only whether there is one.
     */
    static int end(String f, int pos, int end) {
        int comma = CharScan.firstOf(f, pos, end, COMMA_OR_SEMICOLON);
        if (comma == end || f.charAt(comma) != ',' || comma + 1 >= end || !isSpace(f.charAt(comma + 1))) {
            return -1;
        }
        int matchEnd = comma + 1;
        while (matchEnd < end && isSpace(f.charAt(matchEnd))) {
            matchEnd++;
        }
        if (!isAscii(f, pos, matchEnd)) {
            // letters, word chars and code points beyond ASCII: the expression knows them
            Matcher m = PATTERN.matcher(f).region(pos, end);
            return m.lookingAt() ? m.end() : -1;
        }
        return prepositionOpens(f, pos, comma, end) || gerundOpens(f, pos, comma, end) ? matchEnd : -1;
    }

    /** "in|on|...|in\s+accordance\s+with|according\s+to", a word boundary, then 1 to 80 units up to the comma. */
    private static boolean prepositionOpens(String f, int pos, int comma, int end) {
        for (String p : PREPOSITIONS) {
            if (f.startsWith(p, pos) && unitsFit(f, pos + p.length(), comma, end, PREPOSITION_UNITS)) {
                return true;
            }
        }
        int q = words(f, pos, comma, "in", "accordance", "with");
        if (q >= 0 && unitsFit(f, q, comma, end, PREPOSITION_UNITS)) {
            return true;
        }
        q = words(f, pos, comma, "according", "to");
        return q >= 0 && unitsFit(f, q, comma, end, PREPOSITION_UNITS);
    }

    /**
     * {@code \p{L}+ing\b} then 1 to 120 units: in ASCII, a boundary inside a run of letters is none, so the
     * gerund is the whole run of letters at {@code pos}, ending in "ing" after at least one letter.
     */
    private static boolean gerundOpens(String f, int pos, int comma, int end) {
        int e = pos;
        while (e < comma && isLetter(f.charAt(e))) {
            e++;
        }
        return e - pos >= 4 && f.startsWith("ing", e - 3) && unitsFit(f, e, comma, end, GERUND_UNITS);
    }

    /**
     * The end of {@code words} at {@code pos}, each after the one before across a run of spaces, or -1 (the
     * last word's boundary is left to {@link #unitsFit}).
     */
    private static int words(String f, int pos, int limit, String... words) {
        int q = pos;
        for (int k = 0; k < words.length; k++) {
            if (k > 0) {
                int spaces = q;
                while (q < limit && isSpace(f.charAt(q))) {
                    q++;
                }
                if (q == spaces) {
                    return -1;
                }
            }
            if (!f.startsWith(words[k], q)) {
                return -1;
            }
            q += words[k].length();
        }
        return q;
    }

    /**
     * Whether a word boundary stands at {@code q} (after a word's last letter) and {@code [q, comma)} holds 1
     * to {@code max} units, a unit being a char or a run of spaces.
     */
    private static boolean unitsFit(String f, int q, int comma, int end, int max) {
        if (q > comma || q < end && isWordChar(f.charAt(q))) {
            return false;
        }
        int units = 0;
        for (int i = q; i < comma; i++) {
            if (!isSpace(f.charAt(i)) || i == q || !isSpace(f.charAt(i - 1))) {
                units++;
            }
        }
        return units >= 1 && units <= max;
    }

    /**
     * Whether the phrase {@code [from, to)} holds a finite verb, {@code \s(?:is|are|was|were|means|mean)\s}:
     * "Taking X as the purpose is to put ..." is a subject, not a phrase leading into an imperative.
     */
    static boolean holdsFiniteVerb(String f, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (isSpace(f.charAt(i))) {
                for (String verb : new String[] {"is", "are", "was", "were", "means", "mean"}) {
                    int after = i + 1 + verb.length();
                    if (after < to && f.startsWith(verb, i + 1) && isSpace(f.charAt(after))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isAscii(String f, int from, int to) {
        for (int i = from; i < to; i++) {
            if (f.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A word char of {@code \b} in ASCII. */
    private static boolean isWordChar(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '_';
    }
}
