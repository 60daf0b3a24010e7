package org.policykg.web.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.policykg.extract.Metadata;
import org.policykg.ingest.DocumentIngest;
import org.policykg.ingest.MetadataJson;
import org.policykg.ingest.Pipeline;
import org.policykg.ingest.SourceFiles;
import org.policykg.ontology.ShapeValidator;
import org.policykg.store.GraphStore;
import org.policykg.web.AdminAuth;
import org.policykg.web.HttpProblem;

/**
 * {@code POST /api/documents} (a text, as JSON with metadata, as {@code multipart/form-data} with a
 * text part and metadata, or as {@code text/plain} with {@code ?id=}) and {@code DELETE /api/documents/{id}}; both need the admin token. Every check runs
 * before the store is touched, so a refused request changes nothing.
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

    /** What a request asks to ingest, before any check of the text. */
    record Submission(String id, String text, Metadata metadata) {}

    private void post(Context ctx) {
        auth.require(ctx);
        Submission s;
        if (isMultipart(ctx)) {
            s = MultipartSubmission.read(ctx); // the parts must be read before anything takes the body
        } else {
            byte[] body = ctx.bodyAsBytes();
            // JSON escapes can only make the body longer than its text, so this bound never refuses a fitting text
            if (body.length > DocumentIngest.MAX_TEXT_BYTES * 6L + 64 * 1024) {
                throw tooLarge();
            }
            s = parse(ctx, body);
        }
        DocumentIngest.Result r;
        try {
            r = new DocumentIngest(pipeline.get()).ingest(store, s.id(), null, s.text(), s.metadata());
        } catch (DocumentIngest.RejectedTextException e) {
            throw e.reason() == DocumentIngest.RejectedTextException.Reason.TOO_LARGE
                    ? tooLarge()
                    : HttpProblem.badRequest(e.getMessage());
        } catch (ShapeValidator.InvalidGraphException e) {
            throw HttpProblem.unprocessable(e.getMessage());
        }
        ctx.status(r.replaced() ? 200 : 201);
        ctx.header("Location", "/api/documents/" + r.id());
        ctx.json(result(r));
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

    private static Submission parse(Context ctx, byte[] body) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.equals("text/plain")) {
            String charset = charset(type);
            if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
                throw HttpProblem.unsupportedMediaType("A text/plain body must be UTF-8, not " + charset + ".");
            }
            try {
                return new Submission(ctx.queryParam("id"), SourceFiles.decode(body, "The body"), Metadata.EMPTY);
            } catch (IOException e) {
                throw HttpProblem.badRequest(e.getMessage() + ": it has bytes that are not valid UTF-8.");
            }
        }
        if (mediaType.equals("application/json")) {
            return parseJson(ctx, body);
        }
        throw HttpProblem.unsupportedMediaType(
                "POST /api/documents takes application/json, multipart/form-data or text/plain; charset=utf-8, not '"
                        + type + "'.");
    }

    private static Submission parseJson(Context ctx, byte[] body) {
        JsonNode j;
        try {
            j = JsonLd.JSON.readTree(body);
        } catch (JacksonException e) {
            throw HttpProblem.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw HttpProblem.badRequest("The body could not be read as JSON: " + e.getMessage());
        }
        if (j == null || !j.isObject()) {
            throw HttpProblem.badRequest("The body must be a JSON object with \"id\" and \"text\".");
        }
        JsonNode text = j.get("text");
        if (text != null && !text.isNull() && !text.isTextual()) {
            throw HttpProblem.badRequest("\"text\" must be a string.");
        }
        JsonNode id = j.get("id");
        String theId = id != null && id.isTextual() ? id.asText() : ctx.queryParam("id");
        try {
            return new Submission(theId, text == null ? null : text.textValue(), MetadataJson.parse(j.get("metadata")));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
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
        ObjectNode counts = o.putObject("statements");
        for (Map.Entry<String, Long> e : r.counts().entrySet()) {
            counts.put(e.getKey(), e.getValue());
        }
        var candidates = o.putArray("candidateConcepts");
        for (DocumentIngest.Candidate c : r.candidates()) {
            candidates.addObject().put("id", c.iri()).put("label", c.label());
        }
        return o;
    }
}
