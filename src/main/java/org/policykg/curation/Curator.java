package org.policykg.curation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.align.TranslationAlignments;
import org.policykg.extract.Slugs;
import org.policykg.store.GraphStore;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.policykg.vocab.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a curator's decision about a candidate: accept it into its scheme as a new member,
 * merge it into a member as an alternative label, or reject it. Each decision is one write
 * transaction that checks the request, records the decision (PROV) in the curation graph,
 * re-links every document graph that used the candidate and recomputes the alignments of the
 * translated pairs those documents belong to; a refused decision changes nothing.
 */
public final class Curator {
    private static final Logger log = LoggerFactory.getLogger(Curator.class);
    private static final int MAX_LABEL = 200;

    private final GraphStore store;
    private final Iris iris;

    public Curator(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** What a decision asks for: to accept, to merge, or to reject. */
    public sealed interface Request permits Accept, Merge, Reject {}

    /**
     * @param id the new member's id in its scheme, or null for the candidate's slug
     * @param labelEn its English label (required)
     * @param labelZh its Chinese label, or null
     * @param broader the id or IRI of a broader member of the same scheme, or null
     */
    public record Accept(String id, String labelEn, String labelZh, String broader) implements Request {}

    /** @param into the id or IRI of the member of the scheme the candidate is merged into */
    public record Merge(String into) implements Request {}

    public record Reject() implements Request {}

    /**
     * A decision made.
     *
     * @param member the member the candidate became or was merged into; null for a rejection
     * @param documents the document graphs re-linked
     * @param statements the statements re-pointed or removed
     */
    public record Outcome(
            String decision,
            String type,
            String candidate,
            String member,
            String author,
            Instant time,
            int documents,
            int statements) {}

    /** A decision refused; nothing was changed. */
    public static final class CurationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public enum Reason {
            /** no document uses the candidate, and no decision names it */
            UNKNOWN,
            /** the candidate was decided about already */
            DECIDED,
            /** the new member's id is taken */
            TAKEN,
            /** a label, id or member named by the request is wrong */
            INVALID
        }

        private final Reason reason;

        public CurationException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /**
     * Makes the decision about the candidate {@code slug} of {@code kind}.
     *
     * @param author who decides, as a name (an e-mail address will do)
     * @throws CurationException when the request is refused
     */
    public Outcome decide(CandidateKind kind, String slug, Request request, String author) {
        if (author == null || author.isBlank() || author.length() > MAX_LABEL) {
            throw new CurationException(
                    CurationException.Reason.INVALID, "The author must be a name of 1-" + MAX_LABEL + " characters.");
        }
        String name = author.strip();
        Outcome outcome = store.write(dsg -> decide(dsg, kind, slug, request, name));
        log.info(
                "{} decided {} about <{}>{}: {} statement(s) in {} document(s)",
                name,
                outcome.type(),
                outcome.candidate(),
                outcome.member() == null ? "" : " -> <" + outcome.member() + ">",
                outcome.statements(),
                outcome.documents());
        return outcome;
    }

    private Outcome decide(DatasetGraph dsg, CandidateKind kind, String slug, Request request, String author) {
        if (!CandidateKind.isSlug(slug)) {
            throw unknown(kind, slug);
        }
        Node candidate = NodeFactory.createURI(kind.candidate(slug));
        Node curation = NodeFactory.createURI(iris.curationGraph());
        Node decision = NodeFactory.createURI(iris.curationDecision(kind.id(), slug));
        if (dsg.contains(curation, decision, Node.ANY, Node.ANY)) {
            throw new CurationException(
                    CurationException.Reason.DECIDED,
                    "The " + kind.id() + " candidate " + slug + " was decided about already: see <" + decision.getURI()
                            + ">.");
        }
        List<Node> graphs = documentGraphsDefining(dsg, kind, candidate);
        if (graphs.isEmpty()) {
            throw unknown(kind, slug);
        }
        Set<Node> labels = new LinkedHashSet<>();
        for (Node g : graphs) {
            dsg.find(g, candidate, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(q -> labels.add(q.getObject()));
        }
        // views that write through dsg itself, so that the full-text index follows the labels
        Graph cur = GraphView.createNamedGraph(dsg, curation);
        Node member = null;
        Node type;
        if (request instanceof Accept a) {
            member = accept(dsg, cur, kind, slug, a, decision);
            type = PKG.Acceptance.asNode();
        } else if (request instanceof Merge m) {
            member = member(dsg, kind, m.into(), "into");
            for (Node label : labels) {
                if (!dsg.contains(Node.ANY, member, SKOS.prefLabel.asNode(), label)
                        && !dsg.contains(Node.ANY, member, SKOS.altLabel.asNode(), label)) {
                    cur.add(Triple.create(member, SKOS.altLabel.asNode(), label));
                }
            }
            type = PKG.Merge.asNode();
        } else {
            type = PKG.Rejection.asNode();
        }
        // the statements, in every document graph that uses the candidate
        Set<Node> statements = new LinkedHashSet<>();
        Set<Node> touched = new LinkedHashSet<>(graphs);
        dsg.find(Node.ANY, Node.ANY, Node.ANY, candidate).forEachRemaining(q -> {
            if (isDocumentGraph(q.getGraph())) {
                touched.add(q.getGraph());
            }
        });
        for (Node g : touched) {
            Graph graph = GraphView.createNamedGraph(dsg, g);
            statements.addAll(
                    member != null ? Relinker.relink(graph, candidate, member) : Relinker.drop(graph, candidate));
        }
        if (member == null) {
            // a removed statement is linked from the alignments of its document and a translation
            for (Node s : statements) {
                Iter.toList(dsg.find(Node.ANY, Node.ANY, Node.ANY, s)).forEach(dsg::delete);
                Iter.toList(dsg.find(Node.ANY, s, Node.ANY, Node.ANY)).forEach(dsg::delete);
            }
        }
        // the sentence links and agreeing statements of a translated pair read the mentions and
        // statements just re-pointed: made current in this transaction, so none is stale after it
        List<Node> realigned = TranslationAlignments.recompute(dsg, iris, touched);
        if (!realigned.isEmpty()) {
            log.debug("Re-aligned {} after the decision about <{}>", realigned, candidate.getURI());
        }
        Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        record(cur, decision, type, candidate, member, labels, author, time);
        return new Outcome(
                decision.getURI(),
                type.getLocalName(),
                candidate.getURI(),
                member == null ? null : member.getURI(),
                author,
                time,
                touched.size(),
                statements.size());
    }

    private Node accept(DatasetGraph dsg, Graph cur, CandidateKind kind, String slug, Accept a, Node decision) {
        String id = a.id() == null || a.id().isBlank() ? slug : a.id().strip();
        if (!CandidateKind.isSlug(id)) {
            throw invalid("The id of the new " + kind.id() + " must be letters, digits and '-', not '" + id + "'.");
        }
        String en = label(a.labelEn(), "labelEn", true);
        String zh = label(a.labelZh(), "labelZh", false);
        if (zh != null
                && zh.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            throw invalid("labelZh must be Chinese: '" + zh + "' has no Han character.");
        }
        Node broader = a.broader() == null || a.broader().isBlank() ? null : member(dsg, kind, a.broader(), "broader");
        Node member = NodeFactory.createURI(kind.memberNamespace() + id);
        if (dsg.contains(Node.ANY, member, Node.ANY, Node.ANY)) {
            throw new CurationException(
                    CurationException.Reason.TAKEN,
                    "The " + kind.id() + " scheme has <" + member.getURI() + "> already: merge the candidate into it, "
                            + "or accept it under another id.");
        }
        cur.add(Triple.create(member, RDF.type.asNode(), SKOS.Concept.asNode()));
        if (kind == CandidateKind.ROLE) {
            cur.add(Triple.create(member, RDF.type.asNode(), PKG.Role.asNode()));
        }
        cur.add(Triple.create(member, SKOS.inScheme.asNode(), kind.scheme().asNode()));
        cur.add(Triple.create(member, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(en, "en")));
        if (zh != null) {
            cur.add(Triple.create(member, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(zh, "zh")));
        }
        if (broader != null) {
            cur.add(Triple.create(member, SKOS.broader.asNode(), broader));
        }
        cur.add(Triple.create(member, Vocab.wasGeneratedBy.asNode(), decision));
        cur.add(Triple.create(decision, Vocab.generated.asNode(), member));
        return member;
    }

    private void record(
            Graph cur,
            Node decision,
            Node type,
            Node candidate,
            Node member,
            Set<Node> labels,
            String author,
            Instant time) {
        Node agent = NodeFactory.createURI(iris.curator(Slugs.of(author)));
        cur.add(Triple.create(decision, RDF.type.asNode(), Vocab.Activity.asNode()));
        cur.add(Triple.create(decision, RDF.type.asNode(), PKG.CurationDecision.asNode()));
        cur.add(Triple.create(decision, RDF.type.asNode(), type));
        cur.add(Triple.create(decision, Vocab.used.asNode(), candidate));
        if (member != null) {
            cur.add(Triple.create(decision, PKG.curatedInto.asNode(), member));
        }
        cur.add(Triple.create(decision, Vocab.wasAssociatedWith.asNode(), agent));
        cur.add(Triple.create(
                decision,
                Vocab.endedAtTime.asNode(),
                NodeFactory.createLiteralDT(time.toString(), XSDDatatype.XSDdateTime)));
        cur.add(Triple.create(agent, RDF.type.asNode(), Vocab.Agent.asNode()));
        cur.add(Triple.create(agent, Vocab.name.asNode(), NodeFactory.createLiteralString(author)));
        // the candidate's words stay readable once no document defines it
        labels.forEach(l -> cur.add(Triple.create(candidate, RDFS.label.asNode(), l)));
    }

    /** The member of the kind's scheme an id or IRI names; refused when there is none. */
    private static Node member(DatasetGraph dsg, CandidateKind kind, String idOrIri, String field) {
        String iri = idOrIri.strip();
        if (!iri.contains(":")) {
            iri = kind.memberNamespace() + iri;
        }
        Node member = NodeFactory.createURI(iri);
        if (!dsg.contains(
                Node.ANY, member, SKOS.inScheme.asNode(), kind.scheme().asNode())) {
            throw invalid(field + ": '" + idOrIri + "' is no " + kind.id() + " of the scheme; GET /api/concepts lists "
                    + "the concepts.");
        }
        return member;
    }

    private static String label(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw invalid(field + " is required.");
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_LABEL) {
            throw invalid(field + " is longer than " + MAX_LABEL + " characters.");
        }
        return v;
    }

    /** The document graphs in which the candidate is defined as a candidate of its kind. */
    private List<Node> documentGraphsDefining(DatasetGraph dsg, CandidateKind kind, Node candidate) {
        List<Node> graphs = new ArrayList<>();
        for (Quad q : Iter.toList(dsg.find(
                Node.ANY, candidate, RDF.type.asNode(), kind.candidateClass().asNode()))) {
            if (isDocumentGraph(q.getGraph())) {
                graphs.add(q.getGraph());
            }
        }
        return graphs;
    }

    private boolean isDocumentGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(iris.documentGraphNamespace());
    }

    private static CurationException unknown(CandidateKind kind, String slug) {
        return new CurationException(
                CurationException.Reason.UNKNOWN,
                "No document uses a " + kind.id() + " candidate " + slug + "; GET /api/candidates?kind=" + kind.id()
                        + " lists them.");
    }

    private static CurationException invalid(String message) {
        return new CurationException(CurationException.Reason.INVALID, message);
    }
}
