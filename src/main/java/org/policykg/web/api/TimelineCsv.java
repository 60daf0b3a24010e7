package org.policykg.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.policykg.web.Conneg;
import org.policykg.web.HttpProblem;

/**
 * A timeline as CSV, one row a document: the data behind the chart, for a spreadsheet. Chosen by
 * {@code ?format=csv} (a link a browser can follow) or by {@code Accept: text/csv}.
 */
final class TimelineCsv {
    static final String MEDIA_TYPE = "text/csv";
    private static final List<String> OFFERS = List.of(JsonLd.MEDIA_TYPE, "application/json", MEDIA_TYPE);
    private static final String[] HEADER = {
        "issued", "document", "language", "title", "occurrences", "roles", "firstOccurrence", "latestOccurrence"
    };

    private TimelineCsv() {}

    /** Whether the request asks for CSV; a {@code format} other than csv, json or jsonld is a 400. */
    static boolean wanted(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json", "jsonld" -> false;
                default -> throw HttpProblem.badRequest("format must be csv, json or jsonld, not " + format + ".");
            };
        }
        return MEDIA_TYPE.equals(Conneg.negotiate(ctx, OFFERS));
    }

    static void write(Context ctx, String id, JsonNode timeline) {
        StringBuilder out = new StringBuilder();
        record(out, HEADER);
        for (JsonNode entry : timeline.path("timeline")) {
            JsonNode doc = entry.path("inDocument");
            List<String> roles = new ArrayList<>();
            entry.path("roles").forEach(r -> roles.add(label(r)));
            record(
                    out,
                    doc.path("issued").asText(""),
                    doc.path("id").asText(),
                    doc.path("language").asText(""),
                    title(doc.path("title")),
                    String.valueOf(entry.path("occurrences").asLong()),
                    String.join("; ", roles),
                    String.valueOf(entry.path("firstOccurrence").asBoolean()),
                    String.valueOf(entry.path("latestOccurrence").asBoolean()));
        }
        ctx.header("Content-Disposition", "inline; filename=\"" + id + "-timeline.csv\"");
        ctx.contentType(MEDIA_TYPE + "; charset=utf-8; header=present").result(out.toString());
    }

    /** One RFC 4180 record of {@link CsvCells}, CRLF after. */
    private static void record(StringBuilder out, String... fields) {
        out.append(Stream.of(fields).map(CsvCells::field).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    /** A role's English label, else any label, else its IRI. */
    private static String label(JsonNode node) {
        JsonNode labels = node.path("prefLabel");
        if (labels.has("en")) {
            return labels.get("en").asText();
        }
        return labels.isObject() && labels.size() > 0
                ? labels.elements().next().asText()
                : node.path("id").asText();
    }

    /** The title in its first language (a map of language to title). */
    private static String title(JsonNode titles) {
        if (titles.has("en")) {
            return titles.get("en").asText();
        }
        return titles.isObject() && titles.size() > 0 ? titles.elements().next().asText() : "";
    }
}
