package org.policykg.web.ld;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.policykg.store.GraphStore;
import org.policykg.vocab.PKG;
import org.policykg.web.Conneg;
import org.policykg.web.sparql.GraphFormat;

/**
 * The dataset described in VoID and DCAT at {@code /.well-known/void} (RFC 5785 name of VoID) and
 * {@code /void}: size, named graphs as subsets, vocabularies, the SPARQL endpoint as a
 * {@code dcat:DataService} and the three dumps as {@code dcat:Distribution}s. URLs are built from the
 * request, so they name this server as the client reached it.
 */
public final class DatasetDescription {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String MEDIA = "http://www.iana.org/assignments/media-types/";
    private static final List<String[]> DUMPS = List.of(
            new String[] {"dump.ttl", "text/turtle", "Turtle: the union of all graphs"},
            new String[] {"dump.nq", "application/n-quads", "N-Quads: every named graph"},
            new String[] {"dump.jsonld", "application/ld+json", "JSON-LD: every named graph"});
    private static final List<String> VOCABULARIES = List.of(
            PKG.NS,
            "http://www.w3.org/2004/02/skos/core#",
            "http://www.w3.org/ns/prov#",
            "http://www.w3.org/ns/oa#",
            "http://purl.org/dc/terms/",
            "http://xmlns.com/foaf/0.1/");

    private final GraphStore store;
    private final String base;

    /** @param base the data namespace, given as the dataset's {@code void:uriSpace} */
    public DatasetDescription(GraphStore store, String base) {
        this.store = store;
        this.base = base;
    }

    public void register(RoutesConfig routes) {
        routes.get("/.well-known/void", this::write);
        routes.get("/void", this::write);
    }

    private void write(Context ctx) {
        GraphFormat format = Conneg.choose(ctx, GraphFormat.ALL);
        String root = URI.create(ctx.url()).resolve("/").toString();
        Model m = describe(root);
        ctx.contentType(format.contentType());
        format.write(ctx.outputStream(), m.getGraph());
    }

    Model describe(String root) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS);
        Property triples = m.createProperty(VOID, "triples");
        Resource dataset = m.createResource(root + "void#dataset")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "policy-kg: concepts of CCP policy documents", "en")
                .addProperty(
                        DCTerms.description,
                        "Statements extracted from policy texts, each with its evidence in the text, under the policy-kg ontology.",
                        "en")
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(root + "sparql"))
                .addProperty(m.createProperty(VOID, "uriSpace"), base)
                .addProperty(m.createProperty(VOID, "rootResource"), PKG.SecurityConceptScheme);
        VOCABULARIES.forEach(v -> dataset.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(v)));
        store.read(dsg -> {
            dataset.addLiteral(
                    triples,
                    m.createTypedLiteral(Long.toString(dsg.getUnionGraph().size()), XSD.integer.getURI()));
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                Resource graph = m.createResource(root + "void#graph-"
                                + Integer.toHexString(g.getURI().hashCode()))
                        .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                        .addProperty(
                                m.createProperty("http://www.w3.org/ns/sparql-service-description#", "name"),
                                m.createResource(g.getURI()))
                        .addLiteral(
                                triples,
                                m.createTypedLiteral(
                                        Long.toString(dsg.getGraph(g).size()), XSD.integer.getURI()));
                dataset.addProperty(m.createProperty(VOID, "subset"), graph);
            }
            return null;
        });
        Resource service = m.createResource(root + "sparql#service")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, m.createResource(root + "sparql"))
                .addProperty(DCAT.endpointDescription, m.createResource(root + "sparql"))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCAT.servesDataset, dataset);
        for (String[] dump : DUMPS) {
            Resource file = m.createResource(root + dump[0]);
            dataset.addProperty(m.createProperty(VOID, "dataDump"), file);
            dataset.addProperty(
                    DCAT.distribution,
                    m.createResource(root + dump[0] + "#distribution")
                            .addProperty(RDF.type, DCAT.Distribution)
                            .addProperty(DCTerms.title, dump[2], "en")
                            .addProperty(DCAT.downloadURL, file)
                            .addProperty(DCAT.accessURL, file)
                            .addProperty(DCAT.mediaType, m.createResource(MEDIA + dump[1])));
        }
        m.createResource(root + "void#catalog")
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, "policy-kg catalog", "en")
                .addProperty(DCAT.dataset, dataset)
                .addProperty(DCAT.service, service);
        return m;
    }
}
