package org.policykg.web.gsp;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policykg.web.HttpProblem;

/**
 * Reads the RDF in a request body into a graph, before any store transaction opens. Parsing never
 * fetches anything: JSON-LD gets a document loader that refuses every remote or file context, and
 * Jena 5's RDF/XML parser leaves external entities and DTDs unread, as it ships (GraphStoreEndpointIT
 * checks both against a loopback server and a local file).
 */
final class RdfBodies {
    static final String MULTIPART = "multipart/form-data";

    private static final Map<String, Lang> LANGS = Map.of(
            "text/turtle", Lang.TURTLE,
            "application/n-triples", Lang.NTRIPLES,
            "application/rdf+xml", Lang.RDFXML,
            "application/ld+json", Lang.JSONLD);
    private static final String ACCEPTED =
            String.join(", ", LANGS.keySet().stream().sorted().toList()) + ", " + MULTIPART;

    private RdfBodies() {}

    /**
     * @param base the IRI that relative IRIs in the body resolve against
     * @throws HttpProblem 415 for a media type not listed above, 400 for a body that does not parse
     */
    static Graph parse(Context ctx, String base) {
        MediaType type = mediaType(ctx.header("Content-Type"));
        Graph graph = GraphFactory.createDefaultGraph();
        if (type.getContentTypeStr().equals(MULTIPART)) {
            readParts(ctx, base, graph);
        } else {
            // bodyAsBytes, not the raw stream: it enforces the server's maximum request size
            read(new ByteArrayInputStream(ctx.bodyAsBytes()), lang(type), base, graph, "");
        }
        return graph;
    }

    /** An HTML form upload: every file part is an RDF document of its own media type. */
    private static void readParts(Context ctx, String base, Graph into) {
        List<UploadedFile> parts;
        try {
            parts = ctx.uploadedFiles();
        } catch (Exception e) { // Jetty's checked ServletException, thrown through Kotlin undeclared
            throw HttpProblem.unreadableMultipart(e);
        }
        if (parts.isEmpty()) {
            throw HttpProblem.badRequest("The multipart/form-data body has no file parts to read as RDF.");
        }
        for (UploadedFile part : parts) {
            try (InputStream in = part.content()) {
                read(in, lang(mediaType(part.contentType())), base, into, "part '" + part.filename() + "': ");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void read(InputStream in, Lang lang, String base, Graph into, String where) {
        RDFParser parser = RDFParser.source(in)
                .lang(lang)
                .base(base)
                // a client's syntax error is answered with a 400, not logged as a server error
                .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                .set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(RdfBodies::refuseToLoad))
                .build();
        try {
            parser.parse(into);
        } catch (RiotException e) {
            throw HttpProblem.badRequest("The " + lang.getLabel() + " body does not parse: " + where + e.getMessage());
        }
    }

    private static Document refuseToLoad(URI url, DocumentLoaderOptions options) throws JsonLdError {
        throw new JsonLdError(
                JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "This server loads no remote JSON-LD contexts (" + url + "); put the context inline.");
    }

    private static MediaType mediaType(String header) {
        if (header == null || header.isBlank()) {
            throw HttpProblem.unsupportedMediaType("The body needs a Content-Type, one of: " + ACCEPTED + ".");
        }
        MediaType type = MediaType.create(header);
        String charset = type.getCharset();
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw HttpProblem.unsupportedMediaType("RDF bodies are UTF-8; charset=" + charset + " is not accepted.");
        }
        return MediaType.create(type.getContentTypeStr().toLowerCase(Locale.ROOT));
    }

    private static Lang lang(MediaType type) {
        Lang lang = LANGS.get(type.getContentTypeStr());
        if (lang == null) {
            throw HttpProblem.unsupportedMediaType(
                    "Cannot read " + type.getContentTypeStr() + " here; send one of: " + ACCEPTED + ".");
        }
        return lang;
    }
}
