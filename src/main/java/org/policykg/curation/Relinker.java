package org.policykg.curation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.vocab.PKG;
import org.policykg.vocab.Vocab;

/**
 * Rewrites one document's graph as a decision about a candidate says: its uses pointed at the
 * member it became, or the statements that used it removed. The statements keep their IRIs, so
 * links to them from elsewhere hold.
 */
public final class Relinker {
    /** What the extractor says of a candidate as such: the member it becomes is described elsewhere. */
    private static final Set<Node> DESCRIPTION =
            Set.of(RDF.type.asNode(), SKOS.inScheme.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode());

    private static final Node EVIDENCE = PKG.evidence.asNode();
    private static final Node SELECTOR = Vocab.hasSelector.asNode();

    private Relinker() {}

    /**
     * Points every use of {@code candidate} in the graph at {@code member} and drops the candidate's
     * description; what else the graph says of the candidate ({@code pkg:treatedAs}) it says of the member.
     *
     * @return the statements re-pointed (subjects with evidence whose object was the candidate)
     */
    public static Set<Node> relink(Graph g, Node candidate, Node member) {
        Set<Node> statements = new LinkedHashSet<>();
        for (Triple t : g.find(Node.ANY, Node.ANY, candidate).toList()) {
            g.delete(t);
            g.add(Triple.create(t.getSubject(), t.getPredicate(), member));
            if (isStatement(g, t.getSubject())) {
                statements.add(t.getSubject());
            }
        }
        for (Triple t : g.find(candidate, Node.ANY, Node.ANY).toList()) {
            g.delete(t);
            if (!DESCRIPTION.contains(t.getPredicate())) {
                g.add(Triple.create(member, t.getPredicate(), t.getObject()));
            }
        }
        return statements;
    }

    /**
     * Removes every statement that uses {@code candidate} (with its evidence), every other triple
     * that points at it, and its description.
     *
     * @return the statements removed
     */
    public static Set<Node> drop(Graph g, Node candidate) {
        Set<Node> statements = new LinkedHashSet<>();
        for (Triple t : g.find(Node.ANY, Node.ANY, candidate).toList()) {
            if (isStatement(g, t.getSubject())) {
                statements.add(t.getSubject());
            } else {
                g.delete(t);
            }
        }
        statements.forEach(s -> removeStatement(g, s));
        g.find(candidate, Node.ANY, Node.ANY).toList().forEach(g::delete);
        return statements;
    }

    /** The candidates of a kind the graph defines. */
    public static List<Node> candidates(Graph g, CandidateKind kind) {
        return g.find(Node.ANY, RDF.type.asNode(), kind.candidateClass().asNode())
                .mapWith(Triple::getSubject)
                .filterKeep(s -> s.isURI() && kind.isCandidate(s.getURI()))
                .toList();
    }

    private static boolean isStatement(Graph g, Node s) {
        return g.contains(s, EVIDENCE, Node.ANY);
    }

    private static void removeStatement(Graph g, Node statement) {
        for (Triple e : g.find(statement, EVIDENCE, Node.ANY).toList()) {
            Node evidence = e.getObject();
            for (Triple sel : g.find(evidence, SELECTOR, Node.ANY).toList()) {
                g.find(sel.getObject(), Node.ANY, Node.ANY).toList().forEach(g::delete);
            }
            g.find(evidence, Node.ANY, Node.ANY).toList().forEach(g::delete);
        }
        g.find(statement, Node.ANY, Node.ANY).toList().forEach(g::delete);
        g.find(Node.ANY, Node.ANY, statement).toList().forEach(g::delete);
    }
}
