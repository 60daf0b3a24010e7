package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role given by what a concept provides, for {@link CopulaRoleRule}: "X provides a solid foundation for
 * Z", "X lays the foundation for Z", "X, which will in turn provide a strong guarantee for Z" (为…提供保障,
 * 为…奠定基础). The role is a role of the scheme right after the verb (an article and an evaluative
 * adjective aside) and before "for" / "to"; X is the concepts the subject names, or, after "which", the
 * concept that ends the clause before the comma.
 */
final class ProvidedRole {
    private static final KeywordPattern VERB = new KeywordPattern(
            "(?:provides?|provided|providing|lays?|laid|laying)\\s+"
                    + "(?:(?:a|an|the)\\s+)?(?:(?:strong|solid|important|powerful|reliable|firm|sound|crucial|lasting"
                    + "|inexhaustible|strategic|fundamental|material|institutional)\\s+(?:and\\s+\\p{L}+\\s+)?)?",
            "provid",
            "lay",
            "laid");
    /** Modals and adverbs between a subject and its verb: "will in turn", "can also". */
    private static final Pattern SUBJECT_TAIL = Pattern.compile(
            "(?:\\s+(?:will|can|shall|must|should|would|also|further|thus|therefore|in\\s+turn|to|helps?|will\\s+help))+$");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]|\\bthat\\b");

    /** A subject that takes up the sentence before: "This", "It", "This initiative", "Such a strategy". */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?:this|it|that|such\\s+an?)(?:\\s+[\\p{L}-]+)?");
    /** What follows a subject: a modal or an auxiliary (a finite verb of the lexicon is read apart). */
    private static final java.util.Set<String> AUXILIARIES = Words.auxiliariesAnd(
            // verbs a white paper's subjects take that open no directive
            "aims",
            "seeks",
            "serves",
            "remains",
            "plays",
            "represents",
            "means",
            "marks",
            "requires",
            "stands",
            "holds",
            "needs",
            "constitutes",
            "embodies",
            "reflects");

    private ProvidedRole() {}

    /**
     * The concept the sentence before has as its subject: its one mention that a finite verb or a modal
     * follows ("China's energy transition aims to ..."), which a demonstrative subject takes up.
     */
    private static List<String> previousSubject(SentenceContext ctx) {
        String f = ctx.folded();
        List<String> subjects = new ArrayList<>();
        for (Finding x : ctx.previous()) {
            if (!(x instanceof Finding.Mention m)) {
                continue;
            }
            int from = m.evidence().end();
            int end = from + 1;
            if (from >= f.length() || f.charAt(from) != ' ') {
                continue;
            }
            while (end < f.length() && Character.isLetter(f.charAt(end))) {
                end++;
            }
            String word = f.substring(from + 1, end);
            if (!word.isEmpty()
                    && (AUXILIARIES.contains(word)
                            || word.endsWith("s") && ctx.lexicons().verbLemma(word) != null)
                    && !subjects.contains(m.concept())) {
                subjects.add(m.concept());
            }
        }
        return subjects.size() == 1 ? subjects : List.of();
    }

    private static final int UNSURE = -2;

    /**
     * The last {@link #CLAUSE_BREAK} in {@code [from, to)} when it is a punctuation mark (no "that" after
     * it), -1 when the span holds neither, else {@link #UNSURE}: a char scan that spares most subjects the
     * expression, whose last match is wanted and which has no literal to skip ahead by.
     */
    private static int lastPunctuationBreak(String f, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = f.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return i;
            }
            if (c == 't' && f.startsWith("that", i) && i + 4 <= to) {
                return UNSURE;
            }
        }
        return -1;
    }

    static List<Finding> find(SentenceContext ctx, String rule) {
        List<Finding> out = new ArrayList<>();
        if (!ctx.mentions("provid", "lay", "laid")) {
            return out;
        }
        String f = ctx.folded();
        Span s = ctx.span();
        for (Matcher m = VERB.find(f, s.start(), s.start(), s.end());
                m != null;
                m = VERB.find(f, m.end(), s.start(), s.end())) {
            Lexicon.Match role = roleAt(ctx, m.end());
            if (role == null) {
                continue;
            }
            Span evidence = new Span(m.start(), role.span().end());
            for (String concept : subject(ctx, m.start())) {
                out.add(new Finding.Role(rule, concept, role.iri(), evidence, ctx.sentence()));
            }
        }
        return out;
    }

    /** The scheme's role that starts at {@code at} and is followed by "for" or "to", else null. */
    private static Lexicon.Match roleAt(SentenceContext ctx, int at) {
        String f = ctx.folded();
        for (Lexicon.Match r : ctx.find(ctx.roles(), f, new Span(at, ctx.span().end()))) {
            if (r.span().start() == at) {
                return f.startsWith(" for ", r.span().end())
                                || f.startsWith(" to ", r.span().end())
                        ? r
                        : null;
            }
        }
        return null;
    }

    /** What provides: the concepts that make up the subject before the verb, or the antecedent of "which". */
    private static List<String> subject(SentenceContext ctx, int verbStart) {
        String f = ctx.folded();
        int clauseStart = ctx.span().start();
        int breakAt = lastPunctuationBreak(f, ctx.span().start(), verbStart);
        if (breakAt == UNSURE) {
            breakAt = -1;
            Matcher breaks = CLAUSE_BREAK.matcher(f).region(ctx.span().start(), verbStart);
            while (breaks.find()) {
                clauseStart = breaks.end();
                breakAt = breaks.start();
            }
        } else if (breakAt >= 0) {
            clauseStart = breakAt + 1;
        }
        Span subject = PageReader.trim(f, clauseStart, verbStart);
        Matcher tail = SUBJECT_TAIL.matcher(subject.of(f));
        if (tail.find()) {
            subject = PageReader.trim(f, subject.start(), subject.start() + tail.start());
        }
        if (subject.of(f).equals("which") && breakAt > ctx.span().start() && f.charAt(breakAt) == ',') {
            // "..., which": the concept that ends the clause before the comma
            List<Lexicon.Match> before = Phrases.concepts(f, new Span(ctx.span().start(), breakAt), ctx.concepts());
            return !before.isEmpty() && before.get(before.size() - 1).span().end() == breakAt
                    ? List.of(before.get(before.size() - 1).iri())
                    : List.of();
        }
        if (DEMONSTRATIVE.matcher(subject.of(f)).matches()) {
            return previousSubject(ctx);
        }
        List<Lexicon.Match> concepts = Phrases.concepts(f, subject, ctx.concepts());
        return !concepts.isEmpty() && Phrases.covers(f, subject, concepts)
                ? concepts.stream().map(Lexicon.Match::iri).distinct().toList()
                : List.of();
    }
}
