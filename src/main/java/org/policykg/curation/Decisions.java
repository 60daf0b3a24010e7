package org.policykg.curation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.policykg.vocab.Vocab;

/**
 * The curator's decisions as the curation graph holds them: which candidates became (or were merged
 * into) which members of a scheme, and which were rejected. A document ingested later is written
 * as they say, so a rejected candidate stays rejected and an accepted one is never minted again.
 */
public record Decisions(Map<Node, Node> members, Set<Node> rejected) {
    public static final Decisions NONE = new Decisions(Map.of(), Set.of());

    /** The decisions in the store's curation graph; read inside a transaction. */
    public static Decisions read(DatasetGraph dsg, Iris iris) {
        Node graph = NodeFactory.createURI(iris.curationGraph());
        if (!dsg.containsGraph(graph)) {
            return NONE;
        }
        Map<Node, Node> members = new HashMap<>();
        Set<Node> rejected = new HashSet<>();
        Node used = Vocab.used.asNode();
        Node rejection = PKG.Rejection.asNode();
        Node into = PKG.curatedInto.asNode();
        for (Quad q : Iter.toList(dsg.find(graph, Node.ANY, used, Node.ANY))) {
            Node decision = q.getSubject();
            if (dsg.contains(graph, decision, RDF.type.asNode(), rejection)) {
                rejected.add(q.getObject());
            } else {
                dsg.find(graph, decision, into, Node.ANY)
                        .forEachRemaining(m -> members.put(q.getObject(), m.getObject()));
            }
        }
        return new Decisions(Map.copyOf(members), Set.copyOf(rejected));
    }

    public boolean isEmpty() {
        return members.isEmpty() && rejected.isEmpty();
    }

    /** Whether the candidate was decided about, either way. */
    public boolean decided(Node candidate) {
        return members.containsKey(candidate) || rejected.contains(candidate);
    }

    /**
     * A document's graph as the decisions say: the graph itself when no decided candidate is in it,
     * else a rewritten copy (the graph as built may not take deletes).
     */
    public Graph apply(Graph g) {
        if (isEmpty()) {
            return g;
        }
        Set<Node> decided = new HashSet<>();
        for (CandidateKind kind : CandidateKind.values()) {
            Relinker.candidates(g, kind).stream().filter(this::decided).forEach(decided::add);
        }
        if (decided.isEmpty()) {
            return g;
        }
        Graph copy = new GraphMem2Fast();
        g.find().forEachRemaining(copy::add);
        copy.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        for (Node c : decided) {
            Node member = members.get(c);
            if (member != null) {
                Relinker.relink(copy, c, member);
            } else {
                Relinker.drop(copy, c);
            }
        }
        return copy;
    }
}
