package org.policykg.ingest;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.policykg.extract.Deadline;
import org.policykg.extract.GraphBuilder;
import org.policykg.extract.Metadata;
import org.policykg.extract.RuleExtractor;
import org.policykg.extract.SourceText;
import org.policykg.extract.Standing;
import org.policykg.ontology.OntologyFiles;
import org.policykg.ontology.ShapeValidator;
import org.policykg.vocab.PKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raw text to a validated document graph: extractor, graph builder, SHACL. Shared by the CLI's
 * {@code extract} and by loading into the store, so both produce the same triples.
 */
public final class Pipeline {
    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    /** A document's graph and the name of the graph it is stored under. */
    public record DocumentGraph(String documentIri, String graphName, Model model) {}

    private final OntologyFiles ontology;
    // built on first use: a start whose seeds are all packed or current never extracts
    private volatile RuleExtractor extractor;
    private final GraphBuilder builder;
    private volatile ShapeValidator validator;
    private final String base;

    public Pipeline(OntologyFiles ontology, String base) {
        this.ontology = ontology;
        this.base = base;
        this.builder = new GraphBuilder(base);
    }

    /** A document type brings its authority tier (ontology/document-types.ttl) unless the metadata names one. */
    private Metadata withDefaultTier(Metadata md) {
        Standing st = md.standing();
        if (st.documentType() == null || st.authorityTier() != null) {
            return md;
        }
        Model types = ontology.model(OntologyFiles.DOCUMENT_TYPES);
        Statement tier = types.createResource(st.documentType()).getProperty(PKG.authorityTier);
        return tier == null || !tier.getObject().isURIResource()
                ? md
                : md.withStanding(st.withAuthorityTier(tier.getResource().getURI()));
    }

    public RuleExtractor extractor() {
        RuleExtractor e = extractor;
        if (e == null) {
            synchronized (this) {
                if (extractor == null) {
                    extractor = new RuleExtractor(ontology.vocabulary());
                }
                e = extractor;
            }
        }
        return e;
    }

    private ShapeValidator validator() {
        ShapeValidator v = validator;
        if (v == null) {
            synchronized (this) {
                if (validator == null) {
                    validator = new ShapeValidator(ontology);
                }
                v = validator;
            }
        }
        return v;
    }

    public OntologyFiles ontology() {
        return ontology;
    }

    /** The data namespace the pipeline mints IRIs in. */
    public String base() {
        return base;
    }

    /** The name of the graph that holds document {@code id}. */
    public String graphName(String id) {
        return builder.graphName(id);
    }

    /** @throws ShapeValidator.InvalidGraphException when the graph breaks a shape */
    public DocumentGraph run(SourceText source, Metadata curated) {
        long start = System.nanoTime();
        DocumentGraph graph = build(source, curated);
        long built = System.nanoTime();
        Deadline.check();
        validator().validate(graph.model().getGraph(), "The graph of document " + source.id());
        if (log.isDebugEnabled()) {
            log.debug(
                    "Document {}: extracted and built {} triples in {} ms, SHACL {} ms",
                    source.id(),
                    graph.model().size(),
                    (built - start) / 1_000_000,
                    (System.nanoTime() - built) / 1_000_000);
        }
        return graph;
    }

    /**
     * The graph {@link #run} returns, not yet checked against the shapes: for a caller that checks many
     * graphs in one validation, since each validation also walks the whole vocabulary.
     */
    public DocumentGraph build(SourceText source, Metadata curated) {
        Model model = builder.build(extractor().extract(source, withDefaultTier(curated)));
        return new DocumentGraph(builder.documentIri(source.id()), builder.graphName(source.id()), model);
    }
}
