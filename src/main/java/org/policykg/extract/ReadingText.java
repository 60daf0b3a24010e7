package org.policykg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes the copy of a text that the segmenter and the rules read: the raw text, char for char, with
 * the line breaks inside a hard-wrapped paragraph turned into spaces and page furniture (page numbers,
 * running heads) blanked out. It has the raw text's length, so every offset into it is an offset into
 * the raw text, and evidence is still quoted from the raw text. {@link PageReader} calls it once per
 * page, for the body.
 *
 * <p>Joins are decided by the shape of the lines, never by a document's words:
 *
 * <ul>
 *   <li>in any text, a line that does not end a sentence joins the next when that one starts in lower
 *       case, or with a digit or an opening bracket that continues it (not a marker such as "(3)");
 *   <li>in a text wrapped at a width (most lines near the width, many ending mid-sentence), every line
 *       joins the next, across page furniture too, unless the next begins a structure marker, the
 *       paragraph is a part's heading ("II. ...", "Chapter 3 ...") without final punctuation, the line
 *       ended early (the next line's first word would have fitted: a paragraph's last line or a
 *       heading), or a sentence ends and a heading follows; a blank line still ends a paragraph;
 *   <li>a hyphen at a line's end stays ("develop- ment"): the reading copy can only replace chars, and
 *       dropping the break would need a shorter copy. The same holds between two Han characters, whose
 *       break reads as a space: a space ends no sentence, and {@link Lexicon} matches a label across it.
 * </ul>
 */
final class ReadingText {
    private static final Pattern STRUCTURE = Pattern.compile("^(?:[IVXLC]{1,6}\\.\\s"
            + "|[(（]\\s*(?:\\d{1,3}|[a-zA-Z]|[ivx]{1,5}|[一二三四五六七八九十百]+)\\s*[)）]"
            + "|\\d{1,3}[.．、)）](?:\\s|$)"
            + "|(?:Article|Chapter|Part|Section)\\s+(?:[\\dIVXLC]+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\\b"
            + "|[一二三四五六七八九十百]+、"
            + "|第[一二三四五六七八九十百千\\d]+[章条节部编款])");
    /** Markers of a heading (a part or chapter), unlike an item's, whose text runs on as a paragraph does. */
    private static final Pattern HEADING_MARKER =
            Pattern.compile("^(?:[IVXLC]{1,6}\\.\\s|(?:Chapter|Part|Section)\\s|第[一二三四五六七八九十百千\\d]+[章节部编])");

    /*
     * The chars a match of STRUCTURE or HEADING_MARKER starts with: most lines open with none of them, and
     * are told apart without a copy of the line and a matcher.
     */
    private static final String STRUCTURE_FIRST = "IVXLC(（0123456789ACPS一二三四五六七八九十百第";
    private static final String HEADING_FIRST = "IVXLCPS第";

    /** Whether a (non-empty) line opens with a structure marker. */
    private static boolean opensStructure(String raw, Span line) {
        return STRUCTURE_FIRST.indexOf(raw.charAt(line.start())) >= 0
                && STRUCTURE.matcher(line.of(raw)).lookingAt();
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)[-–—]\\s*\\d{1,4}\\s*[-–—]"
            + "|page\\s+\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?"
            + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
            + "|第\\s*\\d{1,4}\\s*页(?:\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*页)?");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");
    /** A line that is nothing but a markup comment ({@code <!-- … -->}), which a markdown or HTML copy keeps and nobody reads. */
    private static final Pattern MARKUP_COMMENT = Pattern.compile("<!--.*?-->(?:\\s*<!--.*?-->)*");

    private static final int RUNNING_HEAD_MAX = 80;
    private static final int RUNNING_HEAD_MIN_COUNT = 3;
    private static final int MIN_WIDTH = 8;
    /** Nobody wraps wider: a text whose typical line is longer has one line per paragraph. */
    private static final int MAX_WIDTH = 200;

    /** A non-blank line: where its physical line starts, and its trimmed span. */
    private record Line(int lineStart, Span span) {
        int width() {
            return span.end() - lineStart;
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s{2,}|[\\n\\r\\t]");

    private ReadingText() {}

    /** Words cut from the reading copy, for a label: a joined break or blanked furniture inside is one space. */
    static String words(String cut) {
        return hasSpacing(cut) ? SPACES.matcher(cut).replaceAll(" ") : cut;
    }

    /** Whether {@link #SPACES} matches in {@code s}: most cuts hold no break and no run of spaces, and need no matcher. */
    private static boolean hasSpacing(String s) {
        boolean spaceBefore = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                return true;
            }
            // \\s of java.util.regex without UNICODE_CHARACTER_CLASS
            boolean space = c == ' ' || c == '\u000B' || c == '\f';
            if (space && spaceBefore) {
                return true;
            }
            spaceBefore = space;
        }
        return false;
    }

    /** The reading copy of {@code raw}; only {@code body} is changed. */
    static String of(String raw, Span body) {
        List<Line> lines = lines(raw, body);
        if (lines.size() < 2) {
            return raw;
        }
        boolean[] furniture = furniture(raw, lines);
        List<Line> content = new ArrayList<>();
        List<Boolean> furnitureBefore = new ArrayList<>();
        boolean sawFurniture = false;
        // a comment line is blanked but is no furniture: the blank lines around it still part paragraphs
        boolean[] comment = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i).span();
            comment[i] = raw.startsWith("<!--", line.start())
                    && MARKUP_COMMENT.matcher(line.of(raw)).matches();
        }
        for (int i = 0; i < lines.size(); i++) {
            if (comment[i]) {
                continue;
            }
            if (furniture[i]) {
                sawFurniture = true;
            } else {
                content.add(lines.get(i));
                furnitureBefore.add(sawFurniture);
                sawFurniture = false;
            }
        }
        int width = wrapWidth(raw, content);
        char[] out = null;
        for (int i = 0; i < lines.size(); i++) {
            if (furniture[i] || comment[i]) {
                out = out == null ? raw.toCharArray() : out;
                Span s = lines.get(i).span();
                Arrays.fill(out, s.start(), s.end(), ' ');
            }
        }
        Line opening = content.isEmpty() ? null : content.get(0);
        for (int i = 0; i + 1 < content.size(); i++) {
            Line a = content.get(i);
            Line b = content.get(i + 1);
            boolean blankBetween = hasBlankLine(raw, a.span().end(), b.span().start());
            boolean joined = joins(
                    raw,
                    opening,
                    a,
                    b,
                    i + 2 < content.size() ? content.get(i + 2) : null,
                    width,
                    blankBetween,
                    furnitureBefore.get(i + 1));
            if (!joined) {
                opening = b;
            } else {
                out = out == null ? raw.toCharArray() : out;
                for (int k = a.span().end(); k < b.span().start(); k++) {
                    if (out[k] == '\n' || out[k] == '\r') {
                        out[k] = ' ';
                    }
                }
            }
        }
        return out == null ? raw : new String(out);
    }

    /**
     * @param opening the first line of the paragraph that {@code a} ends so far
     * @param width the width the text is wrapped at, or 0 when it is not wrapped
     * @param after the line after {@code b}, or null
     */
    private static boolean joins(
            String raw,
            Line opening,
            Line a,
            Line b,
            Line after,
            int width,
            boolean blankBetween,
            boolean furnitureBetween) {
        if (opensStructure(raw, b.span())) {
            return false;
        }
        boolean ends = endsSentence(raw, a.span());
        if (!ends && continues(raw, a.span(), b.span())) {
            return true;
        }
        if (width == 0 || blankBetween && !furnitureBetween) {
            return false;
        }
        if (!ends
                && HEADING_FIRST.indexOf(raw.charAt(opening.span().start())) >= 0
                && HEADING_MARKER.matcher(opening.span().of(raw)).lookingAt()) {
            return false; // a part's heading, whatever its width: only a lower-case line continues it
        }
        // a break where the next word would have fitted is made on purpose, unless the line stops
        // mid-sentence near the width: copies re-wrapped by hand or by an editor wrap raggedly
        if (endedEarly(raw, a, b, width) && (ends || a.width() * 4 < width * 3)) {
            return false;
        }
        // a sentence ends at the width and a heading follows: "... resources.\nA Heading\nThe text"
        return !(ends
                && after != null
                && !endsSentence(raw, b.span())
                && endedEarly(raw, b, after, width)
                && !startsLowerCase(raw, after.span()));
    }

    /** Whether the next line's first word would have fitted on this line: the break was made on purpose. */
    private static boolean endedEarly(String raw, Line a, Line b, int width) {
        int first = raw.codePointAt(b.span().start());
        int word;
        if (isHan(first)) {
            word = Character.charCount(first); // Han text wraps at any character, with no space
        } else {
            int k = b.span().start();
            while (k < b.span().end() && !Character.isWhitespace(raw.charAt(k))) {
                k++;
            }
            word = k - b.span().start() + 1;
        }
        return a.width() + word <= width;
    }

    private static boolean continues(String raw, Span a, Span b) {
        if (startsLowerCase(raw, b)) {
            return true;
        }
        char first = raw.charAt(b.start());
        char last = raw.charAt(a.end() - 1);
        boolean open = Character.isLetterOrDigit(last) || last == ',' || last == '，';
        return open && (first >= '0' && first <= '9' || first == '(' || first == '（');
    }

    private static boolean startsLowerCase(String raw, Span s) {
        return Character.isLowerCase(raw.codePointAt(s.start()));
    }

    /** Whether the line ends with a sentence's final punctuation, closing quotes and brackets after it allowed. */
    static boolean endsSentence(String raw, Span s) {
        int k = s.end() - 1;
        while (k > s.start() && "”\"’'」』)）]".indexOf(raw.charAt(k)) >= 0) {
            k--;
        }
        return ".!?;:…。！？；：．".indexOf(raw.charAt(k)) >= 0;
    }

    /**
     * The width a text is wrapped at (its 90th-percentile line), or 0 when it is not wrapped: half its
     * lines must come near that width and a third end mid-sentence. One line per paragraph fails both.
     */
    private static int wrapWidth(String raw, List<Line> content) {
        if (content.size() < 3) {
            return 0;
        }
        int[] widths = content.stream().mapToInt(Line::width).sorted().toArray();
        int width = widths[(int) Math.floor(0.9 * (widths.length - 1))];
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return 0;
        }
        int near = 0;
        int open = 0;
        for (Line l : content) {
            near += l.width() >= 0.7 * width ? 1 : 0;
            open += endsSentence(raw, l.span()) ? 0 : 1;
        }
        return near * 2 >= content.size() && open * 3 >= content.size() ? width : 0;
    }

    /**
     * Page numbers by shape ("- 12 -", "Page 4 of 20", "第 3 页"; bare numbers when they count up or cut
     * a sentence) and running heads by repetition: a short line that is no structure marker, no
     * sentence and no continuation (lower case: a wrapped heading's last words), standing apart from the flow three times or more. The body's first line stays (a title
     * there is the document's, not a running head).
     */
    private static boolean[] furniture(String raw, List<Line> lines) {
        boolean[] out = new boolean[lines.size()];
        List<Integer> bare = new ArrayList<>();
        Map<String, List<Integer>> repeated = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Span s = lines.get(i).span();
            if (s.length() > RUNNING_HEAD_MAX) {
                continue;
            }
            String line = s.of(raw);
            if (BARE_NUMBER.matcher(line).matches()) {
                bare.add(i);
            } else if (PAGE_NUMBER.matcher(line).matches()) {
                out[i] = true;
            } else if (!endsSentence(raw, s) && !startsLowerCase(raw, s) && !opensStructure(raw, s)) {
                repeated.computeIfAbsent(line, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> at : repeated.values()) {
            List<Integer> standing =
                    at.stream().filter(i -> i > 0 && standsAlone(raw, lines, i)).toList();
            if (standing.size() >= RUNNING_HEAD_MIN_COUNT) {
                standing.forEach(i -> out[i] = true);
            }
        }
        for (int k = 0; k < bare.size(); k++) {
            int i = bare.get(k);
            int v = Integer.parseInt(lines.get(i).span().of(raw));
            boolean counted = k > 0 && steps(value(raw, lines, bare.get(k - 1)), v)
                    || k + 1 < bare.size() && steps(v, value(raw, lines, bare.get(k + 1)));
            out[i] = counted || i > 0 && i + 1 < lines.size() && cutsSentence(raw, lines, out, i);
        }
        return out;
    }

    /**
     * Whether a line stands apart from the text's flow, as a running head does: a blank line or a page
     * number after it, or a page number before it. A wrapped paragraph's first line, which repeats when
     * paragraphs open alike, runs on into the next line.
     */
    private static boolean standsAlone(String raw, List<Line> lines, int i) {
        if (i + 1 == lines.size()
                || hasBlankLine(
                        raw, lines.get(i).span().end(), lines.get(i + 1).span().start())) {
            return true;
        }
        return pageNumberShaped(raw, lines.get(i + 1)) || pageNumberShaped(raw, lines.get(i - 1));
    }

    private static boolean pageNumberShaped(String raw, Line line) {
        String s = line.span().length() > RUNNING_HEAD_MAX ? "" : line.span().of(raw);
        return BARE_NUMBER.matcher(s).matches() || PAGE_NUMBER.matcher(s).matches();
    }

    private static int value(String raw, List<Line> lines, int i) {
        return Integer.parseInt(lines.get(i).span().of(raw));
    }

    /** Consecutive page numbers: the next one up, a page or two on. */
    private static boolean steps(int from, int to) {
        return to > from && to - from <= 2;
    }

    /** Whether a number on its own line stands between a sentence's start and its lower-case rest. */
    private static boolean cutsSentence(String raw, List<Line> lines, boolean[] furniture, int i) {
        int before = i - 1;
        while (before > 0 && furniture[before]) {
            before--;
        }
        int after = i + 1;
        while (after + 1 < lines.size() && furniture[after]) {
            after++;
        }
        return !endsSentence(raw, lines.get(before).span())
                && startsLowerCase(raw, lines.get(after).span());
    }

    private static boolean hasBlankLine(String raw, int from, int to) {
        int first = raw.indexOf('\n', from);
        if (first < 0 || first >= to) {
            return false;
        }
        int second = raw.indexOf('\n', first + 1);
        return second >= 0 && second < to;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static List<Line> lines(String raw, Span body) {
        List<Line> lines = new ArrayList<>();
        int pos = body.start();
        while (pos < body.end()) {
            int nl = raw.indexOf('\n', pos);
            int end = nl < 0 || nl > body.end() ? body.end() : nl;
            Span line = PageReader.trim(raw, pos, end);
            if (line.length() > 0) {
                lines.add(new Line(pos, line));
            }
            pos = end + 1;
        }
        return lines;
    }
}
