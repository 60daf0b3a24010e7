package org.policykg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression {@code (?<![notBefore])} + body whose every match starts with a char of a small set
 * (a digit), found by trying the body only where such a char stands: {@code Matcher.find()} tries every
 * offset of the region and runs the look-behind at each, and most offsets of a sentence start no figure.
 * The matches are the whole expression's own, in the same order; the body's own look-behinds see the
 * region as the expression's did (nothing before its start), and so do its look-aheads at its end.
 */
final class FirstCharPattern {
    private final Pattern body;
    private final CharSet first;
    private final CharSet notBefore;

    /**
     * @param body the expression after the look-behind; every match of it starts with a char of {@code first}
     * @param notBefore the chars the look-behind excludes before a match's start
     */
    FirstCharPattern(String body, CharSet first, CharSet notBefore) {
        this.body = Pattern.compile(body);
        this.first = first;
        this.notBefore = notBefore;
    }

    /**
     * The first match starting at or after {@code from} inside the region {@code [regionStart,
     * regionEnd)}, as the expression's {@code Matcher.find()} on that region gives them one after another
     * when {@code from} is the previous match's end; null when there is none.
     */
    Matcher find(String s, int from, int regionStart, int regionEnd) {
        Matcher m = null;
        for (int p = Math.max(from, regionStart); p < regionEnd; p++) {
            if (!first.contains(s.charAt(p)) || p > regionStart && notBefore.contains(s.charAt(p - 1))) {
                continue;
            }
            if (m == null) {
                // transparent bounds over a view that shows nothing outside the region: the body's
                // look-behinds see the text before p, as they did when the region began at regionStart
                m = body.matcher(new Clipped(s, regionStart, regionEnd)).useTransparentBounds(true);
            }
            m.region(p, regionEnd);
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The text up to {@code end}, with every char before {@code start} shown as U+FFFF, which no class
     * of the bodies here (digits, word chars, spaces, punctuation) matches: as if there were none.
     */
    private record Clipped(String s, int start, int end) implements CharSequence {
        @Override
        public int length() {
            return end;
        }

        @Override
        public char charAt(int i) {
            return i < start ? '\uFFFF' : s.charAt(i);
        }

        @Override
        public CharSequence subSequence(int a, int b) {
            if (a >= start) {
                return s.substring(a, b);
            }
            StringBuilder sb = new StringBuilder(b - a);
            for (int i = a; i < b; i++) {
                sb.append(charAt(i));
            }
            return sb.toString();
        }

        @Override
        public String toString() {
            return subSequence(0, end).toString();
        }
    }
}
