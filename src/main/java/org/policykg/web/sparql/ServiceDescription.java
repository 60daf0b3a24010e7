package org.policykg.web.sparql;

import io.javalin.http.Context;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.policykg.web.Conneg;

/** The SPARQL 1.1 Service Description answered on {@code GET /sparql} without a query. */
final class ServiceDescription {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private ServiceDescription() {}

    static void write(Context ctx) {
        GraphFormat format = Conneg.choose(ctx, GraphFormat.ALL);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        Resource endpoint = m.createResource(ctx.fullUrl().replaceFirst("\\?.*$", ""));
        Resource service = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), endpoint)
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Update"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : new String[] {
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "JSON-LD",
            "N-Triples",
            "RDF_XML"
        }) {
            service.addProperty(
                    m.createProperty(SD, "resultFormat"), m.createResource("http://www.w3.org/ns/formats/" + f));
        }
        ctx.contentType(format.contentType());
        format.write(ctx.outputStream(), m.getGraph());
    }
}
