package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document titles read by their shape, for {@link EntityRule}: a capitalised title ending in a title word
 * ("the Grain Reserves Law", "the Comprehensive ... Agreement"), continued by a capitalised complement
 * ("the Law on Food Security", "the Regulations on the Protection of ..."), and lower-case plans named by
 * their term ("the three-year action plan for rural revitalization"), as government work reports write
 * them.
 */
final class DocumentTitles {
    /** The words that end a capitalised title, as written. */
    private static final String[] TITLE_WORDS = {
        "Law",
        "Outline",
        "Plan",
        "Decision",
        "Resolution",
        "Opinions",
        "Regulations",
        "Constitution",
        "Strategy",
        "White Paper",
        "Recommendations",
        "Agreement",
        "Convention",
        "Treaty",
        "Guidelines",
        "Guideline",
        "Programme",
        "Program",
        "Charter",
        "Code",
        "Agenda",
        "Declaration",
        "Manifesto",
        "Communiqué",
        "Communique",
        "Protocol",
        "Memorandum",
        "Framework",
        "Covenant"
    };

    private static final String TITLE_WORD = "(?:" + String.join("|", TITLE_WORDS) + ")";
    /**
     * Title words that also end the names of chapters and events ("General Provisions", "Confidence Building
     * Measures"): a title only with its complement ("the Measures for ...", "Interim Provisions on ...").
     */
    private static final String RULE_WORD = "(?:Measures|Provisions|Rules|Statement|Report)";
    /**
     * Capitalised words that open a sentence or a phrase before a title without being part of it ("In the
     * ... Law", "Under the ... Law", "China's ... Law"): a title starts after them.
     */
    private static final String NOT_FIRST = "(?:In|Under|By|According|With|As|Since|Through|Pursuant|Following|After"
            + "|Before|Upon|At|From|To|For|On|Of|And|The|This|These|Its|Our|China's|China’s|Article|Chapter|Section)\\b";
    /** A capitalised complement: "on the Protection of Minors", "for Trans-Pacific Partnership", "Before 2030". */
    private static final String COMPLEMENT_WORDS =
            "(?:\\s+(?:on|for|of|concerning)\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+"
                    // "... and the Resolution on ...": a second title, not more of this one's complement
                    + "(?!and\\s+(?:the\\s+)?" + TITLE_WORD + "\\b)(?:(?:of|and|the|for|on|in|a|an)\\s+)*"
                    // an ordinal is a word of the names a complement holds: "on the Convocation of the 20th National
                    // Congress"
                    + "(?:[A-Z][\\w'’-]*|\\d{1,2}(?:st|nd|rd|th)\\b)"
                    + "|\\s+(?:19|20)\\d\\d\\b"
                    // a list of capitalised words closed by "and": "of Good-Neighborliness, Friendship and Cooperation"
                    + "|(?:,\\s+[A-Z][\\w'’-]*)+,?\\s+and\\s+[A-Z][\\w'’-]*)*)";

    private static final String COMPLEMENT = COMPLEMENT_WORDS + "?";
    /** An agenda named by its number, which is part of its title: "Agenda 21", "Agenda 2063". */
    private static final String NUMBERED = "(?:(?<=Agenda)\\s+\\d{2,4}\\b)?";
    /**
     * An owner's possessive that opens a capitalised run ("the AU's Agenda 2063", "ASEAN's Charter"): the
     * title starts after it. "People's" is a word of names ("People's Bank"), not an owner.
     */
    private static final Pattern OWNER = Pattern.compile("(?!People['’]s\\s)[A-Z][\\w-]*['’]s\\s+(?=[A-Z])");

    /**
     * Capitalised words ending in a title word ("the Grain Reserves Law"); a title word right after "the"
     * with its complement ("the Charter of the United Nations", "the Law on ..."); and the title words that
     * need a complement, after up to four capitalised words ("the Interim Measures for ...").
     */
    private static final Pattern CAPITALISED = Pattern.compile("\\b(?:the\\s+)?("
            + "(?!" + NOT_FIRST + ")(?:\\d+(?:st|nd|rd|th)\\s+|(?:19|20)\\d\\d\\s+)?[A-Z][\\w'’-]*\\s+"
            // "... Initiative and the Rural ... Strategy": "and the" opens a second name
            + "(?:(?!" + TITLE_WORD
            + "\\s+and\\s)[A-Z][\\w'’-]*\\s+|of\\s+|on\\s+|for\\s+|and\\s+(?!the\\s)|the\\s+){0,7}"
            + TITLE_WORD + NUMBERED + COMPLEMENT
            + "|(?<=\\b[Tt]he\\s)(?:(?:19|20)\\d\\d\\s+)?" + TITLE_WORD + COMPLEMENT
            + "|(?!" + NOT_FIRST + ")(?:[A-Z][\\w'’-]*\\s+){0,4}" + RULE_WORD + COMPLEMENT_WORDS
            + ")\\b");

    /**
     * A title given after "titled" / "entitled", in quotation marks or as capitalised words ("a white paper
     * titled China's Green Development in the New Era").
     */
    private static final Pattern TITLED = Pattern.compile(
            "\\b(?:titled|entitled)\\s+(?:[“\"]([^”\"\\n]{3,160})[”\"]"
                    + "|(?:[Tt]he\\s+)?([A-Z][\\w'’-]*(?:\\s+(?:(?:in|the|of|and|for|on|a|an|to|with|at|from)\\s+)*[A-Z0-9][\\w'’-]*)*))");

    /**
     * "the report on the work of the Standing Committee", "the work report of the Central Commission for ...": the
     * report a body makes on its own work to the meeting that elected it, named by the body, in any case.
     */
    private static final Pattern WORK_REPORT = Pattern.compile("\\b(?:the\\s+)?((?:[Ww]ork\\s+[Rr]eport\\s+of"
            + "|[Rr]eport\\s+on\\s+the\\s+[Ww]ork\\s+of)\\s+the\\s+[A-Z][\\w'’-]*"
            + "(?:\\s+(?:(?:of|and|the|for|on)\\s+)*[A-Z][\\w'’-]*)*)");

    /** "the ten-year action plan on basic research", "a three-year action plan for ..." */
    private static final Pattern TERM_PLAN = Pattern.compile("(?i)\\b(?:the|a)\\s+((?:\\d+|one|two|three|five|ten)-year"
            + "\\s+action\\s+plan\\s+(?:for|on)\\s+(?:the\\s+)?[\\w'-]+(?:\\s+(?:[\\w'-]+)){0,7}?)"
            + "(?=\\s*(?:[,.;:(]|\\band\\b|\\bto\\b|\\bby\\b|\\bin\\b|$))");

    /** The words that end a title ({@link #TITLE_WORD}), lower case: a sentence without one holds no title. */
    static final String[] WORDS = {
        "law",
        "outline",
        "plan",
        "decision",
        "resolution",
        "opinions",
        "regulations",
        "constitution",
        "strategy",
        "white paper",
        "recommendations",
        "agreement",
        "convention",
        "treaty",
        "guideline",
        "measures",
        "provisions",
        "rules",
        "program",
        "charter",
        "code",
        "agenda",
        "declaration",
        "manifesto",
        "communiqué",
        "communique",
        "protocol",
        "memorandum",
        "framework",
        "covenant",
        "statement",
        "report"
    };

    /**
     * A numbered section's heading ("4.2 Safety Framework", "3. Work Plan", "VI. Strengthening the Rule of Law",
     * "(2) Improving the Legal Framework") opens with its number.
     */
    private static final Pattern SECTION_NUMBER =
            Pattern.compile("\\s*(?:\\d+(?:\\.\\d+)*\\.?\\s+|[IVXLC]{1,6}\\.\\s*|[(（]\\d{1,2}[)）]\\s*)");

    private DocumentTitles() {}

    /** Whether only a section's number stands between the line's start and {@code start}: a heading, no citation. */
    private static boolean afterSectionNumber(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return start > lineStart
                && SECTION_NUMBER.matcher(text).region(lineStart, start).matches();
    }

    /** The titles in the sentence read by shape, as spans of the text. */
    static List<Span> find(SentenceContext ctx) {
        List<Span> out = new ArrayList<>();
        if (!ctx.mentions(WORDS) && !ctx.mentions("titled")) {
            return out;
        }
        // each expression is tried at every offset: only where its literal words stand (case counts for the
        // capitalised one) can it match
        boolean capitalised = ctx.textMentions(TITLE_WORDS)
                || ctx.textMentions("Measures", "Provisions", "Rules", "Statement", "Report");
        boolean termPlan = ctx.mentions("-year");
        boolean workReport = ctx.mentions("work of the", "work report of");
        for (Pattern p : new Pattern[] {WORK_REPORT, CAPITALISED, TERM_PLAN}) {
            if (p == CAPITALISED ? !capitalised : p == TERM_PLAN ? !termPlan : !workReport) {
                continue;
            }
            Matcher m =
                    p.matcher(ctx.text()).region(ctx.span().start(), ctx.span().end());
            while (m.find()) {
                // titles are named without their article, as the scheme's labels are
                int start = m.group(1).regionMatches(true, 0, "the ", 0, 4) ? m.start(1) + 4 : m.start(1);
                Matcher owner = OWNER.matcher(ctx.text()).region(start, m.end(1));
                if (owner.lookingAt()) {
                    start = owner.end();
                }
                Span span = new Span(start, m.end(1));
                if (out.stream().noneMatch(s -> s.overlaps(span)) && !afterSectionNumber(ctx.text(), start)) {
                    out.add(span);
                }
            }
        }
        if (ctx.mentions("titled")) {
            Matcher m = TITLED.matcher(ctx.text())
                    .region(ctx.span().start(), ctx.span().end());
            while (m.find()) {
                int g = m.start(1) >= 0 ? 1 : 2;
                Span span = new Span(m.start(g), m.end(g));
                if (out.stream().noneMatch(s -> s.overlaps(span))) {
                    out.add(span);
                }
            }
        }
        return out;
    }

    /**
     * Whether a name stands alone on its line near the text's start ("The", a final stop, a bracketed note or a
     * posting time aside): the
     * text's own title or the title block of an order, not a citation of another document. The head is
     * the first lines, where title, number, promulgation note and byline stand.
     */
    static boolean isOwnHeading(String text, Span name) {
        int lineStart = text.lastIndexOf('\n', name.start() - 1) + 1;
        // the head first: most names stand further on, and their line's end may lie far ahead
        if (lineStart > Head.of(text).end()) {
            return false;
        }
        int lineEnd = text.indexOf('\n', name.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String before = text.substring(lineStart, name.start()).strip();
        String after = text.substring(name.end(), lineEnd).strip();
        return (before.isEmpty() || before.equalsIgnoreCase("the"))
                && HEADING_TAIL.matcher(after).matches();
    }

    /**
     * Whether a title also stands alone on a line of the text's head: "a signed article titled \"X\"" in a
     * news lead, and X as the heading of the full text under it. The title is the text's own, not a citation.
     */
    static boolean headsItsLine(String text, Span title) {
        String words = title.of(text);
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            if (at != title.start() && isOwnHeading(text, new Span(at, at + words.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a text's head ends: a line starting after {@code end} has more than {@link #HEAD_LINES} line breaks
     * before it. Found once per text (the last text's is kept), where counting the breaks before each name read
     * the text's start again for every name a rule tried.
     */
    private record Head(String text, int end) {
        private static volatile Head last = new Head("", 0);

        static Head of(String text) {
            Head h = last;
            if (h.text != text) {
                h = new Head(text, headEnd(text));
                last = h;
            }
            return h;
        }

        /** The offset of the line break that ends the line after the head's, or the text's length if none does. */
        private static int headEnd(String text) {
            int at = -1;
            for (int lines = 0; lines <= HEAD_LINES; lines++) {
                at = text.indexOf('\n', at + 1);
                if (at < 0) {
                    return text.length();
                }
            }
            return at;
        }
    }

    private static final int HEAD_LINES = 12;
    /**
     * What may follow a title on its line in the reading copy, which joins a line without a final stop to
     * the next: a stop, the law's bracketed adoption note ("(Adopted at the 10th session ...)"), or the
     * page's posting time ("2023-02-21 19:52").
     */
    private static final Pattern HEADING_TAIL = Pattern.compile("[.。]?|[(（][^()（）]*[)）]|\\d[\\d\\s:/.-]*");

    /** Whether the name is followed by "period": "the 14th Five-Year Plan period" is a span of time. */
    static boolean namesPeriod(String folded, Span name) {
        return folded.startsWith(" period", name.end());
    }
}
