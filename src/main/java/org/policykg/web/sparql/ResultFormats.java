package org.policykg.web.sparql;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The media types the endpoint writes, each bound to its Jena writer. First entry = default. The
 * graph formats are shared with the Graph Store Protocol endpoint, so both offer the same choice.
 */
public final class ResultFormats {
    static final List<String> RESULTS = List.of(
            "application/sparql-results+json",
            "application/sparql-results+xml",
            "text/csv",
            "text/tab-separated-values",
            "application/json");
    public static final List<String> GRAPHS =
            List.of("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml");

    private static final Map<String, Lang> RESULT_LANGS = Map.of(
            "application/sparql-results+json", ResultSetLang.RS_JSON,
            "application/json", ResultSetLang.RS_JSON,
            "application/sparql-results+xml", ResultSetLang.RS_XML,
            "text/csv", ResultSetLang.RS_CSV,
            "text/tab-separated-values", ResultSetLang.RS_TSV);
    /** Jena's writers for the graph formats but Turtle, which {@link TurtleWriter} writes. */
    private static final Map<String, RDFFormat> GRAPH_FORMATS = Map.of(
            "application/ld+json", RDFFormat.JSONLD11_PRETTY,
            "application/n-triples", RDFFormat.NTRIPLES,
            "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

    private ResultFormats() {}

    static Lang resultLang(String mediaType) {
        return RESULT_LANGS.get(mediaType);
    }

    /** Writes {@code graph} as {@code mediaType} (one of {@link #GRAPHS}), declaring the graph's prefixes. */
    public static void writeGraph(OutputStream out, Graph graph, String mediaType) {
        if (mediaType.equals("text/turtle")) {
            TurtleWriter.write(out, graph, graph.getPrefixMapping());
        } else {
            RDFDataMgr.write(out, graph, GRAPH_FORMATS.get(mediaType));
        }
    }

    /** Content-Type header value: text formats say their charset. */
    public static String contentType(String mediaType) {
        return mediaType.startsWith("text/") || mediaType.equals("application/n-triples")
                ? mediaType + "; charset=utf-8"
                : mediaType;
    }
}
