package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Noun phrases that look like concepts of the register — a modifier or two before "security" — but
 * that the scheme does not hold ("medicine security", "grain security"): recorded as mentions of a
 * candidate concept, with their evidence, for a curator to accept rather than dropped.
 */
final class CandidateMentionRule implements Rule {
    private static final Pattern PHRASE = Pattern.compile("\\b((?:[a-z][a-z-]+\\s+){1,2})security\\b");
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
            "systemic");

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
        // the scheme's mentions of this sentence are already found: reuse them
        List<Span> known = ctx.earlier().stream()
                .filter(x -> x instanceof Finding.Mention)
                .map(Finding::evidence)
                .toList();
        List<Finding> out = new ArrayList<>();
        Matcher m = PHRASE.matcher(f).region(ctx.span().start(), ctx.span().end());
        while (m.find()) {
            String[] modifiers = m.group(1).strip().split("\\s+");
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
            int start = m.start() + m.group(1).indexOf(modifiers[first]);
            Span span = new Span(start, m.end());
            if (known.stream().noneMatch(k -> k.overlaps(span))) {
                candidates
                        .of(ctx.text(), span)
                        .ifPresent(iri -> out.add(new Finding.Mention(iri, span, ctx.sentence(), id())));
            }
        }
        return out;
    }

    private static boolean isModifier(SentenceContext ctx, String word) {
        return !NOT_MODIFIERS.contains(word)
                && !word.endsWith("ly")
                && ctx.lexicons().verbLemma(word) == null;
    }
}
