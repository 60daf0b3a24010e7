package org.policykg.align;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.policykg.store.TextIndexes;
import org.policykg.vocab.ELI;
import org.policykg.vocab.Iris;

/**
 * The stored alignment graphs of translated pairs ({@code graph/alignment/{left}/{right}}), made
 * current again when one of their documents' graphs changed in place (a curator's decision
 * re-points statements and mentions, which changes both the sentence links and which statements
 * agree). Runs inside the caller's write transaction, so the change and its alignments commit together.
 */
public final class TranslationAlignments {
    private TranslationAlignments() {}

    /**
     * Recomputes every alignment one of whose two documents has its graph among {@code documentGraphs}.
     *
     * @return the alignment graphs recomputed
     */
    public static List<Node> recompute(DatasetGraph dsg, Iris iris, Collection<Node> documentGraphs) {
        Set<String> ids = new HashSet<>();
        for (Node g : documentGraphs) {
            if (g.isURI() && g.getURI().startsWith(iris.documentGraphNamespace())) {
                ids.add(g.getURI().substring(iris.documentGraphNamespace().length()));
            }
        }
        String prefix = iris.graph("alignment/");
        List<Node> names = Iter.toList(dsg.listGraphNodes()).stream()
                .filter(n -> n.isURI() && n.getURI().startsWith(prefix))
                .toList();
        List<Node> done = new java.util.ArrayList<>();
        for (Node name : names) {
            String[] pair = name.getURI().substring(prefix.length()).split("/");
            if (pair.length != 2 || !(ids.contains(pair[0]) || ids.contains(pair[1]))) {
                continue;
            }
            ExpressionAlignment.Expression left = expression(dsg, iris, pair[0]);
            ExpressionAlignment.Expression right = expression(dsg, iris, pair[1]);
            if (left == null || right == null) {
                continue;
            }
            Graph alignment = ExpressionAlignment.of(left, right).getGraph();
            TextIndexes.removeGraph(dsg, name);
            TextIndexes.addGraph(dsg, name, alignment);
            done.add(name);
        }
        return done;
    }

    /**
     * Aligns each of the given documents with every other expression of its work in another language
     * (the sidecar's or metadata's {@code work}), as the seeds' translated pairs are aligned at start: a
     * curator who posts a translation gets its sentence links and agreeing statements at once.
     *
     * @return the alignment graphs written
     */
    public static List<Node> alignWithOtherExpressions(DatasetGraph dsg, Iris iris, Collection<String> ids) {
        List<Node> done = new java.util.ArrayList<>();
        Set<String> paired = new HashSet<>();
        for (String id : ids) {
            ExpressionAlignment.Expression self = expression(dsg, iris, id);
            if (self == null || self.language().isEmpty()) {
                continue;
            }
            Node document = NodeFactory.createURI(iris.document(id));
            Node graph = NodeFactory.createURI(iris.documentGraph(id));
            for (Node work : Iter.toList(dsg.find(graph, document, ELI.realizes.asNode(), Node.ANY)).stream()
                    .map(org.apache.jena.sparql.core.Quad::getObject)
                    .toList()) {
                for (org.apache.jena.sparql.core.Quad q :
                        Iter.toList(dsg.find(Node.ANY, Node.ANY, ELI.realizes.asNode(), work))) {
                    String other =
                            q.getSubject().isURI() && q.getSubject().getURI().startsWith(iris.documentNamespace())
                                    ? q.getSubject()
                                            .getURI()
                                            .substring(iris.documentNamespace().length())
                                    : null;
                    ExpressionAlignment.Expression that =
                            other == null || other.equals(id) ? null : expression(dsg, iris, other);
                    if (that == null || that.language().isEmpty() || sameLanguage(self, that)) {
                        continue;
                    }
                    // the non-Chinese version on the left, as the seeds' alignments read
                    boolean swap = self.language().startsWith("zh");
                    String left = swap ? other : id;
                    String right = swap ? id : other;
                    if (!paired.add(left + "/" + right)) {
                        continue;
                    }
                    Node name = NodeFactory.createURI(iris.alignmentGraph(left, right));
                    Graph alignment = ExpressionAlignment.of(swap ? that : self, swap ? self : that)
                            .getGraph();
                    TextIndexes.removeGraph(dsg, name);
                    TextIndexes.addGraph(dsg, name, alignment);
                    done.add(name);
                }
            }
        }
        return done;
    }

    private static boolean sameLanguage(ExpressionAlignment.Expression a, ExpressionAlignment.Expression b) {
        return a.language().substring(0, 2).equals(b.language().substring(0, 2));
    }

    /** A document as the aligner reads it: a copy of its graph and its language; null when it is gone. */
    private static ExpressionAlignment.Expression expression(DatasetGraph dsg, Iris iris, String id) {
        Node graph = NodeFactory.createURI(iris.documentGraph(id));
        Node document = NodeFactory.createURI(iris.document(id));
        if (!dsg.containsGraph(graph)) {
            return null;
        }
        Model copy = ModelFactory.createDefaultModel();
        dsg.getGraph(graph).find().forEachRemaining(copy.getGraph()::add);
        String language = Iter.toList(dsg.find(graph, document, DCTerms.language.asNode(), Node.ANY)).stream()
                .map(q -> q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : "")
                .findFirst()
                .orElse("");
        return new ExpressionAlignment.Expression(iris.document(id), language, copy);
    }
}
