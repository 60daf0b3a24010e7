package org.policykg.extract;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.extract.Structure.Paragraph;
import org.policykg.extract.Structure.Section;
import org.policykg.extract.Structure.Section.Kind;
import org.policykg.extract.Structure.Sentence;

/**
 * Cuts a page body into parts (Roman numerals, "II. ..."; in Chinese 一、 and 第X章), numbered items
 * ("(3) ..."; in Chinese （一）, 1. and a law's articles 第X条, whose own lists （一） stay paragraphs), paragraphs
 * (one per line of the page's reading copy, where a hard-wrapped paragraph is one line) and
 * sentences, which may therefore span the raw text's line breaks. The markers are the ones
 * Party documents and their translations use; nothing depends on a particular document's numbering.
 */
public final class Segmenter {
    /** "II. Heading", also "II.Heading" as copies of PDFs glue the numeral to a capitalised heading. */
    private static final Pattern PART = Pattern.compile("^([IVXLC]{1,6})\\.(?:\\s+|(?=\\p{Lu}\\p{Ll}))(\\S.{0,300})$");

    /**
     * Longer than any sentence of the register: a text without sentence punctuation is cut into pieces
     * this long (at a space), so that no rule, and no finding's copy of its sentence, reads a whole book.
     */
    static final int MAX_SENTENCE = 3000;

    private static final Pattern ITEM = Pattern.compile("^[(（](\\d{1,2})[)）]\\s*");
    /** A markdown heading's marks before a Chinese heading (## 第一章 总则). */
    private static final String HASHES = "^(?:#{1,6}\\s*)?";
    /** Chinese numerals that count a heading (十二, 二十三). */
    private static final String NUMERAL = "[一二三四五六七八九十百零〇两]{1,5}";
    /** Chinese parts: 一、… and 第X章 (第X编 a law's book) heading the line. */
    private static final Pattern CHINESE_PART =
            Pattern.compile(HASHES + "(?:(" + NUMERAL + ")、|第(" + NUMERAL + ")[章编])\\s*(\\S.{0,300})$");
    /** A law's article, 第X条, opening its line. */
    private static final Pattern ARTICLE = Pattern.compile(HASHES + "第(" + NUMERAL + ")条\\s*");
    /** Chinese items: （一） and 1. / 1、 before Han text. */
    private static final Pattern CHINESE_ITEM =
            Pattern.compile("^(?:[(（](" + NUMERAL + ")[)）]|(\\d{1,2})[.．、](?=\\s*\\p{IsHan}))\\s*");

    public Structure segment(Page page) {
        String text = page.reading();
        List<Span> lines = lines(text, page.body());
        List<Section> sections = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();

        // one iterator for the page: making one per line cost more than the segmenting itself
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        // which lines open a part or an item, found once: every section's end is sought through the lines after it
        boolean[] isPart = new boolean[lines.size()];
        boolean[] isItem = new boolean[lines.size()];
        boolean hasParts = false;
        boolean hasArticles = false;
        for (Span line : lines) {
            hasArticles |= opensWith(text, line, ARTICLE_FIRST)
                    && ARTICLE.matcher(line.of(text)).lookingAt();
        }
        Matcher[] items = new Matcher[lines.size()];
        for (int j = 0; j < lines.size(); j++) {
            isPart[j] = partMatcher(text, lines.get(j)) != null;
            items[j] = itemMatcher(text, lines.get(j), hasArticles);
            isItem[j] = items[j] != null;
            hasParts |= isPart[j];
        }
        Section part = null;
        Section item = null;
        Section top = null;
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            Matcher pm = isPart[i] ? partMatcher(text, line) : null;
            Matcher im = items[i];
            int contentStart = line.start();
            List<Span> itemSentences = null;
            if (pm != null) {
                Span span = new Span(line.start(), endOfSection(lines, isPart, isItem, i, true));
                int heading = pm.groupCount();
                part = new Section(
                        Kind.PART,
                        number(pm),
                        pm.pattern() == PART
                                ? pm.group(1)
                                : text.substring(line.start(), line.start() + pm.start(heading))
                                        .replace("#", "")
                                        .strip(),
                        ReadingText.words(pm.group(heading).strip()),
                        span,
                        null);
                item = null;
                sections.add(part);
                contentStart = line.start() + pm.start(heading);
            } else if (im != null) {
                int number = number(im);
                Span rest = new Span(line.start() + im.end(), line.end());
                Span span = new Span(line.start(), endOfSection(lines, isPart, isItem, i, false));
                // the item's sentences, cut once: its heading is the first, and they are the line's sentences
                itemSentences = sentences(breaks, text, rest);
                String marker =
                        im.pattern() == ITEM ? "(" + number + ")" : im.group().strip();
                item = new Section(Kind.ITEM, number, marker, firstSentence(itemSentences, text), span, part);
                sections.add(item);
                contentStart = rest.start();
            } else if (part == null && item == null && top == null) {
                Span span = new Span(line.start(), endOfSection(lines, isPart, isItem, i, true));
                top = new Section(hasParts ? Kind.PREAMBLE : Kind.BODY, 0, null, null, span, null);
                sections.add(top);
            }
            Section owner = item != null ? item : part != null ? part : top;
            Paragraph paragraph = new Paragraph(paragraphs.size() + 1, line, owner);
            paragraphs.add(paragraph);
            List<Span> lineSentences =
                    itemSentences != null ? itemSentences : sentences(breaks, text, new Span(contentStart, line.end()));
            for (Span sentence : lineSentences) {
                sentences.add(new Sentence(sentences.size() + 1, sentence, paragraph));
            }
        }
        return new Structure(sections, paragraphs, sentences);
    }

    /** End of the section opened at line {@code i}: before the next part (and, for items, the next item). */
    private static int endOfSection(List<Span> lines, boolean[] isPart, boolean[] isItem, int i, boolean partLevel) {
        int end = lines.get(i).end();
        for (int j = i + 1; j < lines.size(); j++) {
            if (isPart[j] || (!partLevel && isItem[j])) {
                break;
            }
            end = lines.get(j).end();
        }
        return end;
    }

    private static Matcher partMatcher(String text, Span line) {
        if (opensWith(text, line, PART_FIRST)) {
            Matcher m = PART.matcher(line.of(text));
            if (m.matches() && Numerals.roman(m.group(1)) > 0) {
                return m;
            }
        }
        if (!opensWith(text, line, CHINESE_PART_FIRST)) {
            return null;
        }
        Matcher chinese = CHINESE_PART.matcher(line.of(text));
        return chinese.matches() && number(chinese) > 0 ? chinese : null;
    }

    /*
     * The chars each marker's expression can start with: most lines open with none of them, and are then
     * told apart without a copy of the line and a matcher per expression.
     */
    private static final String PART_FIRST = "IVXLC";
    private static final String CHINESE_NUMERAL_CHARS = "一二三四五六七八九十百零〇两";
    private static final String CHINESE_PART_FIRST = "#第" + CHINESE_NUMERAL_CHARS;
    private static final String ARTICLE_FIRST = "#第";
    private static final String ITEM_FIRST = "(（";
    private static final String CHINESE_ITEM_FIRST = "(（0123456789";

    /** Whether a (non-empty) line's first char is one of {@code firsts}. */
    private static boolean opensWith(String text, Span line, String firsts) {
        return firsts.indexOf(text.charAt(line.start())) >= 0;
    }

    /**
     * The item a line opens: "(3)" in any text; in Chinese （一）, 1. before Han text, and a law's
     * article 第X条, whose own lists （一） are then paragraphs of the article rather than items beside it.
     */
    private static Matcher itemMatcher(String text, Span line, boolean hasArticles) {
        String firsts = hasArticles ? ITEM_FIRST + ARTICLE_FIRST : CHINESE_ITEM_FIRST;
        if (!opensWith(text, line, firsts)) {
            return null;
        }
        String s = line.of(text);
        for (Pattern p : hasArticles ? List.of(ITEM, ARTICLE) : List.of(ITEM, CHINESE_ITEM)) {
            Matcher m = p.matcher(s);
            if (m.lookingAt() && number(m) > 0) {
                return m;
            }
        }
        return null;
    }

    /** The number a part's or an item's marker gives: the first group that matched, Roman, Arabic or Chinese. */
    private static int number(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            String n = m.group(g);
            if (n != null) {
                if (m.pattern() == PART) {
                    return Numerals.roman(n);
                }
                if (Character.isDigit(n.charAt(0)) && n.charAt(0) < 128) {
                    return Integer.parseInt(n);
                }
                // 十二 counts; a lone 一 is a digit
                java.math.BigDecimal v = ChineseFigureRule.value(n);
                return v != null ? v.intValue() : n.equals("两") ? 2 : "〇一二三四五六七八九".indexOf(n.charAt(0));
            }
        }
        return 0;
    }

    private static List<Span> lines(String text, Span body) {
        List<Span> lines = new ArrayList<>();
        int pos = body.start();
        while (pos < body.end()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 || nl > body.end() ? body.end() : nl;
            Span line = PageReader.trim(text, pos, end);
            if (line.length() > 0) {
                lines.add(line);
            }
            pos = end + 1;
        }
        return lines;
    }

    private static List<Span> sentences(BreakIterator it, String text, Span span) {
        List<Span> out = new ArrayList<>();
        it.setText(span.of(text));
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int from = span.start() + start;
            int to = span.start() + end;
            while (to - from > MAX_SENTENCE) {
                int cut = cutBefore(text, from, from + MAX_SENTENCE);
                add(out, PageReader.trim(text, from, cut));
                from = cut;
            }
            // Chinese closes a sentence at ；too, which BreakIterator reads as a comma
            for (int semi = semicolonIn(text, from, to); semi >= 0; semi = semicolonIn(text, from, to)) {
                add(out, PageReader.trim(text, from, semi + 1));
                from = semi + 1;
            }
            add(out, PageReader.trim(text, from, to));
        }
        return out;
    }

    /**
     * The first semicolon in {@code [from, to - 1)} that ends a Chinese sentence: a full-width one, or an
     * ASCII one after a Han character (an English semicolon joins clauses of one sentence).
     */
    private static int semicolonIn(String text, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            char c = text.charAt(i);
            if (c == '\uFF1B' || c == ';' && i > from && Lexicon.isHan(text.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static void add(List<Span> sentences, Span s) {
        if (s.length() > 0) {
            sentences.add(s);
        }
    }

    /** The last space before {@code limit} in its second half, or {@code limit} itself, never inside a pair. */
    private static int cutBefore(String text, int from, int limit) {
        for (int i = limit; i > from + MAX_SENTENCE / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static String firstSentence(List<Span> s, String text) {
        if (s.isEmpty()) {
            return "";
        }
        return ReadingText.words(withoutFinalStop(s.get(0).of(text)).strip());
    }

    /**
     * {@code s.replaceFirst("[.。]$", "")}, read from the end: {@code $} holds only at the end or
     * before a line terminator that ends the text, so only the last three chars can hold the stop, and a
     * matcher tried every offset of the sentence to find it.
     */
    static String withoutFinalStop(String s) {
        int n = s.length();
        int stop = -1;
        if (n >= 3 && s.charAt(n - 2) == '\r' && s.charAt(n - 1) == '\n' && isStop(s.charAt(n - 3))) {
            stop = n - 3;
        } else if (n >= 2 && isLineTerminator(s.charAt(n - 1)) && isStop(s.charAt(n - 2))) {
            stop = n - 2;
        } else if (n >= 1 && isStop(s.charAt(n - 1))) {
            stop = n - 1;
        }
        return stop < 0 ? s : s.substring(0, stop) + s.substring(stop + 1);
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '。';
    }

    /** The terminators before which {@code $} holds (without MULTILINE or UNIX_LINES). */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
