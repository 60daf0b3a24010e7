package org.policykg.vocab;

import java.util.List;

/**
 * The IRIs the project mints under a data namespace: documents and their parts, works, actors,
 * provenance and the named graphs of the store. Every class that builds or recognises one of these
 * asks this type, so a change of scheme is made here alone.
 *
 * @param base the data namespace, ending in '/'
 */
public record Iris(String base) {
    /** The IRIs under the project's own namespace, {@link PKG#BASE}. */
    public static final Iris DEFAULT = new Iris(PKG.BASE);

    /**
     * The first path segments of minted IRIs, data and vocabulary alike: the paths that Linked Data
     * dereferences.
     */
    public static final List<String> SEGMENTS = List.of(
            "concept",
            "role",
            "rule",
            "actor",
            "org",
            "formulation",
            "document",
            "candidate",
            "doc",
            "extractor",
            "activity",
            "curator",
            "graph");

    public Iris {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("the data namespace must end in '/': " + base);
        }
    }

    /** The namespace of document IRIs: {@code document(id)} is this followed by the id. */
    public String documentNamespace() {
        return base + "doc/";
    }

    public String document(String id) {
        return documentNamespace() + id;
    }

    /** The namespace of the named graphs that hold one document each. */
    public String documentGraphNamespace() {
        return base + "graph/doc/";
    }

    /** The named graph that holds document {@code id}. */
    public String documentGraph(String id) {
        return documentGraphNamespace() + id;
    }

    /** The work a document realises, by the work's id (the document's own unless metadata names one). */
    public String work(String workId) {
        return base + "work/" + workId;
    }

    /** A section of a document by its path ("part/2", "preamble"). */
    public static String section(String documentIri, String path) {
        return documentIri + "/" + path;
    }

    public static String paragraph(String documentIri, int index) {
        return documentIri + "/paragraph/" + index;
    }

    public static String sentence(String documentIri, int index) {
        return documentIri + "/sentence/" + index;
    }

    /** A statement of a document by its local name (kind, code point range and key). */
    public static String statement(String documentIri, String local) {
        return documentIri + "/statement/" + local;
    }

    /** The text a document's offsets point into, as stored and served. */
    public static String documentText(String documentIri) {
        return documentIri + "/text";
    }

    /** The file a document was read from (a PDF, a web page), as uploaded. */
    public static String originalFile(String documentIri) {
        return documentIri + "/original";
    }

    /** The {@code n}th sentence link between a document and its translation {@code otherId}. */
    public static String sentenceAlignment(String documentIri, String otherId, int n) {
        return documentIri + "/alignment/" + otherId + "/" + n;
    }

    /** A concept mention by its code point range ("12-20"). */
    public static String mention(String documentIri, String range) {
        return documentIri + "/mention/" + range;
    }

    /** A person by the slug of their name. */
    public String actor(String slug) {
        return base + "actor/" + slug;
    }

    /** An organisation (a publisher) by the slug of its name. */
    public String organisation(String slug) {
        return base + "org/" + slug;
    }

    /** The extractor of one version, the agent of every extraction activity. */
    public String extractor(String version) {
        return base + "extractor/" + version;
    }

    /** The run of one rule of one extractor version over one document. */
    public String activity(String documentId, String rule, String version) {
        return base + "activity/" + documentId + "/" + rule + "/" + version;
    }

    /** A named graph of the store by its name ("ontology", "concepts", "links"). */
    public String graph(String name) {
        return base + "graph/" + name;
    }

    /** The graph of the sentence links between document {@code leftId} and its translation {@code rightId}. */
    public String alignmentGraph(String leftId, String rightId) {
        return graph("alignment/" + leftId + "/" + rightId);
    }

    /** The graph that holds the ontology file. */
    public String ontologyGraph() {
        return graph("ontology");
    }

    /** The graph of the links between documents (which cited document a text is). */
    public String linksGraph() {
        return graph("links");
    }

    /**
     * The graph of the curator's decisions about candidates and of the concepts and roles they
     * accepted: the scheme files stay as shipped, and a restart keeps the decisions.
     */
    public String curationGraph() {
        return graph("curation");
    }

    /** The decision about one candidate ("concept" or "role", and its slug): one per candidate. */
    public String curationDecision(String kind, String slug) {
        return base + "activity/curation/" + kind + "/" + slug;
    }

    /** A curator, the agent of decisions, by the slug of their name. */
    public String curator(String slug) {
        return base + "curator/" + slug;
    }

    /** The graph in which an external store keeps the service's own bookkeeping. */
    public String storeGraph() {
        return graph("store");
    }
}
