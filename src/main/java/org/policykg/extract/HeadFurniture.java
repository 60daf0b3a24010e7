package org.policykg.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines at the head of a page's body that name the page rather than state anything: a breadcrumb ("Home -
 * White Papers -", "Home>>"), a news site's "Full text: ..." heading, and the title again under a source line,
 * with a footnote mark ("Title*"), or as the part of the page's title that names the document. They are blanked in the reading copy, as page furniture is, so that no rule
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
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");

    private HeadFurniture() {}

    /** {@code reading} with the head's furniture lines of {@code body} blanked. */
    static String blank(String reading, String raw, Span body, String title) {
        String wanted = title == null ? null : normalised(title);
        char[] out = null;
        int pos = body.start();
        boolean afterBreak = true;
        for (int n = 0; n < HEAD_LINES && pos < body.end(); n++) {
            int end = raw.indexOf('\n', pos);
            end = end < 0 || end > body.end() ? body.end() : end;
            String line = raw.substring(pos, end).strip();
            // a title block's line stands alone and opens in capitals; a wrapped line's tail does neither
            boolean standsAlone = afterBreak && !line.isEmpty() && !Character.isLowerCase(line.charAt(0));
            afterBreak = line.isEmpty();
            if (!line.isEmpty()
                    && (BREADCRUMB.matcher(line).matches()
                            || FULL_TEXT.matcher(line).matches()
                            || line.length() > 12 && standsAlone && repeatsTitle(normalised(line), wanted))) {
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

    /**
     * Whether the line is the page's title again, or the part of it that names the document: a page title
     * often wraps the document's title in the publisher's name and a date ("Publisher, Title, May 2019",
     * "Title - Site"), and the title block under it gives the title alone.
     */
    private static boolean repeatsTitle(String line, String title) {
        if (title == null) {
            return false;
        }
        if (line.equals(title)) {
            return true;
        }
        // words only: the page title may punctuate the subtitle otherwise ("Title – Subtitle", "Title: Subtitle")
        String words = " " + PUNCTUATION.matcher(line).replaceAll(" ").strip() + " ";
        // three words at least: a date line ("September 2019") may repeat the page title's date and still be text
        return words.chars().filter(c -> c == ' ').count() >= 4
                && (" " + PUNCTUATION.matcher(title).replaceAll(" ").strip() + " ").contains(words);
    }

    private static String normalised(String line) {
        String s = FOOTNOTE_MARKS.matcher(line.strip()).replaceAll("").strip();
        return SPACES.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
