package org.policykg.ingest;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.graph.GraphFactory;
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
    /** The extractor for the last curation seen, with the triples it was built from. */
    private volatile Curated curated;

    private record Curated(Set<Triple> vocabulary, RuleExtractor extractor) {}

    /** What a curation graph adds to the schemes: members accepted into them, and their labels and merged labels. */
    // IRIs as text: a static of Jena's vocabulary classes here would run before Jena's own initialisation
    private static final String SKOS_NS = "http://www.w3.org/2004/02/skos/core#";

    private static final Set<String> LABELS =
            Set.of(SKOS_NS + "prefLabel", SKOS_NS + "altLabel", SKOS_NS + "hiddenLabel");
    private static final Set<String> VOCABULARY = Set.of(
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
            SKOS_NS + "inScheme",
            SKOS_NS + "prefLabel",
            SKOS_NS + "altLabel",
            SKOS_NS + "hiddenLabel",
            SKOS_NS + "broader");

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

    /**
     * The triples of a curation graph that the extractor reads as vocabulary: what it says of the
     * members it adds to a scheme (type, scheme, labels, broader), and the labels it gives members
     * of the shipped schemes; not the decisions, which are no vocabulary.
     */
    private static Set<Triple> vocabularyOf(Graph curation) {
        Set<org.apache.jena.graph.Node> members = new HashSet<>();
        curation.find().forEachRemaining(t -> {
            if (t.getPredicate().getURI().equals(SKOS_NS + "inScheme")) {
                members.add(t.getSubject());
            }
        });
        Set<Triple> out = new HashSet<>();
        curation.find().forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (LABELS.contains(p) || members.contains(t.getSubject()) && VOCABULARY.contains(p)) {
                out.add(t);
            }
        });
        return out;
    }

    /** The extractor for the shipped vocabulary grown by {@code added}; built once per curation state. */
    private RuleExtractor extractor(Set<Triple> added) {
        if (added.isEmpty()) {
            return extractor();
        }
        Curated c = curated;
        if (c == null || !c.vocabulary().equals(added)) {
            synchronized (this) {
                c = curated;
                if (c == null || !c.vocabulary().equals(added)) {
                    Model vocabulary = ontology.vocabulary();
                    added.forEach(vocabulary.getGraph()::add);
                    c = new Curated(Set.copyOf(added), new RuleExtractor(vocabulary));
                    curated = c;
                    log.info("Extractor vocabulary grown by {} triple(s) of the curator's decisions", added.size());
                }
            }
        }
        return c.extractor();
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
        return run(source, curated, Graph.emptyGraph);
    }

    /**
     * {@link #run(SourceText, Metadata)} with the schemes grown by a curator's decisions: the members
     * accepted in {@code curation} (the store's curation graph) and the labels merged into members are
     * words the extractor knows, so a text using them maps to the member, not to a new candidate.
     *
     * @throws ShapeValidator.InvalidGraphException when the graph breaks a shape
     */
    public DocumentGraph run(SourceText source, Metadata curated, Graph curation) {
        long start = System.nanoTime();
        Set<Triple> added = vocabularyOf(curation);
        DocumentGraph graph = build(extractor(added), source, curated);
        long built = System.nanoTime();
        Graph data = graph.model().getGraph();
        if (!added.isEmpty()) {
            // the accepted members are concepts of the schemes for the shapes too
            Graph members = GraphFactory.createGraphMem();
            added.forEach(members::add);
            data = new Union(data, members);
        }
        Deadline.check();
        validator().validate(data, "The graph of document " + source.id());
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
        return build(extractor(), source, curated);
    }

    private DocumentGraph build(RuleExtractor extractor, SourceText source, Metadata curated) {
        Model model = builder.build(extractor.extract(source, withDefaultTier(curated)));
        return new DocumentGraph(builder.documentIri(source.id()), builder.graphName(source.id()), model);
    }
}
