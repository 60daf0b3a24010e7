package org.policykg.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policykg.vocab.PKG;

/**
 * What a Chinese phrase outside the concept scheme names: the candidate keyed by the slug of its usual
 * English rendering ({@code terms-zh.tsv}), so that an original and its translation meet on one key. A
 * phrase the scheme holds is the scheme's concept.
 */
final class ChineseTerms {
    private static final Map<String, String> SLUGS = WordLists.pairs("terms-zh.tsv");
    /** Heads that add nothing to the set phrase before them (“一带一路”建设 names the Belt and Road). */
    private static final List<String> LIGHT_HEADS = List.of("建设", "工作");

    private ChineseTerms() {}

    /** The concept or candidate the whole span names, or empty. */
    static Optional<String> of(SentenceContext ctx, int start, int end) {
        if (start >= end) {
            return Optional.empty();
        }
        Optional<String> concept = ctx.concepts().exact(ctx.folded(), start, end);
        if (concept.isPresent()) {
            return concept;
        }
        String slug = SLUGS.get(ctx.folded().substring(start, end).strip());
        return slug == null ? formulation(ctx, start, end) : Optional.of(PKG.CANDIDATE_NS + slug);
    }

    /** The candidate a register word of {@code terms-zh.tsv} names, or empty: for words not in the text as written. */
    static Optional<String> word(String words) {
        String slug = SLUGS.get(words);
        return slug == null ? Optional.empty() : Optional.of(PKG.CANDIDATE_NS + slug);
    }

    /** A quoted set phrase of the formulations scheme, with a light head after it: “一带一路”建设. */
    private static Optional<String> formulation(SentenceContext ctx, int start, int end) {
        String f = ctx.folded();
        for (String head : LIGHT_HEADS) {
            if (end - head.length() > start && f.startsWith(head, end - head.length())) {
                end -= head.length();
                break;
            }
        }
        if (end - start <= 2 || f.charAt(start) != '"' || f.charAt(end - 1) != '"') {
            return Optional.empty();
        }
        Span inside = new Span(start + 1, end - 1);
        return ctx.find(ctx.lexicons().formulations(), f, inside).stream()
                .filter(m -> m.span().equals(inside))
                .map(Lexicon.Match::iri)
                .findFirst();
    }

    /**
     * The longest end of the span that names a concept or candidate: the couple's first side after the
     * words that open its clause (国家坚持网络安全 → 网络安全), or empty.
     */
    static Optional<String> ending(SentenceContext ctx, int start, int end) {
        for (int from = start; from < end; from++) {
            Optional<String> named = of(ctx, from, end);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }
}
