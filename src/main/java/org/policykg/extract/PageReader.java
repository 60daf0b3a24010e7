package org.policykg.extract;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's own text inside a raw copy of a web page and reads the metadata the page states
 * (its title line, its standfirst and a "Cite This Page" block). Chrome is recognised by the shape of
 * web-page furniture (share bars, "Return to ...", "To top"), never by a particular document's words,
 * so a plain text without any chrome comes through whole.
 */
public final class PageReader {
    private static final Pattern CHROME_LINE = Pattern.compile("(?i)(?:"
            + "return to (?:the )?[\\w :]{1,40}"
            + "|(?:(?:facebook|twitter|x|linkedin|email|e-mail|print|copy link|whatsapp|reddit|wechat|weibo|telegram|share(?: this)?)\\s*)+"
            + "|(?:back )?to top|top of page"
            + "|original text|english text|chinese text|translation"
            + "|see an error\\?.*|view the translated and original text.*"
            + "|cite this page|cite this|how to cite|citation"
            + "|download(?: pdf)?|related(?: articles| content)?|tags?:.*|skip to (?:main )?content)");
    /**
     * The letters a line of {@link #CHROME_LINE} starts with, in either case (its case folding is ASCII's):
     * a line's first char tells most lines of text from chrome without a copy of the line and a matcher.
     */
    private static final String CHROME_FIRST = "bcdefhloprstvwxBCDEFHLOPRSTVWX";

    private static final Pattern CITE_HEADING = Pattern.compile("(?i)cite this page|cite this|how to cite|citation");
    /** A part's or an item's heading, which is structure rather than a title: II., (3), 1., 一、, 第X章. */
    private static final Pattern STRUCTURE_HEADING = Pattern.compile(
            "^\\s*(?:(?:[IVXLC]+\\.|\\(\\d+\\)|\\d+\\.)\\s|[一二三四五六七八九十百]{1,4}、|第[一二三四五六七八九十百零〇]{1,5}[章编])");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:。！？；：”\"]$");

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern CITE_YEAR = Pattern.compile("\\((\\d{4})\\)\\.");
    private static final Pattern CITE_AUTHOR = Pattern.compile("^(.+?)\\s*\\((\\d{4})\\)\\.");
    private static final Pattern NAME_WITH_GLOSS = Pattern.compile("^(\\p{IsHan}[\\p{IsHan}·]*)\\s*\\(([^)]+)\\)$");
    private static final Pattern CITE_TITLE = Pattern.compile("[\"“](.+?)[\"”]");
    private static final Pattern TITLE_WITH_ORIGINAL = Pattern.compile("^(.*?)\\s*\\[([^\\]]+)\\]\\s*$");
    private static final Pattern CITE_PUBLISHER = Pattern.compile("\\.?\\s*([^,\"“”]+?),");
    private static final Pattern CITE_ORIGINAL_DATE =
            Pattern.compile("(?i)original work published\\s+([A-Z][a-z]+ \\d{1,2}, \\d{4})");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+[^\\s\"<>.,;)]");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    /** A run of non-blank lines. */
    private record Block(Span span, List<Span> lines, boolean chrome) {
        boolean singleLine() {
            return lines.size() == 1;
        }
    }

    public Page read(SourceText source) {
        String text = source.text();
        List<Block> blocks = blocks(text);
        int first = 0;
        int last = blocks.size() - 1;

        // Footer: trailing chrome, and the citation block that a "Cite This Page" line introduces.
        String citation = null;
        while (last >= first && (blocks.get(last).chrome() || introducedByCiteHeading(blocks, last, text))) {
            if (!blocks.get(last).chrome()) {
                citation = blocks.get(last).span().of(text);
            }
            last--;
        }
        while (first <= last && blocks.get(first).chrome()) {
            first++;
        }

        String title = null;
        if (first <= last && isTitleLike(blocks.get(first), text) && first < last) {
            title = blocks.get(first).span().of(text).strip();
            first++;
        }

        // A standfirst sits between the title and a chrome bar that opens the article proper.
        String standfirst = null;
        int headerChrome = lastHeaderChrome(blocks, first, last, text);
        if (headerChrome > first) {
            StringBuilder sb = new StringBuilder();
            for (int i = first; i < headerChrome; i++) {
                if (!blocks.get(i).chrome()) {
                    sb.append(sb.length() > 0 ? "\n\n" : "")
                            .append(blocks.get(i).span().of(text).strip());
                }
            }
            standfirst = sb.length() > 0 ? sb.toString() : null;
            first = headerChrome + 1;
        } else if (headerChrome == first) {
            first++;
        }

        Span body = first <= last
                ? new Span(
                        blocks.get(first).span().start(),
                        blocks.get(last).span().end())
                : new Span(0, 0);
        Metadata fromCitation = citation == null ? Metadata.EMPTY : parseCitation(citation);
        Metadata fromPage = new Metadata(title, null, null, null, null, null, null, null, null, null, standfirst);
        String reading = HeadFurniture.blank(ReadingText.of(text, body), text, body, title);
        return new Page(source, body, reading, fromCitation.overriddenBy(fromPage));
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<Span> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            Span line = trim(text, pos, lineEnd);
            if (line.length() == 0) {
                flush(blocks, lines, text);
            } else {
                lines.add(line);
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        flush(blocks, lines, text);
        return blocks;
    }

    private static void flush(List<Block> blocks, List<Span> lines, String text) {
        if (lines.isEmpty()) {
            return;
        }
        boolean chrome = true;
        for (int i = 0; i < lines.size() && chrome; i++) {
            Span l = lines.get(i);
            chrome = CHROME_FIRST.indexOf(text.charAt(l.start())) >= 0
                    && CHROME_LINE.matcher(l.of(text)).matches();
        }
        Span span = new Span(lines.get(0).start(), lines.get(lines.size() - 1).end());
        blocks.add(new Block(span, List.copyOf(lines), chrome));
        lines.clear();
    }

    /** Trims white space, no-break spaces included (web pages are full of them). */
    static Span trim(String text, int start, int end) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean introducedByCiteHeading(List<Block> blocks, int i, String text) {
        if (i == 0) {
            return false;
        }
        List<Span> previous = blocks.get(i - 1).lines();
        return CITE_HEADING.matcher(previous.get(previous.size() - 1).of(text)).matches();
    }

    private static boolean isTitleLike(Block block, String text) {
        String s = block.span().of(text);
        return block.singleLine()
                && s.length() <= 200
                && !SENTENCE_END.matcher(s).find()
                && !STRUCTURE_HEADING.matcher(s).find();
    }

    /** The last chrome block before the first structural heading (or among the first blocks), or -1. */
    private static int lastHeaderChrome(List<Block> blocks, int first, int last, String text) {
        int found = -1;
        for (int i = first; i <= last && i < first + 6; i++) {
            Block b = blocks.get(i);
            if (STRUCTURE_HEADING.matcher(b.span().of(text)).find()) {
                break;
            }
            if (b.chrome()) {
                found = i;
            }
        }
        return found;
    }

    /** Reads an APA-style citation such as Interpret: China's "Cite This Page" block. */
    static Metadata parseCitation(String citation) {
        String c = WHITESPACE_RUN.matcher(citation.strip()).replaceAll(" ");
        String authorEn = null;
        String authorZh = null;
        Matcher author = CITE_AUTHOR.matcher(c);
        if (author.find()) {
            String name = author.group(1).strip();
            Matcher gloss = NAME_WITH_GLOSS.matcher(name);
            if (gloss.matches()) {
                authorZh = gloss.group(1);
                authorEn = gloss.group(2).strip();
            } else {
                authorEn = name;
            }
        }
        Year year = null;
        Matcher y = CITE_YEAR.matcher(c);
        if (y.find()) {
            year = Year.of(
                    Integer.parseInt(y.group(1))); // four ASCII digits: what Year.parse reads, without a formatter
        }
        String title = null;
        String originalTitle = null;
        Matcher t = CITE_TITLE.matcher(c);
        if (t.find()) {
            title = t.group(1).strip();
            Matcher orig = TITLE_WITH_ORIGINAL.matcher(title);
            if (orig.matches()) {
                title = orig.group(1).strip();
                originalTitle = orig.group(2).strip();
            }
        }
        String publisher = null;
        if (title != null) {
            // APA: the container or publisher follows the quoted title, up to the next comma
            Matcher p = CITE_PUBLISHER.matcher(c.substring(t.end()));
            if (p.lookingAt() && !p.group(1).isBlank()) {
                publisher = p.group(1).strip();
            }
        }
        LocalDate issued = null;
        Matcher d = CITE_ORIGINAL_DATE.matcher(c);
        if (d.find()) {
            try {
                issued = LocalDate.parse(d.group(1), LONG_DATE);
            } catch (DateTimeParseException e) {
                issued = null; // a malformed date is unknown, not a failure
            }
        }
        Matcher u = URL.matcher(c);
        String url = u.find() ? u.group() : null;
        return new Metadata(title, originalTitle, authorEn, authorZh, issued, publisher, year, null, url, null, null);
    }
}
