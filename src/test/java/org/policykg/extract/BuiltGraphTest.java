package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2Fast;
import org.junit.jupiter.api.Test;

/** The builder's graph answers as the GraphMem2Fast it replaces, before and after it indexes. */
class BuiltGraphTest {
    private static Node n(String s) {
        return NodeFactory.createURI("http://example.org/" + s);
    }

    /** Random adds with many duplicates, over few subjects (so some pass 16 triples, the array bunch's limit). */
    private static List<Triple> adds(long seed) {
        Random r = new Random(seed);
        List<Triple> out = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            out.add(Triple.create(n("s" + r.nextInt(60)), n("p" + r.nextInt(4)), n("o" + r.nextInt(12))));
        }
        return out;
    }

    @Test
    void iteratesAndAnswersAsGraphMem2FastFilledByTheSameAdds() {
        for (long seed = 0; seed < 20; seed++) {
            List<Triple> adds = adds(seed);
            GraphMem2Fast expected = new GraphMem2Fast();
            BuiltGraph g = new BuiltGraph();
            adds.forEach(t -> {
                expected.performAdd(t);
                g.append(t);
            });
            // before the index: size, contains and iteration from the list
            assertThat(g.size()).isEqualTo(expected.size());
            assertThat(g.find().toSet()).isEqualTo(expected.find().toSet());
            for (Triple t : adds.subList(0, 50)) {
                assertThat(g.contains(t)).isTrue();
            }
            assertThat(g.contains(n("s1"), n("p0"), n("nothing"))).isFalse();
            assertThat(g.indexed()).isFalse();
            // a pattern builds the index; from then on the order is GraphMem2Fast's, duplicates replayed
            assertThat(g.find(n("s3"), Node.ANY, Node.ANY).toList())
                    .isEqualTo(expected.find(n("s3"), Node.ANY, Node.ANY).toList());
            assertThat(g.indexed()).isTrue();
            assertThat(g.find().toList()).isEqualTo(expected.find().toList());
            assertThat(g.find(Node.ANY, n("p1"), n("o2")).toList())
                    .isEqualTo(expected.find(Node.ANY, n("p1"), n("o2")).toList());
        }
    }

    @Test
    void replaysOnlyTheChosenSubjectsInOrder() {
        List<Triple> adds = adds(7);
        GraphMem2Fast expected = new GraphMem2Fast();
        BuiltGraph g = new BuiltGraph();
        adds.forEach(t -> {
            expected.performAdd(t);
            g.append(t);
        });
        GraphMem2Fast some = new GraphMem2Fast();
        g.replay(some, s -> s.equals(n("s5")) || s.equals(n("s9")));
        for (String s : List.of("s5", "s9")) {
            assertThat(some.find(n(s), Node.ANY, Node.ANY).toList())
                    .isEqualTo(expected.find(n(s), Node.ANY, Node.ANY).toList());
        }
        assertThat(some.contains(n("s1"), Node.ANY, Node.ANY)).isFalse();
    }

    @Test
    void triplesAppendedAsNewAreHeldAndAnsweredForAsTheOthers() {
        BuiltGraph g = new BuiltGraph(4, 4);
        Triple a = Triple.create(n("a"), n("p"), n("b"));
        Triple c = Triple.create(n("c"), n("p"), n("d"));
        g.appendNew(a);
        g.append(c);
        int from = g.appended();
        g.appendNew(Triple.create(n("e"), n("p"), n("f")));
        // a second description of e must be told it repeats the first
        g.see(from);
        g.append(Triple.create(n("e"), n("p"), n("f")));
        assertThat(g.find().toList()).containsExactly(a, c, Triple.create(n("e"), n("p"), n("f")));
        assertThat(g.contains(a)).isTrue();
        assertThat(g.contains(n("e"), n("p"), n("f"))).isTrue();
        assertThat(g.indexed()).isFalse();
        assertThat(g.find(n("a"), Node.ANY, Node.ANY).toList()).containsExactly(a);
    }

    @Test
    void changesGoToTheIndex() {
        BuiltGraph g = new BuiltGraph();
        Triple a = Triple.create(n("a"), n("p"), n("b"));
        g.append(a);
        Triple c = Triple.create(n("c"), n("p"), n("d"));
        g.add(c);
        assertThat(g.indexed()).isTrue();
        assertThat(g.size()).isEqualTo(2);
        g.delete(a);
        assertThat(g.find().toList()).containsExactly(c);
        g.clear();
        assertThat(g.isEmpty()).isTrue();
    }
}
