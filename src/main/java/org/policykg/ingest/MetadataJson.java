package org.policykg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import org.policykg.extract.Metadata;

/**
 * The one JSON to {@link Metadata} mapping, shared by seed sidecars ({@code NAME.meta.json}) and
 * the ingest API's {@code metadata} object, so both accept the same field names.
 */
public final class MetadataJson {
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
                    text(j, "abstract"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "metadata: issued must be YYYY-MM-DD and translationPublished YYYY: " + e.getParsedString(), e);
        }
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
