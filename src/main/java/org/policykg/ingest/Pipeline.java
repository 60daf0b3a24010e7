package org.policykg.ingest;

import org.apache.jena.rdf.model.Model;
import org.policykg.extract.GraphBuilder;
import org.policykg.extract.Metadata;
import org.policykg.extract.RuleExtractor;
import org.policykg.extract.SourceText;
import org.policykg.ontology.OntologyFiles;
import org.policykg.ontology.ShapeValidator;

/**
 * Raw text to a validated document graph: extractor, graph builder, SHACL. Shared by the CLI's
 * {@code extract} and by loading into the store, so both produce the same triples.
 */
public final class Pipeline {
    /** A document's graph and the name of the graph it is stored under. */
    public record DocumentGraph(String documentIri, String graphName, Model model) {}

    private final OntologyFiles ontology;
    private final RuleExtractor extractor;
    private final GraphBuilder builder;
    private final ShapeValidator validator;

    public Pipeline(OntologyFiles ontology, String base) {
        this.ontology = ontology;
        this.extractor = new RuleExtractor(ontology.vocabulary());
        this.builder = new GraphBuilder(base);
        this.validator = new ShapeValidator(ontology);
    }

    public RuleExtractor extractor() {
        return extractor;
    }

    public OntologyFiles ontology() {
        return ontology;
    }

    /** The name of the graph that holds document {@code id}. */
    public String graphName(String id) {
        return builder.graphName(id);
    }

    /** @throws ShapeValidator.InvalidGraphException when the graph breaks a shape */
    public DocumentGraph run(SourceText source, Metadata curated) {
        Model model = builder.build(extractor.extract(source, curated));
        validator.validate(model.getGraph(), "The graph of document " + source.id());
        return new DocumentGraph(builder.documentIri(source.id()), builder.graphName(source.id()), model);
    }
}
