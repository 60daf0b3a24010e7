package org.policykg.web.sparql;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.MediaType;
import org.policykg.web.HttpProblem;

/**
 * A SPARQL 1.1 Protocol request, checked before the store is touched: exactly one operation, a
 * content type the protocol allows, UTF-8, and the dataset parameters.
 *
 * @param operation the query or update text
 * @param update whether this is an update rather than a query
 */
public record SparqlRequest(String operation, boolean update, List<String> defaultGraphs, List<String> namedGraphs) {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String QUERY_TYPE = "application/sparql-query";
    static final String UPDATE_TYPE = "application/sparql-update";

    public SparqlRequest {
        defaultGraphs = List.copyOf(defaultGraphs);
        namedGraphs = List.copyOf(namedGraphs);
    }

    /** @return null for a GET without any operation (the caller serves a description instead) */
    public static SparqlRequest parse(Context ctx) {
        if (ctx.method() == HandlerType.GET) {
            Map<String, List<String>> params = ctx.queryParamMap();
            if (params.containsKey("update")) {
                throw HttpProblem.badRequest("SPARQL Update must be sent with POST, not GET.");
            }
            if (!params.containsKey("query")) {
                return null;
            }
            return new SparqlRequest(
                    single(params.get("query"), "query"),
                    false,
                    ctx.queryParams("default-graph-uri"),
                    ctx.queryParams("named-graph-uri"));
        }
        MediaType type = contentType(ctx);
        String mime = type.getContentTypeStr().toLowerCase(Locale.ROOT);
        return switch (mime) {
            case FORM -> fromForm(ctx);
            case QUERY_TYPE ->
                new SparqlRequest(
                        body(ctx), false, ctx.queryParams("default-graph-uri"), ctx.queryParams("named-graph-uri"));
            case UPDATE_TYPE ->
                new SparqlRequest(
                        body(ctx), true, ctx.queryParams("using-graph-uri"), ctx.queryParams("using-named-graph-uri"));
            default ->
                throw HttpProblem.unsupportedMediaType("POST to the SPARQL endpoint takes " + QUERY_TYPE + ", "
                        + UPDATE_TYPE + " or " + FORM + ", not " + mime + ".");
        };
    }

    private static SparqlRequest fromForm(Context ctx) {
        Map<String, List<String>> form = ctx.formParamMap();
        boolean query = form.containsKey("query");
        boolean update = form.containsKey("update");
        if (query == update) {
            throw HttpProblem.badRequest(
                    "A form POST to the SPARQL endpoint needs exactly one of 'query' or 'update'.");
        }
        if (query) {
            return new SparqlRequest(
                    single(form.get("query"), "query"),
                    false,
                    both(ctx, "default-graph-uri"),
                    both(ctx, "named-graph-uri"));
        }
        return new SparqlRequest(
                single(form.get("update"), "update"),
                true,
                both(ctx, "using-graph-uri"),
                both(ctx, "using-named-graph-uri"));
    }

    private static List<String> both(Context ctx, String name) {
        List<String> fromForm = ctx.formParams(name);
        return fromForm.isEmpty() ? ctx.queryParams(name) : fromForm;
    }

    private static MediaType contentType(Context ctx) {
        String header = ctx.header("Content-Type");
        if (header == null || header.isBlank()) {
            throw HttpProblem.unsupportedMediaType("POST to the SPARQL endpoint needs a Content-Type: " + QUERY_TYPE
                    + ", " + UPDATE_TYPE + " or " + FORM + ".");
        }
        MediaType type = MediaType.create(header);
        String charset = type.getCharset();
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw HttpProblem.unsupportedMediaType(
                    "SPARQL requests are UTF-8; charset=" + charset + " is not accepted.");
        }
        return type;
    }

    private static String body(Context ctx) {
        return new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
    }

    private static String single(List<String> values, String name) {
        if (values.size() != 1) {
            throw HttpProblem.badRequest(
                    "Exactly one '" + name + "' parameter is allowed; this request has " + values.size() + ".");
        }
        return values.get(0);
    }
}
