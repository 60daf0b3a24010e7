package org.policykg.extract;

import java.time.LocalDate;
import java.time.Year;

/**
 * What is known about a document: read from the page itself, or from a curator's sidecar file. A
 * null field is unknown; the graph leaves it out rather than guessing.
 *
 * @param issued when the original work was issued or published
 * @param translationPublished the year this (translated) version was published
 * @param standing the work, type, issuer and channel; never null ({@link Standing#EMPTY} when unknown)
 */
public record Metadata(
        String title,
        String originalTitle,
        String authorName,
        String authorNameZh,
        LocalDate issued,
        String publisher,
        Year translationPublished,
        String translator,
        String sourceUrl,
        String language,
        String abstractText,
        Standing standing) {

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null, null, null, null);

    public Metadata {
        standing = standing == null ? Standing.EMPTY : standing;
    }

    /** What a page states about itself: never its standing in the corpus. */
    public Metadata(
            String title,
            String originalTitle,
            String authorName,
            String authorNameZh,
            LocalDate issued,
            String publisher,
            Year translationPublished,
            String translator,
            String sourceUrl,
            String language,
            String abstractText) {
        this(
                title,
                originalTitle,
                authorName,
                authorNameZh,
                issued,
                publisher,
                translationPublished,
                translator,
                sourceUrl,
                language,
                abstractText,
                Standing.EMPTY);
    }

    /** The same metadata with another standing. */
    public Metadata withStanding(Standing s) {
        return new Metadata(
                title,
                originalTitle,
                authorName,
                authorNameZh,
                issued,
                publisher,
                translationPublished,
                translator,
                sourceUrl,
                language,
                abstractText,
                s);
    }

    /** Fields of {@code override} win where they are set; ours fill the rest. */
    public Metadata overriddenBy(Metadata override) {
        return new Metadata(
                pick(override.title, title),
                pick(override.originalTitle, originalTitle),
                pick(override.authorName, authorName),
                pick(override.authorNameZh, authorNameZh),
                pick(override.issued, issued),
                pick(override.publisher, publisher),
                pick(override.translationPublished, translationPublished),
                pick(override.translator, translator),
                pick(override.sourceUrl, sourceUrl),
                pick(override.language, language),
                pick(override.abstractText, abstractText),
                standing.overriddenBy(override.standing));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
