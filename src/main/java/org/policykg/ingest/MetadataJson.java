package org.policykg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.policykg.extract.Metadata;
import org.policykg.extract.SourceText;
import org.policykg.extract.Standing;
import org.policykg.vocab.PKG;

/**
 * The one JSON to {@link Metadata} mapping, shared by seed sidecars ({@code NAME.meta.json}) and
 * the ingest API's {@code metadata} object, so both accept the same field names.
 */
public final class MetadataJson {
    private static final Pattern LOCAL_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");

    private MetadataJson() {}

    /**
     * @param j an object with the sidecar field names; absent or null fields stay unknown
     * @throws IllegalArgumentException when a field is not a string or a date or year is malformed
     */
    public static Metadata parse(JsonNode j) {
        if (j == null || j.isNull()) {
            return Metadata.EMPTY;
        }
        if (!j.isObject()) {
            throw new IllegalArgumentException("metadata must be a JSON object");
        }
        String sourceUrl = text(j, "sourceUrl");
        if (sourceUrl != null && !isWebAddress(sourceUrl)) {
            // it becomes an IRI in the graph: a malformed one would be stored as is
            throw new IllegalArgumentException("metadata: sourceUrl must be an absolute http(s) URL: " + sourceUrl);
        }
        String issued = text(j, "issued");
        String year = text(j, "translationPublished");
        try {
            return new Metadata(
                    text(j, "title"),
                    text(j, "originalTitle"),
                    text(j, "author"),
                    text(j, "authorZh"),
                    issued != null ? LocalDate.parse(issued) : null,
                    text(j, "publisher"),
                    year != null ? Year.parse(year) : null,
                    text(j, "translator"),
                    sourceUrl,
                    text(j, "language"),
                    text(j, "abstract"),
                    standing(j));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "metadata: issued must be YYYY-MM-DD and translationPublished YYYY: " + e.getParsedString(), e);
        }
    }

    /** The corpus fields; scheme concepts by local name ("leaders-article") or full IRI. */
    private static Standing standing(JsonNode j) {
        String work = text(j, "work");
        if (work != null && !SourceText.isValidId(work)) {
            throw new IllegalArgumentException(
                    "metadata: work must be 1-128 letters, digits, '.', '_' or '-', like a document id: " + work);
        }
        String identifies = text(j, "identifies");
        String sameAs = text(j, "sameAs");
        if (identifies != null && sameAs != null && !identifies.equals(sameAs)) {
            throw new IllegalArgumentException("metadata: identifies and sameAs name different documents");
        }
        return new Standing(
                work,
                concept(j, identifies != null ? "identifies" : "sameAs", PKG.DOCUMENT_NS),
                concept(j, "documentType", PKG.DOCUMENT_TYPE_NS),
                concept(j, "authorityTier", PKG.AUTHORITY_TIER_NS),
                concept(j, "issuer", PKG.ACTOR_NS),
                text(j, "officeHeld"),
                concept(j, "channel", PKG.CHANNEL_NS));
    }

    /** A scheme concept's IRI; whether the scheme holds it is for the shapes to check. */
    private static String concept(JsonNode j, String field, String namespace) {
        String v = text(j, field);
        if (v == null) {
            return null;
        }
        if (v.startsWith("http://") || v.startsWith("https://")) {
            if (!isWebAddress(v)) {
                throw new IllegalArgumentException("metadata: " + field + " is not a well-formed IRI: " + v);
            }
            return v;
        }
        if (!LOCAL_NAME.matcher(v).matches()) {
            throw new IllegalArgumentException("metadata: " + field
                    + " must be an IRI or a local name of lower-case letters, digits and '-': " + v);
        }
        return namespace + v;
    }

    private static boolean isWebAddress(String s) {
        try {
            URI uri = new URI(s);
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        // a year may be written as a number; anything else but a string is a mistake worth reporting
        if (!v.isTextual() && !v.isNumber()) {
            throw new IllegalArgumentException("metadata: " + field + " must be a string");
        }
        return v.asText();
    }
}
