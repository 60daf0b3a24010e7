package org.policykg.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines at the head of a page's body that name the page rather than state anything: a breadcrumb ("Home -
 * White Papers -", "Home>>"), a news site's "Full text: ..." heading, and the title again under a source line,
 * with a footnote mark ("Title*"). They are blanked in the reading copy, as page furniture is, so that no rule
 * reads a title's verb as an instruction or its words as mentions; offsets still point into the raw text.
 */
final class HeadFurniture {
    /** How many lines of the body's start are the head. */
    private static final int HEAD_LINES = 8;

    private static final Pattern BREADCRUMB = Pattern.compile("(?i)home\\s*(?:[-–>»›|/]+\\s*[\\p{L}' ]*)+");
    private static final Pattern FULL_TEXT = Pattern.compile("(?i)full\\s+text\\s*(?::|of\\s).*");
    /** Footnote marks a title may carry: "*", "†", a note's number. */
    private static final Pattern FOOTNOTE_MARKS = Pattern.compile("[*†‡\\d]+$");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeadFurniture() {}

    /** {@code reading} with the head's furniture lines of {@code body} blanked. */
    static String blank(String reading, String raw, Span body, String title) {
        String wanted = title == null ? null : normalised(title);
        char[] out = null;
        int pos = body.start();
        for (int n = 0; n < HEAD_LINES && pos < body.end(); n++) {
            int end = raw.indexOf('\n', pos);
            end = end < 0 || end > body.end() ? body.end() : end;
            String line = raw.substring(pos, end).strip();
            if (!line.isEmpty()
                    && (BREADCRUMB.matcher(line).matches()
                            || FULL_TEXT.matcher(line).matches()
                            || line.length() > 12 && normalised(line).equals(wanted))) {
                out = out == null ? reading.toCharArray() : out;
                for (int i = pos; i < end; i++) {
                    if (!Character.isWhitespace(out[i])) {
                        out[i] = ' ';
                    }
                }
            }
            pos = end + 1;
        }
        return out == null ? reading : new String(out);
    }

    private static String normalised(String line) {
        String s = FOOTNOTE_MARKS.matcher(line.strip()).replaceAll("").strip();
        return SPACES.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
