package org.policykg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policykg.vocab.PKG;

/**
 * Mints IRIs for noun phrases that act like concepts (the subject of a role statement) but are not in
 * the scheme. The IRI depends only on the words, so the same phrase in two documents is one
 * candidate, which a curator can accept into the scheme.
 */
public final class CandidateConcepts {
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an|our|its|their|his|her)\\s+");
    private static final int MAX_WORDS = 5;
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASH = Pattern.compile("(^-|-$)");

    /** @return the candidate's IRI, or empty when the phrase is too long or empty to be a concept */
    Optional<String> of(String text, Span phrase) {
        String words = ARTICLE.matcher(Lexicon.fold(phrase.of(text)).strip()).replaceFirst("");
        if (words.isEmpty() || Phrases.splitCount(words) > MAX_WORDS || !Character.isLetter(words.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(PKG.CANDIDATE_NS + slug(words));
    }

    /** The slug a candidate's IRI ends in: lower case, apostrophes dropped, other runs of non-letters as '-'. */
    public static String slug(String words) {
        // compiled once: String.replaceAll compiles its expression on every call
        String dashed = NOT_SLUG.matcher(words.toLowerCase(Locale.ROOT).replace("'", ""))
                .replaceAll("-");
        return EDGE_DASH.matcher(dashed).replaceAll("");
    }
}
