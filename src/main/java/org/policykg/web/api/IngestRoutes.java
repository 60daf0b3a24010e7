package org.policykg.web.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.policykg.extract.Deadline;
import org.policykg.extract.Metadata;
import org.policykg.extract.SourceText;
import org.policykg.ingest.DocumentIngest;
import org.policykg.ingest.IngestWarning;
import org.policykg.ingest.MetadataJson;
import org.policykg.ingest.Pipeline;
import org.policykg.ingest.SourceFiles;
import org.policykg.ingest.SourceFormat;
import org.policykg.ontology.ShapeValidator;
import org.policykg.store.GraphStore;
import org.policykg.web.AdminAuth;
import org.policykg.web.HttpProblem;
import org.policykg.web.RequestNotes;

/**
 * {@code POST /api/documents} (a text, as JSON with metadata, as {@code multipart/form-data} with a
 * text, PDF or HTML file part and metadata, or as a {@code text/plain}, {@code application/pdf} or
 * {@code text/html} body with {@code ?id=} or a {@code Content-Disposition} file name; or several texts as JSON
 * {@code {"documents": [...]}}, stored in one transaction) and {@code DELETE /api/documents/{id}};
 * both need the admin token. Every check runs before the store is touched, so a refused request
 * changes nothing.
 */
public final class IngestRoutes {
    private final GraphStore store;
    private final AdminAuth auth;
    private final Supplier<Pipeline> pipeline;

    public IngestRoutes(GraphStore store, AdminAuth auth, Supplier<Pipeline> pipeline) {
        this.store = store;
        this.auth = auth;
        this.pipeline = pipeline;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/documents", this::post);
        routes.delete("/api/documents/{id}", this::delete);
    }

    /**
     * What a request asks to ingest, before any check of the text: with the name of the file it was
     * sent as (or null) and the file the text was converted from (a PDF, an HTML page; or null).
     */
    record Submission(String id, String text, Metadata metadata, String fileName, SourceText.Original original) {
        Submission(String id, String text, Metadata metadata) {
            this(id, text, metadata, null, null);
        }
    }

    /**
     * The documents of a request: one, or with {@code batch} those of a {@code {"documents": [...]}}
     * body, stored in one transaction and answered as a list.
     */
    record Request(List<Submission> documents, boolean batch) {}

    private void post(Context ctx) {
        auth.require(ctx);
        Request request;
        List<DocumentIngest.Result> results;
        try {
            if (isMultipart(ctx)) {
                // the parts must be read before anything takes the body
                request = new Request(List.of(MultipartSubmission.read(ctx)), false);
            } else {
                byte[] body = ctx.bodyAsBytes();
                // JSON escapes can only make the body longer than its text, so this bound never refuses a fitting text
                if (body.length > DocumentIngest.MAX_TEXT_BYTES * 6L + 64 * 1024) {
                    throw tooLarge();
                }
                request = parse(ctx, body);
            }
            results = new DocumentIngest(pipeline.get())
                    .ingestAll(
                            store,
                            request.documents().stream()
                                    .map(s -> new DocumentIngest.Submission(
                                            s.id(), s.fileName(), s.text(), s.metadata(), s.original()))
                                    .toList(),
                            DocumentIngest.TIME_LIMIT);
        } catch (Deadline.Exceeded e) {
            RequestNotes.timedOut(ctx);
            ctx.header("Retry-After", "60");
            throw HttpProblem.unavailable("Extracting and checking the text took longer than this server's limit of "
                            + DocumentIngest.TIME_LIMIT.toSeconds() + " s; nothing was stored. Send a shorter text,"
                            + " or the document in parts.")
                    .reason("ingest-timeout");
        } catch (DocumentIngest.RejectedTextException e) {
            throw switch (e.reason()) {
                case TOO_LARGE, TOO_MANY -> HttpProblem.contentTooLarge(e.getMessage());
                default ->
                    e.reason().unreadable()
                            ? HttpProblem.unprocessable(e.getMessage())
                            : HttpProblem.badRequest(e.getMessage());
            };
        } catch (ShapeValidator.InvalidGraphException e) {
            throw HttpProblem.unprocessable(e.getMessage());
        }
        boolean anyReplaced = results.stream().anyMatch(DocumentIngest.Result::replaced);
        ctx.status(anyReplaced ? 200 : 201);
        if (request.batch()) {
            ObjectNode o = JsonLd.JSON.createObjectNode();
            ArrayNode documents = o.putArray("documents");
            results.forEach(r -> documents.add(result(r)));
            ctx.json(o);
        } else {
            DocumentIngest.Result r = results.get(0);
            ctx.header("Location", "/api/documents/" + r.id());
            ctx.json(result(r));
        }
    }

    private void delete(Context ctx) {
        auth.require(ctx);
        String id = ctx.pathParam("id");
        if (!new DocumentIngest(pipeline.get()).delete(store, id)) {
            throw HttpProblem.notFound("No document " + id + "; GET /api/documents lists them.");
        }
        ctx.status(204);
    }

    private static boolean isMultipart(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        return type.split(";", 2)[0].strip().equalsIgnoreCase("multipart/form-data");
    }

    private static Request parse(Context ctx, byte[] body) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.equals("text/plain")) {
            String charset = charset(type);
            if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
                throw HttpProblem.unsupportedMediaType("A text/plain body must be UTF-8, not " + charset + ".");
            }
            try {
                return new Request(
                        List.of(new Submission(
                                bodyId(ctx, ContentDisposition.fileName(ctx.header("Content-Disposition"))),
                                SourceFiles.decode(body, "The body"),
                                Metadata.EMPTY)),
                        false);
            } catch (IOException e) {
                throw HttpProblem.badRequest(e.getMessage() + ": it has bytes that are not valid UTF-8.");
            }
        }
        if (mediaType.equals("application/json")) {
            return parseJson(ctx, body);
        }
        SourceFormat format = SourceFormat.ofMediaType(mediaType);
        String fileName = ContentDisposition.fileName(ctx.header("Content-Disposition"));
        if (format == null && mediaType.equals("application/octet-stream")) {
            format = SourceFormat.ofFileName(fileName);
        }
        if (format == null) {
            throw HttpProblem.unsupportedMediaType(
                    "POST /api/documents takes application/json, multipart/form-data, text/plain; charset=utf-8, "
                            + "application/pdf or text/html, not '" + type + "'.");
        }
        SourceFiles.Converted c;
        try {
            c = SourceFiles.convert(body, format.mediaType() + charsetParameter(type), fileName);
        } catch (IOException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
        return new Request(
                List.of(new Submission(bodyId(ctx, fileName), c.text(), Metadata.EMPTY, fileName, c.original())),
                false);
    }

    /** The id of a document sent as the body: {@code ?id=}, else the stem of its file name, else null. */
    private static String bodyId(Context ctx, String fileName) {
        String id = ctx.queryParam("id");
        return id == null && fileName != null ? SourceFiles.idOf(fileName) : id;
    }

    private static Request parseJson(Context ctx, byte[] body) {
        JsonNode j;
        try {
            j = StrictJson.read(body);
        } catch (JacksonException e) {
            throw HttpProblem.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        } catch (StrictJson.LoneSurrogate e) {
            throw HttpProblem.badRequest("The body is not valid JSON: " + e.getMessage());
        } catch (IOException e) {
            throw HttpProblem.badRequest("The body could not be read as JSON: " + e.getMessage());
        }
        if (j == null || !j.isObject()) {
            throw HttpProblem.badRequest(
                    "The body must be a JSON object with \"id\" and \"text\", or with \"documents\": a list of such objects.");
        }
        JsonNode documents = j.get("documents");
        if (documents == null) {
            return new Request(List.of(submission(j, ctx.queryParam("id"), "")), false);
        }
        if (!documents.isArray() || j.size() != 1) {
            throw HttpProblem.badRequest(
                    "A batch is an object whose only member is \"documents\", a list of objects with \"id\" and \"text\".");
        }
        List<Submission> batch = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            JsonNode d = documents.get(i);
            String which = "Document " + (i + 1) + ": ";
            if (!d.isObject()) {
                throw HttpProblem.badRequest(which + "each document must be an object with \"id\" and \"text\".");
            }
            batch.add(submission(d, null, which));
        }
        return new Request(batch, true);
    }

    /** One document's object: {@code id} (else {@code fallbackId}), {@code text}, {@code metadata}. */
    private static Submission submission(JsonNode j, String fallbackId, String which) {
        JsonNode text = j.get("text");
        if (text != null && !text.isNull() && !text.isTextual()) {
            throw HttpProblem.badRequest(which + "\"text\" must be a string.");
        }
        JsonNode id = j.get("id");
        String theId = id != null && id.isTextual() ? id.asText() : fallbackId;
        try {
            return new Submission(theId, text == null ? null : text.textValue(), MetadataJson.parse(j.get("metadata")));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(which + e.getMessage());
        }
    }

    /** The {@code ; charset=...} of a media type, or "". */
    private static String charsetParameter(String contentType) {
        String charset = charset(contentType);
        return charset == null ? "" : "; charset=" + charset;
    }

    private static String charset(String contentType) {
        for (String param : contentType.split(";")) {
            String[] kv = param.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                return kv[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static HttpProblem tooLarge() {
        return HttpProblem.contentTooLarge(
                "The text is larger than the limit of " + DocumentIngest.MAX_TEXT_BYTES + " bytes (UTF-8).");
    }

    private static ObjectNode result(DocumentIngest.Result r) {
        ObjectNode o = JsonLd.JSON.createObjectNode();
        o.put("id", r.documentIri());
        o.put("document", r.id());
        o.put("graph", r.graphName());
        o.put("triples", r.triples());
        o.put("language", r.reading().language());
        var warnings = o.putArray("warnings");
        for (IngestWarning w : r.warnings()) {
            ObjectNode j = warnings.addObject().put("code", w.code()).put("message", w.message());
            if (!w.labels().isEmpty()) {
                j.put("count", w.count());
                w.labels().forEach(j.putArray("labels")::add);
            }
        }
        ObjectNode counts = o.putObject("statements");
        for (Map.Entry<String, Long> e : r.counts().entrySet()) {
            counts.put(e.getKey(), e.getValue());
        }
        var candidates = o.putArray("candidateConcepts");
        for (DocumentIngest.Candidate c : r.candidates()) {
            candidates.addObject().put("id", c.iri()).put("label", c.label());
        }
        // role phrases the scheme lacks, counted for a curator like candidate concepts
        var roles = o.putArray("candidateRoles");
        for (DocumentIngest.Candidate c : r.candidateRoles()) {
            roles.addObject().put("id", c.iri()).put("label", c.label());
        }
        return o;
    }
}
