package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Titles of Chinese text in book-title marks: 《X》, and a title nested inside one in single marks
 * (《关于修改<X法>等法律的决定》 cites the decision and the law it amends). Spans are of the words
 * inside the marks, as the scheme's labels hold them.
 */
final class ChineseTitles {
    private static final char OPEN = '《';
    private static final char CLOSE = '》';
    /** Single title marks, full-width and ASCII, of a title inside a title. */
    private static final String INNER_OPEN = "〈<";

    private static final String INNER_CLOSE = "〉>";
    /** A title runs no longer than this; an unclosed mark gives none. */
    private static final int LONGEST = 80;

    private ChineseTitles() {}

    static List<Span> find(SentenceContext ctx) {
        List<Span> out = new ArrayList<>();
        if (!ctx.hasHan() || !ctx.mentions("《")) {
            return out;
        }
        String t = ctx.text();
        Span s = ctx.span();
        for (int open = t.indexOf(OPEN, s.start()); open >= 0 && open < s.end(); open = t.indexOf(OPEN, open + 1)) {
            int close = t.indexOf(CLOSE, open + 1);
            if (close < 0 || close > s.end() || close - open > LONGEST || close == open + 1) {
                continue;
            }
            out.add(new Span(open + 1, close));
            for (int i = open + 1; i < close; i++) {
                int kind = INNER_OPEN.indexOf(t.charAt(i));
                if (kind < 0) {
                    continue;
                }
                int end = t.indexOf(INNER_CLOSE.charAt(kind), i + 1);
                if (end > i + 1 && end < close) {
                    out.add(new Span(i + 1, end));
                    i = end;
                }
            }
        }
        return out;
    }
}
