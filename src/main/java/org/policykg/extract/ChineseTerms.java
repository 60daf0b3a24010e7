package org.policykg.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.policykg.vocab.PKG;

/**
 * What a Chinese phrase outside the concept scheme names: the candidate keyed by the slug of its usual
 * English rendering ({@code terms-zh.tsv}), so that an original and its translation meet on one key. A
 * phrase the scheme holds is the scheme's concept.
 */
final class ChineseTerms {
    private static final Map<String, String> SLUGS = slugs();

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
        return slug == null ? Optional.empty() : Optional.of(PKG.CANDIDATE_NS + slug);
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

    private static Map<String, String> slugs() {
        Map<String, String> slugs = new HashMap<>();
        for (String entry : WordLists.read("terms-zh.tsv")) {
            String[] cells = entry.split("\t");
            if (cells.length == 2) {
                slugs.put(cells[0], cells[1]);
            }
        }
        return Map.copyOf(slugs);
    }
}
