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
     * (the sidecar's or metadata's {@code work}): ingest calls it as it stores a document, so a curator
     * who posts a translation gets its sentence links and agreeing statements at once.
     *
     * @param onlyMissing align only pairs that have no alignment graph yet (a store made before
     *     alignments existed), leaving stored ones as they are
     * @return the alignment graphs written
     */
    public static List<Node> alignWithOtherExpressions(
            DatasetGraph dsg, Iris iris, Collection<String> ids, boolean onlyMissing) {
        List<Node> done = new java.util.ArrayList<>();
        for (String id : ids) {
            for (String other : otherExpressions(dsg, iris, id)) {
                String language = language(dsg, iris, id);
                String otherLanguage = language(dsg, iris, other);
                if (!differ(language, otherLanguage)) {
                    continue;
                }
                boolean selfLeft = leftOf(id, language, other, otherLanguage);
                Node name = NodeFactory.createURI(
                        selfLeft ? iris.alignmentGraph(id, other) : iris.alignmentGraph(other, id));
                if (done.contains(name) || onlyMissing && dsg.containsGraph(name)) {
                    continue;
                }
                ExpressionAlignment.Expression self = expression(dsg, iris, id);
                ExpressionAlignment.Expression that = expression(dsg, iris, other);
                if (self == null || that == null) {
                    continue;
                }
                Graph alignment = ExpressionAlignment.of(selfLeft ? self : that, selfLeft ? that : self)
                        .getGraph();
                TextIndexes.removeGraph(dsg, name);
                TextIndexes.addGraph(dsg, name, alignment);
                done.add(name);
            }
        }
        return done;
    }

    /** The other documents that realise a work the document realises; looked up before any graph is copied. */
    private static List<String> otherExpressions(DatasetGraph dsg, Iris iris, String id) {
        Node graph = NodeFactory.createURI(iris.documentGraph(id));
        Node document = NodeFactory.createURI(iris.document(id));
        List<String> out = new java.util.ArrayList<>();
        dsg.find(graph, document, ELI.realizes.asNode(), Node.ANY)
                .forEachRemaining(w -> dsg.find(Node.ANY, Node.ANY, ELI.realizes.asNode(), w.getObject())
                        .forEachRemaining(q -> {
                            String iri = q.getSubject().isURI() ? q.getSubject().getURI() : "";
                            String other = iri.startsWith(iris.documentNamespace())
                                    ? iri.substring(iris.documentNamespace().length())
                                    : null;
                            if (other != null && !other.equals(id) && !out.contains(other)) {
                                out.add(other);
                            }
                        }));
        return out;
    }

    /** Two languages are versions of each other when their primary subtags differ (en and zh, not zh and zh-Hans). */
    private static boolean differ(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && !a.split("-")[0].equalsIgnoreCase(b.split("-")[0]);
    }

    /** The non-Chinese version on the left, so that alignments read alike; else the smaller id. */
    private static boolean leftOf(String id, String language, String other, String otherLanguage) {
        boolean chinese = language.startsWith("zh");
        return chinese == otherLanguage.startsWith("zh") ? id.compareTo(other) < 0 : !chinese;
    }

    /** A document as the aligner reads it: a copy of its graph and its language; null when it is gone. */
    private static ExpressionAlignment.Expression expression(DatasetGraph dsg, Iris iris, String id) {
        Node graph = NodeFactory.createURI(iris.documentGraph(id));
        if (!dsg.containsGraph(graph)) {
            return null;
        }
        Model copy = ModelFactory.createDefaultModel();
        dsg.getGraph(graph).find().forEachRemaining(copy.getGraph()::add);
        return new ExpressionAlignment.Expression(iris.document(id), language(dsg, iris, id), copy);
    }

    /** The document's language as its graph states it, or "" when it states none. */
    private static String language(DatasetGraph dsg, Iris iris, String id) {
        Node graph = NodeFactory.createURI(iris.documentGraph(id));
        Node document = NodeFactory.createURI(iris.document(id));
        return Iter.toList(dsg.find(graph, document, DCTerms.language.asNode(), Node.ANY)).stream()
                .map(q -> q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : "")
                .findFirst()
                .orElse("");
    }
}
