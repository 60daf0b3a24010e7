package org.policykg.web.sparql;

import java.io.OutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.policykg.web.MediaFormat;

/**
 * The RDF formats a graph is written in, each with its writer: CONSTRUCT and DESCRIBE answers, the
 * Graph Store Protocol, Linked Data and the service and dataset descriptions all write through these,
 * so one {@code Accept} gets the same bytes everywhere. The first is the default.
 */
public enum GraphFormat implements MediaFormat {
    /** Written by {@link TurtleWriter}, which groups a subject's triples as Jena's pretty writer does, faster. */
    TURTLE("text/turtle", true, null),
    JSON_LD("application/ld+json", false, RDFFormat.JSONLD11_PRETTY),
    N_TRIPLES("application/n-triples", true, RDFFormat.NTRIPLES),
    RDF_XML("application/rdf+xml", false, RDFFormat.RDFXML_PLAIN);

    /** Every format, the default first. */
    public static final List<GraphFormat> ALL = List.of(values());

    private final String mediaType;
    private final String contentType;
    private final RDFFormat jenaFormat;

    GraphFormat(String mediaType, boolean utf8, RDFFormat jenaFormat) {
        this.mediaType = mediaType;
        this.contentType = utf8 ? mediaType + "; charset=utf-8" : mediaType;
        this.jenaFormat = jenaFormat;
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public String contentType() {
        return contentType;
    }

    /** Writes {@code graph}, declaring the graph's prefixes. */
    public void write(OutputStream out, Graph graph) {
        if (jenaFormat == null) {
            TurtleWriter.write(out, graph, graph.getPrefixMapping());
        } else {
            RDFDataMgr.write(out, graph, jenaFormat);
        }
    }

    /** The format of {@code mediaType}, one of {@link #ALL}'s. */
    public static GraphFormat of(String mediaType) {
        for (GraphFormat f : ALL) {
            if (f.mediaType.equals(mediaType)) {
                return f;
            }
        }
        throw new IllegalArgumentException("not a graph format: " + mediaType);
    }
}
