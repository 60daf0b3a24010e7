package org.policykg.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A highlighted fragment of a matched text, in two safe forms: {@code snippet}, plain text with
 * {@code highlights} as [start, end) ranges in Unicode code points; and {@code snippetHtml}, the same
 * text HTML-escaped with each match inside {@code <b>...</b>}, ready to insert as markup.
 */
record Snippet(String text, List<int[]> ranges) {
    static final char START = '\uE000';
    static final char END = '\uE001';
    /**
     * jena-text's highlight options: private-use characters as markers (no text of ours holds them),
     * fragments of about 160 characters, at most two, joined by an ellipsis.
     */
    static final String HIGHLIGHT = "s:" + START + " | e:" + END + " | z:160 | m:2 | f: \u2026 ";

    /** Reads a highlighted string of jena-text into plain text and code point ranges. */
    static Snippet of(String marked) {
        StringBuilder plain = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        int codePoints = 0;
        int open = -1;
        for (int i = 0; i < marked.length(); ) {
            int cp = marked.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == START) {
                open = codePoints;
            } else if (cp == END) {
                if (open >= 0 && open < codePoints) {
                    ranges.add(new int[] {open, codePoints});
                }
                open = -1;
            } else {
                plain.appendCodePoint(cp);
                codePoints++;
            }
        }
        return new Snippet(plain.toString(), ranges);
    }

    void write(ObjectNode o) {
        o.put("snippet", text);
        ArrayNode hl = o.putArray("highlights");
        ranges.forEach(r -> hl.addArray().add(r[0]).add(r[1]));
        o.put("snippetHtml", html());
    }

    String html() {
        StringBuilder out = new StringBuilder();
        int[] cps = text.codePoints().toArray();
        int next = 0;
        for (int[] r : ranges) {
            escape(out, cps, next, r[0]);
            out.append("<b>");
            escape(out, cps, r[0], r[1]);
            out.append("</b>");
            next = r[1];
        }
        escape(out, cps, next, cps.length);
        return out.toString();
    }

    private static void escape(StringBuilder out, int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (cps[i]) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(cps[i]);
            }
        }
    }
}
