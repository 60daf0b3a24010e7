package org.policykg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.vocab.PKG;

/**
 * The couples {@link PairRule} reads from a fixed shape rather than from "A and B": a goal pursued while a
 * condition is kept (稳中求进), one thing promoted through another (以进促稳), the new set up before the
 * old is removed (先立后破), the whole advanced while key points are broken through (整体推进、重点突破),
 * two things both weighed (既重视X又重视Y).
 */
final class CoupleShapes {
    /**
     * "pursue progress while ensuring stability", "strive for progress while ...": the second verb keeps a
     * condition, so "improve efficiency
     * while reducing costs" (two gains) is no couple.
     */
    private static final Pattern WHILE = Pattern.compile(
            "\\b(\\p{L}+)\\s+(?:for\\s+)?(\\p{L}+)\\s+while\\s+((?:ensur|maintain|keep|safeguard|preserv|guarantee|uphold|secur)ing)"
                    + "\\s+(\\p{L}+)(?=\\s*(?:[,.;:]|\\s+and\\s|$))");

    /**
     * 整体推进和重点突破: "(must) advance as a whole while highlighting key points". The two are ways of
     * acting, so the verbs pair; a modal or "to" before the first makes it a verb.
     */
    private static final Pattern WHOLE_WHILE = Pattern.compile(
            "\\b(?:to|will|must|should|shall|can|and)\\s+(\\p{L}+)\\s+as\\s+a\\s+whole\\s+while\\s+(\\p{L}+ing)"
                    + "\\s+key\\s+(?:points|areas|fields|links|sectors)\\b");

    /** "promote stability through progress". */
    private static final KeywordPattern THROUGH = new KeywordPattern(
            "(promot|ensur|secur|foster|driv|boost|spur)(?:e|es|ed|ing)?"
                    + "\\s+(\\p{L}+)\\s+through\\s+(\\p{L}+)(?=\\s*(?:[,.;:]|\\s+and\\s|$))",
            "promot",
            "ensur",
            "secur",
            "foster",
            "driv",
            "boost",
            "spur");
    /** "establishing the new before abolishing the old": the objects are no nouns, so the actions pair. */
    private static final Pattern BEFORE =
            Pattern.compile("\\b(\\p{L}+ing)\\s+the\\s+(\\p{L}+)\\s+before\\s+(\\p{L}+ing)\\s+the\\s+(\\p{L}+)\\b");

    /** Where a side of 既重视X又重视Y ends: punctuation, "and", or a preposition that places the couple. */
    private static final String SIDE_END =
            "(?=\\s*(?:[,.;:]|\\s+(?:and|in|at|for|with|so|while|through|by|that|which)\\s|$))";

    /**
     * 既重视X又重视Y: "attach importance to X and also to Y", "attaches importance not only to X but also to
     * Y". A side is a concept of the scheme or a single noun, up to {@link #SIDE_END}.
     */
    private static final KeywordPattern IMPORTANCE_ALSO = new KeywordPattern(
            "attach(?:es|ed|ing)?\\s+(?:great\\s+)?importance\\s+(?:not\\s+only\\s+)?to\\s+(\\p{L}+(?:\\s+\\p{L}+){0,3}?)"
                    + ",?\\s+(?:and|but)\\s+(?:\\p{L}+\\s+)?also\\s+(?:attach(?:es|ed|ing)?\\s+(?:great\\s+)?importance\\s+)?"
                    + "to\\s+(\\p{L}+(?:\\s+\\p{L}+){0,3}?)" + SIDE_END,
            "attach");
    /** The same couple over two sentences: "... attaching importance to X. It also attaches importance to Y". */
    private static final Pattern IMPORTANCE_BEFORE = Pattern.compile(
            "\\battach(?:es|ed|ing)?\\s+(?:great\\s+)?importance\\s+to\\s+(\\p{L}+(?:\\s+\\p{L}+){0,3})\\s*\\.\\s*$");

    private static final Pattern IMPORTANCE_AFTER = Pattern.compile(
            "^(?:it|we|they|the\\s+party)\\s+(?:\\p{L}+\\s+)?also\\s+attach(?:es|ed)?\\s+(?:great\\s+)?importance\\s+to\\s+"
                    + "(\\p{L}+(?:\\s+\\p{L}+){0,3}?)" + SIDE_END);
    /** One word of letters: compiled once, as String.matches compiles its expression on every call. */
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /** Heads the two sides share that add nothing to them: "development issues" and "security issues". */
    private static final Pattern LIGHT_HEAD = Pattern.compile("\\s+(?:issues|questions|matters|aspects|work)$");
    /** How far back the sentence before is read for the first half of the couple. */
    private static final int LOOK_BACK = 120;

    private static final Pattern SILENT_E = Pattern.compile("(?:[^aeiou][aiou][kp]|[vzc]|[^aeiou][aiu]r)$");
    /** Words that cannot be the single noun a side of a couple names. */
    static final Pattern NOT_A_NOUN = Pattern.compile("the|a|an|this|that|it|its|their|our|them|us|all|both|and|or");

    private CoupleShapes() {}

    /** The couples of 稳中求进, 以进促稳 and 先立后破. */
    static void find(SentenceContext ctx, String rule, List<Finding> out) {
        // each shape's expression tries every offset: only a sentence with its middle word can match it
        String f = ctx.folded();
        Span s = ctx.span();
        Matcher w = ctx.mentions("while") ? WHILE.matcher(f).region(s.start(), s.end()) : null;
        while (w != null && w.find()) {
            if (ctx.lexicons().verbLemma(w.group(1)) != null && ctx.lexicons().verbLemma(w.group(3)) != null) {
                nounCouple(ctx, rule, w.group(2), w.group(4), new Span(w.start(), w.end()))
                        .ifPresent(out::add);
            }
        }
        Matcher whole = ctx.mentions("while") ? WHOLE_WHILE.matcher(f).region(s.start(), s.end()) : null;
        while (whole != null && whole.find()) {
            // after a modal or "to" the word is the verb, whether or not the verb list knows it
            String a = ctx.lexicons().verbLemma(whole.group(1));
            out.add(new Finding.Pair(
                    rule,
                    a == null ? whole.group(1) : a,
                    gerundLemma(ctx, whole.group(2)),
                    new Span(whole.start(1), whole.end()),
                    ctx.sentence()));
        }
        for (Matcher t = ctx.mentions("through") ? THROUGH.find(f, s.start(), s.start(), s.end()) : null;
                t != null;
                t = THROUGH.find(f, t.end(), s.start(), s.end())) {
            nounCouple(ctx, rule, t.group(2), t.group(3), new Span(t.start(), t.end()))
                    .ifPresent(out::add);
        }
        Matcher b = ctx.mentions("before") ? BEFORE.matcher(f).region(s.start(), s.end()) : null;
        while (b != null && b.find()) {
            out.add(new Finding.Pair(
                    rule,
                    gerundLemma(ctx, b.group(1)),
                    gerundLemma(ctx, b.group(3)),
                    new Span(b.start(), b.end()),
                    ctx.sentence()));
        }
    }

    /** 既重视X又重视Y, in one sentence or over two. */
    static void importance(SentenceContext ctx, String rule, List<Finding> out) {
        String f = ctx.folded();
        Span s = ctx.span();
        // the expression needs the word "attach", and is tried only where it stands
        for (Matcher m = ctx.mentions("attach") ? IMPORTANCE_ALSO.find(f, s.start(), s.start(), s.end()) : null;
                m != null;
                m = IMPORTANCE_ALSO.find(f, m.end(), s.start(), s.end())) {
            nounCouple(
                            ctx,
                            rule,
                            withoutLightHead(m.group(1)),
                            withoutLightHead(m.group(2)),
                            new Span(m.start(), m.end()))
                    .ifPresent(out::add);
        }
        Matcher after = IMPORTANCE_AFTER.matcher(f).region(s.start(), s.end());
        if (!after.lookingAt()) {
            return;
        }
        int from = Math.max(0, s.start() - LOOK_BACK);
        Matcher before = IMPORTANCE_BEFORE.matcher(f).region(from, s.start());
        if (before.find()) {
            nounCouple(
                            ctx,
                            rule,
                            withoutLightHead(before.group(1)),
                            withoutLightHead(after.group(1)),
                            new Span(s.start(), after.end()))
                    .ifPresent(out::add);
        }
    }

    private static String withoutLightHead(String side) {
        return LIGHT_HEAD.matcher(side).replaceFirst("");
    }

    /** The shape makes the word a verb, so a gerund the verb list lacks is cut back to its stem. */
    static String gerundLemma(SentenceContext ctx, String gerund) {
        String lemma = ctx.lexicons().verbLemma(gerund);
        if (lemma != null) {
            return lemma;
        }
        String stem = gerund.substring(0, gerund.length() - 3);
        // "reshaping" -> "reshape", "improving" -> "improve": the silent e that -ing drops
        return SILENT_E.matcher(stem).find() ? stem + "e" : stem;
    }

    private static java.util.Optional<Finding> nounCouple(
            SentenceContext ctx, String rule, String x, String y, Span evidence) {
        var a = side(ctx, x);
        var b = side(ctx, y);
        return a.isPresent() && b.isPresent() && !a.equals(b)
                ? java.util.Optional.of(new Finding.Pair(rule, a.get(), b.get(), evidence, ctx.sentence()))
                : java.util.Optional.empty();
    }

    /** A concept of the scheme by its whole label, or a single bare noun as a candidate. */
    static java.util.Optional<String> side(SentenceContext ctx, String words) {
        String w = words.strip();
        java.util.Optional<String> concept = ctx.concepts().exact(w, 0, w.length());
        if (concept.isPresent()) {
            return concept;
        }
        return LETTERS.matcher(w).matches()
                        && !NOT_A_NOUN.matcher(w).matches()
                        && ctx.lexicons().verbLemma(w) == null
                ? java.util.Optional.of(PKG.CANDIDATE_NS + CandidateConcepts.slug(w))
                : java.util.Optional.empty();
    }
}
