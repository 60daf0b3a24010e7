package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Noun phrases that look like concepts of the register — a modifier or two before "security" — but
 * that the scheme does not hold ("medicine security", "grain security"): recorded as mentions of a
 * candidate concept, with their evidence, for a curator to accept rather than dropped.
 */
final class CandidateMentionRule implements Rule {
    /** {@code \\b((?:[a-z][a-z-]+\\s+){1,2})security\\b}, read without a regular expression. */
    private static final ModifiedHead PHRASE = new ModifiedHead("security");

    private static final Set<String> NOT_MODIFIERS = Set.of(
            "the",
            "a",
            "an",
            "of",
            "and",
            "or",
            "for",
            "to",
            "in",
            "on",
            "at",
            "by",
            "with",
            "its",
            "our",
            "their",
            "this",
            "that",
            "all",
            "every",
            "more",
            "most",
            "whose",
            "his",
            "her",
            "is",
            "are",
            "be",
            "as",
            "into",
            "from",
            "national",
            "security",
            "both",
            "also",
            "than",
            "any",
            "new",
            "such",
            "various",
            "other",
            "against",
            "about",
            "over",
            "without",
            "within",
            "through",
            "under",
            // evaluative adjectives qualify security, they do not name a field of it
            "major",
            "strong",
            "real",
            "general",
            "great",
            "greater",
            "higher",
            "high-level",
            "important",
            "key",
            "basic",
            "overall",
            "comprehensive",
            "special",
            "contemporary",
            "large-scale",
            "ever-growing",
            "lasting",
            "universal",
            "true",
            "better",
            "sustainable",
            "systemic",
            // words that say how security is, or whose it is, not what field it is
            "own",
            "out",
            "no",
            "even",
            "absolute",
            "complete",
            "complex",
            "current",
            "common",
            "shared",
            "collective",
            "human",
            "global",
            "regional",
            "international",
            "indivisible",
            "mutual");

    private final CandidateConcepts candidates;

    CandidateMentionRule(CandidateConcepts candidates) {
        this.candidates = candidates;
    }

    @Override
    public String id() {
        return "candidate-mention";
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        if (!(ctx.mentions("security"))) {
            return List.of();
        }
        String f = ctx.folded();
        List<Finding> out = new ArrayList<>();
        int from = ctx.span().start();
        for (ModifiedHead.Hit m = PHRASE.find(f, from, from, ctx.span().end());
                m != null;
                m = PHRASE.find(f, m.end(), ctx.span().start(), ctx.span().end())) {
            String group = f.substring(m.start(), m.modifiersEnd());
            String[] modifiers = m.modifiers(f);
            int first = 0;
            while (first < modifiers.length && !isModifier(ctx, modifiers[first])) {
                first++;
            }
            for (int k = first; k < modifiers.length; k++) {
                if (!isModifier(ctx, modifiers[k])) {
                    first = modifiers.length; // a function word inside: no candidate
                }
            }
            if (first >= modifiers.length) {
                continue;
            }
            int start = m.start() + group.indexOf(modifiers[first]);
            Span span = new Span(start, m.end());
            if (!overlapsMention(ctx.earlier(), span)) {
                candidates
                        .of(ctx.text(), span)
                        .ifPresent(iri -> out.add(new Finding.Mention(iri, span, ctx.sentence(), id())));
            }
        }
        return out;
    }

    /** Whether a mention the scheme gave this sentence already (found before this rule) overlaps the span. */
    private static boolean overlapsMention(List<Finding> earlier, Span span) {
        for (Finding x : earlier) {
            if (x instanceof Finding.Mention && x.evidence().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isModifier(SentenceContext ctx, String word) {
        return !NOT_MODIFIERS.contains(word)
                && !word.endsWith("ly")
                // "unforeseeable", "inseparable", "intertwined": qualities and states, not fields
                && !word.endsWith("able")
                && !word.endsWith("ible")
                && !(word.endsWith("ed") && !word.endsWith("eed"))
                && ctx.lexicons().verbLemma(word) == null;
    }
}
