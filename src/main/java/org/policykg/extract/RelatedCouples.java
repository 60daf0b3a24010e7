package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Couples {@link PairRule} reads where the register relates two things rather than plans them: "A and B go
 * hand in hand / reinforce each other / are mutually reinforcing" (相辅相成, 相互促进), "strike a balance
 * between A and B", "handle the relationship between A and B" (处理好…关系), "integrate / combine A with B"
 * (相结合), "pursue / seek / achieve / promote both A and B" (兼顾), "mutual reinforcement of A and B" (良性互动), "ensure A while promoting B". Each gives the span of its couple "A and B" (or
 * "A with B") and where its clause starts; PairRule reads the sides.
 */
final class RelatedCouples {
    /** The predicate that relates a coordinated subject's two sides. */
    private static final Pattern RECIPROCAL = Pattern.compile("\\s+(?:(?:are|is|remain|must\\s+be|should\\s+be)\\s+)?"
            + "(?:go(?:es)?\\s+hand\\s+in\\s+hand|(?:reinforce|complement|promote|strengthen|support)s?\\s+each\\s+other"
            + "|(?:mutually\\s+(?:reinforcing|complementary|reinforced)|interdependent|inseparable"
            + "|like\\s+the\\s+two\\s+wings\\s+of\\s+a\\s+bird))\\b");

    /** "strike a balance between", "handle well the relationship between", "the balance between". */
    private static final KeywordPattern BETWEEN = new KeywordPattern(
            "(?:balance|(?:handl|grasp|manag|address|understand|balanc)"
                    + "\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:the\\s+)?relationships?)\\s+between\\s+(?:the\\s+)?",
            "balanc",
            "handl",
            "grasp",
            "manag",
            "address",
            "understand");

    /**
     * "integrate development with security", "combine the rule of law with the rule of virtue", "balance growth
     * with stability", "harmonize A with B".
     */
    private static final KeywordPattern WITH = new KeywordPattern(
            "(?:integrat|combin|balanc|harmoni[sz])(?:e|es|ed|ing)\\s+(?!with\\b)",
            "integrat",
            "combin",
            "balanc",
            "harmoni");

    /**
     * "advance A and B in tandem", "promote A and B hand in hand", "pursue A and B in a coordinated way"
     * (协同推进, 同步推进, 统筹推进): a verb whose two objects are advanced as one couple. The verb must be one,
     * and each side is at most four words.
     */
    private static final Pattern TANDEM = Pattern.compile("\\b(\\p{L}+)\\s+((?:the\\s+)?\\p{L}+(?:[\\s-]\\p{L}+){0,3}?"
            + "\\s+and\\s+\\p{L}+(?:[\\s-]\\p{L}+){0,3}?)\\s+(?:in\\s+tandem|hand\\s+in\\s+hand|simultaneously"
            + "|in\\s+parallel|in\\s+an?\\s+(?:coordinated|balanced|integrated)\\s+"
            + "(?:way|manner|fashion))\\b");

    /** "pursue both development and security" (兼顾): verbs of seeking two things at once. */
    private static final KeywordPattern BOTH = new KeywordPattern(
            "(?:pursu|seek|sought|achiev|valu|promot)(?:e|es|ed|ing|s)?\\s+both\\s+(?:the\\s+)?",
            "pursu",
            "seek",
            "sought",
            "achiev",
            "valu",
            "promot");

    /**
     * "mutual reinforcement of A and B", "positive interaction between A and B" (良性互动, 相互促进): the
     * nouns of the reciprocal predicates, naming the couple they relate.
     */
    private static final Pattern INTERPLAY = Pattern.compile("\\b(?:mutual\\s+reinforcement|(?:positive|sound|virtuous)"
            + "\\s+interaction|mutual\\s+promotion)\\s+(?:of|between)\\s+(?:the\\s+)?");

    /** Where a side after a frame ends. */
    private static final Pattern PIECE_END =
            Pattern.compile("[,.;:!?]|\\s(?:so as|in order|to|while|through|by|which|that)\\s");
    /** Where a coordinated subject starts: after the clause's opening words. */
    private static final Pattern SUBJECT_START =
            Pattern.compile(".*(?:[,;:]|\\b(?:that|both|where|as|because|since|when))\\s+");

    /** The words one of the frames needs: a sentence without any is not tried. */
    static final String[] WORDS = {
        "hand in hand",
        "each other",
        "mutually",
        "interdependent",
        "inseparable",
        "two wings",
        "between ",
        "integrat",
        "combin",
        "balanc",
        "harmoni",
        "in tandem",
        "simultaneously",
        "in parallel",
        "coordinated way",
        "coordinated manner",
        "integrated way",
        "balanced way",
        "both ",
        " while ",
        "mutual reinforcement",
        "interaction",
        "mutual promotion"
    };

    private RelatedCouples() {}

    /**
     * A couple and where the clause stating it starts; {@code left} and {@code right} are its sides where the
     * frame itself parts them ("A with B", "A while promoting B"), else null ("A and B", read by PairRule).
     * {@code schemeOnly}: the sides count only as concepts of the scheme.
     */
    record Couple(Span couple, int clauseStart, Span left, Span right, boolean schemeOnly) {
        Couple(Span couple, int clauseStart) {
            this(couple, clauseStart, null, null, false);
        }
    }

    /** "ensure security while promoting development": a condition kept while a goal is pursued (统筹, 稳中求进). */
    private static final KeywordPattern WHILE = new KeywordPattern(
            "(?:ensur|safeguard|maintain|uphold)(?:e|es|ed|ing|s)?\\s+"
                    + "(\\p{L}+(?:[\\s-]\\p{L}+)?)\\s+while\\s+(?:promot|pursu|advanc|seek|expand|boost|deepen)ing\\s+"
                    + "(\\p{L}+(?:[\\s-]\\p{L}+)?)(?=\\s*(?:[,.;:]|\\s+and\\s|$))",
            "ensur",
            "safeguard",
            "maintain",
            "uphold");

    static List<Couple> find(SentenceContext ctx) {
        List<Couple> out = new ArrayList<>();
        String f = ctx.folded();
        Span s = ctx.span();
        if (ctx.mentions("hand in hand", "each other", "mutually", "interdependent", "inseparable", "two wings")) {
            Matcher m = RECIPROCAL.matcher(f).region(s.start(), s.end());
            while (m.find()) {
                Matcher start = SUBJECT_START.matcher(f).region(s.start(), m.start());
                int from = start.lookingAt() ? start.end() : s.start();
                Span subject = PageReader.trim(f, from, m.start());
                if (subject.of(f).contains(" and ")) {
                    out.add(new Couple(subject, subject.start()));
                }
            }
        }
        if (ctx.mentions("between ")) {
            for (Matcher m = BETWEEN.find(f, s.start(), s.start(), s.end());
                    m != null;
                    m = BETWEEN.find(f, m.end(), s.start(), s.end())) {
                out.add(new Couple(piece(f, m.end(), s.end()), m.start()));
            }
        }
        if (ctx.mentions(
                "hand in hand",
                "in tandem",
                "simultaneously",
                "in parallel",
                "coordinated",
                "integrated way",
                "balanced way")) {
            tandem(ctx, out);
        }
        if (ctx.mentions("integrat", "combin", "balanc", "harmoni") && ctx.mentions(" with ")) {
            for (Matcher m = WITH.find(f, s.start(), s.start(), s.end());
                    m != null;
                    m = WITH.find(f, m.end(), s.start(), s.end())) {
                Span piece = piece(f, m.end(), s.end());
                int with = piece.of(f).indexOf(" with ");
                if (with > 0 && !piece.of(f).contains(" and ")) {
                    Span left = new Span(piece.start(), piece.start() + with);
                    Span right = new Span(piece.start() + with + 6, piece.end());
                    // "combine A with B" is 相结合; "integrate" also joins a technology with an industry, so
                    // only the scheme's concepts pair there
                    // what "combines" or "combined" does describes a thing ("the system that combines A with B"),
                    // where "combine" and "combining" direct the couple
                    boolean integrate = f.startsWith("integrat", m.start())
                            || f.startsWith("combines", m.start())
                            || f.startsWith("combined", m.start());
                    out.add(new Couple(piece, m.start(), left, right, integrate));
                }
            }
        }
        if (ctx.mentions(" while ")) {
            for (Matcher m = WHILE.find(f, s.start(), s.start(), s.end());
                    m != null;
                    m = WHILE.find(f, m.end(), s.start(), s.end())) {
                Span left = new Span(m.start(1), m.end(1));
                Span right = new Span(m.start(2), m.end(2));
                out.add(new Couple(new Span(left.start(), right.end()), m.start(), left, right, false));
            }
        }
        if (ctx.mentions("mutual reinforcement", "interaction", "mutual promotion")) {
            Matcher m = INTERPLAY.matcher(f).region(s.start(), s.end());
            while (m.find()) {
                out.add(new Couple(piece(f, m.end(), s.end()), m.start()));
            }
        }
        if (ctx.mentions("both ")) {
            for (Matcher m = BOTH.find(f, s.start(), s.start(), s.end());
                    m != null;
                    m = BOTH.find(f, m.end(), s.start(), s.end())) {
                out.add(new Couple(piece(f, m.end(), s.end()), m.start()));
            }
        }
        return out;
    }

    /** "advance A and B in tandem": the couple when the word before it is a verb. */
    private static void tandem(SentenceContext ctx, List<Couple> out) {
        String f = ctx.folded();
        Span s = ctx.span();
        // the search stays in the sentence (find(int) would reset the region and search on to the text's end,
        // once per sentence); transparent bounds let \b see the char before a search's start, as in the text
        Matcher m = TANDEM.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        int from = s.start();
        while (from < s.end() && m.region(from, s.end()).find()) {
            if (ctx.lexicons().verbLemma(m.group(1)) != null && !actionAfterAnd(ctx, m.group(2))) {
                out.add(new Couple(new Span(m.start(2), m.end(2)), m.start()));
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
    }

    /** A word's end: compiled once, as String.split compiles its expression on every call. */
    private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[\\s-]");

    /** "held talks and signed agreements": a verb after "and" makes two actions, no couple of objects. */
    private static boolean actionAfterAnd(SentenceContext ctx, String couple) {
        String second = SPACE_OR_HYPHEN.split(couple.substring(couple.lastIndexOf(" and ") + 5), 2)[0];
        return second.endsWith("ed") || ctx.lexicons().verbLemma(second) != null;
    }

    private static Span piece(String f, int from, int sentenceEnd) {
        Matcher end = PIECE_END.matcher(f).region(from, sentenceEnd);
        return PageReader.trim(f, from, end.find() ? end.start() : sentenceEnd);
    }
}
