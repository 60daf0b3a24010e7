package org.policykg.web.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policykg.extract.Metadata;
import org.policykg.ingest.DocumentIngest;
import org.policykg.ingest.MetadataJson;
import org.policykg.ingest.SourceFiles;
import org.policykg.web.HttpProblem;

/**
 * Reads a {@code multipart/form-data} upload for {@code POST /api/documents}: a {@code text} part
 * (a field, or a file: UTF-8 text, PDF or HTML by its content type, else its extension), and the metadata as one {@code metadata} JSON part or as one field per
 * metadata name ({@code title}, {@code issued}, ...). The id is the {@code id} field, else
 * {@code ?id=}, else the text file's name without its extension, as for {@code load}.
 */
final class MultipartSubmission {
    /** Fields that are not metadata. */
    private static final Set<String> OWN_FIELDS = Set.of("id", "text", "metadata");

    private MultipartSubmission() {}

    static IngestRoutes.Submission read(Context ctx) {
        Map<String, List<UploadedFile>> files;
        Map<String, List<String>> fields;
        try {
            files = ctx.uploadedFileMap();
            fields = ctx.formParamMap();
        } catch (Exception e) { // Jetty's checked ServletException, thrown through Kotlin undeclared
            throw HttpProblem.unreadableMultipart(e);
        }
        UploadedFile textFile = only(files, "text");
        String textField = onlyField(fields, "text");
        if ((textFile == null) == (textField == null)) {
            throw HttpProblem.badRequest(
                    textFile == null
                            ? "The multipart/form-data body needs a 'text' part holding the document's text."
                            : "The multipart/form-data body has both a 'text' file and a 'text' field: send one.");
        }
        SourceFiles.Converted converted =
                textFile != null ? convert(textFile) : new SourceFiles.Converted(textField, null);
        String id = onlyField(fields, "id");
        if (id == null) {
            id = ctx.queryParam("id");
        }
        String fileName = textFile == null ? null : ContentDisposition.baseName(textFile.filename());
        if (id == null && fileName != null) {
            id = SourceFiles.idOf(fileName);
        }
        return new IngestRoutes.Submission(
                id, converted.text(), metadata(files, fields), fileName, converted.original());
    }

    private static Metadata metadata(Map<String, List<UploadedFile>> files, Map<String, List<String>> fields) {
        UploadedFile file = only(files, "metadata");
        String field = onlyField(fields, "metadata");
        if (file != null && field != null) {
            throw HttpProblem.badRequest("The body has both a 'metadata' file and a 'metadata' field: send one.");
        }
        JsonNode json;
        if (file != null || field != null) {
            String raw = file != null ? decode(file, "metadata") : field;
            try {
                json = JsonLd.JSON.readTree(raw);
            } catch (JacksonException e) {
                throw HttpProblem.badRequest("The 'metadata' part is not valid JSON: " + e.getOriginalMessage());
            }
            for (String name : fields.keySet()) {
                if (!OWN_FIELDS.contains(name)) {
                    throw HttpProblem.badRequest("Send metadata as one 'metadata' JSON part or as fields, not both ('"
                            + name + "' is a field).");
                }
            }
        } else {
            ObjectNode o = JsonLd.JSON.createObjectNode();
            for (String name : fields.keySet()) {
                if (!OWN_FIELDS.contains(name)) {
                    o.put(name, onlyField(fields, name));
                }
            }
            json = o;
        }
        try {
            return MetadataJson.parse(json);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
    }

    private static UploadedFile only(Map<String, List<UploadedFile>> files, String name) {
        List<UploadedFile> named = files.getOrDefault(name, List.of());
        if (named.size() > 1) {
            throw HttpProblem.badRequest("The body has " + named.size() + " '" + name + "' parts: send one.");
        }
        return named.isEmpty() ? null : named.get(0);
    }

    private static String onlyField(Map<String, List<String>> fields, String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw HttpProblem.badRequest("The body has " + values.size() + " '" + name + "' fields: send one.");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** A text, PDF or HTML file part, by its content type, else its name's extension. */
    private static SourceFiles.Converted convert(UploadedFile part) {
        if (part.size() > DocumentIngest.MAX_TEXT_BYTES) {
            throw HttpProblem.contentTooLarge(
                    "The file is larger than the limit of " + DocumentIngest.MAX_TEXT_BYTES + " bytes.");
        }
        try (InputStream in = part.content()) {
            return SourceFiles.convert(in.readAllBytes(), part.contentType(), part.filename());
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("is not UTF-8")) {
                throw HttpProblem.badRequest(e.getMessage() + ": it has bytes that are not valid UTF-8.");
            }
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(UploadedFile part, String name) {
        if (part.size() > DocumentIngest.MAX_TEXT_BYTES) {
            throw HttpProblem.contentTooLarge(
                    "The text is larger than the limit of " + DocumentIngest.MAX_TEXT_BYTES + " bytes (UTF-8).");
        }
        try (InputStream in = part.content()) {
            return SourceFiles.decode(in.readAllBytes(), "The '" + name + "' part");
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("is not UTF-8")) {
                throw HttpProblem.badRequest(e.getMessage() + ": it has bytes that are not valid UTF-8.");
            }
            throw new UncheckedIOException(e);
        }
    }
}
