package org.policykg.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.policykg.vocab.Vocab;

/**
 * The candidates of a kind that the documents in the store use, ranked for a curator: those used by
 * the most documents first, then by the most statements. A candidate decided about is no longer
 * in any document, so it is not listed.
 */
public final class CandidateRanking {
    /** Evidence shown per candidate: enough to judge it, from as many documents. */
    static final int EXAMPLES = 3;

    private CandidateRanking() {}

    /** A statement that uses a candidate, with the words it was read from. */
    public record Example(String document, String statement, String quote) {}

    /**
     * @param labels the candidate's labels as the documents give them (in each language used)
     * @param documents the documents that use it
     * @param statements the statements that use it, in all of them
     */
    public record Candidate(
            String iri, String slug, List<Node> labels, int documents, int statements, List<Example> examples) {}

    /** Every candidate of the kind, ranked; read inside a transaction. */
    public static List<Candidate> rank(DatasetGraph dsg, Iris iris, CandidateKind kind) {
        String docGraphs = iris.documentGraphNamespace();
        Map<Node, List<Node>> graphsOf = new LinkedHashMap<>();
        for (Quad q : Iter.toList(dsg.find(
                Node.ANY, Node.ANY, RDF.type.asNode(), kind.candidateClass().asNode()))) {
            Node c = q.getSubject();
            if (c.isURI()
                    && kind.isCandidate(c.getURI())
                    && q.getGraph().getURI().startsWith(docGraphs)) {
                graphsOf.computeIfAbsent(c, k -> new ArrayList<>()).add(q.getGraph());
            }
        }
        List<Candidate> out = new ArrayList<>(graphsOf.size());
        graphsOf.forEach((c, graphs) -> out.add(describe(dsg, docGraphs, kind, c, graphs)));
        out.sort(Comparator.comparingInt(Candidate::documents)
                .reversed()
                .thenComparing(Comparator.comparingInt(Candidate::statements).reversed())
                .thenComparing(Candidate::iri));
        return out;
    }

    private static Candidate describe(
            DatasetGraph dsg, String docGraphs, CandidateKind kind, Node c, List<Node> graphs) {
        Set<Node> labels = new LinkedHashSet<>();
        int statements = 0;
        List<Example> examples = new ArrayList<>();
        for (Node g : graphs) {
            dsg.find(g, c, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(q -> labels.add(q.getObject()));
            Set<Node> uses = new LinkedHashSet<>();
            dsg.find(g, Node.ANY, Node.ANY, c).forEachRemaining(q -> {
                if (dsg.contains(g, q.getSubject(), PKG.evidence.asNode(), Node.ANY)) {
                    uses.add(q.getSubject());
                }
            });
            statements += uses.size();
            if (!uses.isEmpty() && examples.size() < EXAMPLES) {
                Node s = uses.iterator().next();
                examples.add(new Example(g.getURI().substring(docGraphs.length()), s.getURI(), quote(dsg, g, s)));
            }
        }
        return new Candidate(
                c.getURI(), kind.slug(c.getURI()), List.copyOf(labels), graphs.size(), statements, examples);
    }

    /** The exact words a statement was read from, or null. */
    private static String quote(DatasetGraph dsg, Node g, Node statement) {
        for (Quad e : Iter.toList(dsg.find(g, statement, PKG.evidence.asNode(), Node.ANY))) {
            for (Quad sel : Iter.toList(dsg.find(g, e.getObject(), Vocab.hasSelector.asNode(), Node.ANY))) {
                for (Quad x : Iter.toList(dsg.find(g, sel.getObject(), Vocab.exact.asNode(), Node.ANY))) {
                    return x.getObject().getLiteralLexicalForm();
                }
            }
        }
        return null;
    }
}
