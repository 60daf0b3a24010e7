package org.policykg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.graph.GraphEvents;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A document's graph as {@link GraphBuilder} fills it: the triples in the order they were added and
 * a hash set that drops duplicates, with the three indexes of a {@link GraphMem2Fast} built only
 * when something asks a question only an index answers well (a pattern with a bound node, a
 * change). Writing a graph out or storing it only iterates it, which needs no index; SHACL
 * validation and lookups do, and pay for it then, as much as indexing every add cost before.
 *
 * <p>Once indexed the graph is the {@code GraphMem2Fast} the builder used to return, filled in the
 * same order, so it iterates as that did. Concurrent reads are safe, as they are on a
 * {@code GraphMem2Fast}: the index is built once under a lock; changes need one writer, as there.
 */
public final class BuiltGraph extends GraphBase {
    // while building: the triples in order, and the same triples for duplicate and contains tests;
    // both dropped once the index holds them (then never read again)
    private volatile List<Triple> triples;
    private volatile TripleSet seen;
    // whether every triple is in the duplicate set: those appended as new go in when it is first asked what it holds
    private volatile boolean allSeen = true;
    // the duplicates added, each with the number of triples before it: a duplicate changes no triple
    // but can turn a subject's array of 16 triples into a hash table, which iterates in another order,
    // so the index replays them where they came
    private final List<Triple> duplicates = new ArrayList<>();
    private int[] duplicateAt = new int[16];
    private volatile GraphMem2Fast index;

    BuiltGraph() {
        this(16, 16);
    }

    /**
     * @param expected about how many triples will be added
     * @param expectedTested about how many of them through {@link #append}, which tests for a duplicate: the
     *     duplicate set then never grows (a rehash each time), and is no larger than it needs be
     */
    BuiltGraph(int expected, int expectedTested) {
        triples = new ArrayList<>(expected);
        seen = new TripleSet(expectedTested);
    }

    /**
     * Adds a triple while building, without events (nothing listens yet), unless it is there already
     * (those appended as new excepted: their callers vouch for them).
     */
    void append(Triple t) {
        if (seen.add(t)) {
            triples.add(t);
        } else {
            if (duplicates.size() == duplicateAt.length) {
                duplicateAt = Arrays.copyOf(duplicateAt, duplicateAt.length * 2);
            }
            duplicateAt[duplicates.size()] = triples.size();
            duplicates.add(t);
        }
    }

    /**
     * Adds a triple the caller knows no other append gives (a triple about a node it has just minted, with a
     * predicate and object it gives that node once), without the duplicate test: most of a large document's
     * triples are of that kind, and the test was most of the cost of adding them.
     */
    void appendNew(Triple t) {
        triples.add(t);
        allSeen = false;
    }

    /** How many triples have been appended, duplicates left out: where the next one will stand. */
    int appended() {
        return triples.size();
    }

    /**
     * Puts the triples appended from position {@code from} on into the duplicate set: before appends that could
     * repeat one of them appended as new (a caller that describes a node a second time, from where it first did).
     */
    void see(int from) {
        List<Triple> list = triples;
        TripleSet set = seen;
        for (int k = from; k < list.size(); k++) {
            set.add(list.get(k));
        }
    }

    /** Puts the triples appended as new into the duplicate set, before a question it answers. */
    private void seeAll() {
        if (!allSeen) {
            synchronized (this) {
                if (!allSeen && seen != null) {
                    see(0);
                }
                allSeen = true;
            }
        }
    }

    /**
     * Adds to {@code target} every triple added so far whose subject passes {@code subjects}, duplicates
     * included, in the order they were added: its indexes then hold them as a {@code GraphMem2Fast}
     * filled by every add would. Only before the index is built.
     */
    void replay(GraphMem2Fast target, Predicate<Node> subjects) {
        List<Triple> list = triples;
        int d = 0;
        for (int k = 0; k <= list.size(); k++) {
            for (; d < duplicates.size() && duplicateAt[d] == k; d++) {
                Triple t = duplicates.get(d);
                if (subjects.test(t.getSubject())) {
                    target.performAdd(t);
                }
            }
            if (k < list.size()) {
                Triple t = list.get(k);
                if (subjects.test(t.getSubject())) {
                    target.performAdd(t);
                }
            }
        }
    }

    /** Whether the index has been built (for tests). */
    boolean indexed() {
        return index != null;
    }

    private GraphMem2Fast index() {
        GraphMem2Fast i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = new GraphMem2Fast();
                    replay(i, n -> true);
                    duplicates.clear();
                    allSeen = true;
                    seen = null;
                    triples = null;
                    index = i;
                }
            }
        }
        return i;
    }

    private static boolean isAnyAnyAny(Triple m) {
        return !m.getSubject().isConcrete()
                && !m.getPredicate().isConcrete()
                && !m.getObject().isConcrete();
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
        GraphMem2Fast i = index;
        if (i == null && isAnyAnyAny(m)) {
            List<Triple> list = triples;
            if (list != null) {
                // the list is never changed after building: a change goes to the index
                return WrappedIterator.create(Collections.unmodifiableList(list).iterator());
            }
        }
        return (i != null ? i : index()).find(m);
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        GraphMem2Fast i = index;
        if (i == null && t.isConcrete()) {
            seeAll();
            TripleSet set = seen;
            if (set != null) {
                return set.contains(t);
            }
        }
        return (i != null ? i : index()).contains(t);
    }

    @Override
    protected int graphBaseSize() {
        GraphMem2Fast i = index;
        if (i == null) {
            List<Triple> list = triples;
            if (list != null) {
                return list.size();
            }
        }
        return (i != null ? i : index()).size();
    }

    @Override
    public void performAdd(Triple t) {
        index().performAdd(t);
    }

    @Override
    public void performDelete(Triple t) {
        index().performDelete(t);
    }

    @Override
    public void clear() {
        index().clear();
        getEventManager().notifyEvent(this, GraphEvents.removeAll);
    }

    /**
     * A set of triples by open addressing, each slot's hash kept beside it: a HashSet's entry object per
     * triple, and its pointer chase on every probe, were most of the cost of telling duplicates apart.
     * A probe reads the hashes alone (0 marks an empty slot, so no hash is 0) and a triple only where the
     * hash agrees: most adds are new, and then touch one array's line rather than two. A triple's probe
     * starts near its subject's place (within 64 slots): the builder adds a subject's triples in a run,
     * and each then finds its lines in the cache that the last one loaded, where a start anywhere in
     * the table missed it on nearly every add of a large document.
     */
    private static final class TripleSet {
        private Triple[] slots;
        private int[] hashes;
        private int size;

        TripleSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1; // at most half full
            slots = new Triple[capacity];
            hashes = new int[capacity];
        }

        private static int spread(int h) {
            int spread = h ^ (h >>> 16);
            return spread == 0 ? 1 : spread;
        }

        /** The slot a probe for the triple starts at, near those of the other triples of its subject. */
        private static int start(Triple t, int h) {
            int s = t.getSubject().hashCode() * 0x9E3779B9;
            return (s ^ (s >>> 16)) + (h & 63);
        }

        /** @return false when the set holds the triple already */
        boolean add(Triple t) {
            int h = spread(t.hashCode());
            int mask = hashes.length - 1;
            for (int i = start(t, h) & mask; ; i = (i + 1) & mask) {
                int e = hashes[i];
                if (e == 0) {
                    slots[i] = t;
                    hashes[i] = h;
                    if (++size * 2 > slots.length) {
                        grow();
                    }
                    return true;
                }
                if (e == h && slots[i].equals(t)) {
                    return false;
                }
            }
        }

        boolean contains(Triple t) {
            int h = spread(t.hashCode());
            int mask = hashes.length - 1;
            for (int i = start(t, h) & mask; ; i = (i + 1) & mask) {
                int e = hashes[i];
                if (e == 0) {
                    return false;
                }
                if (e == h && slots[i].equals(t)) {
                    return true;
                }
            }
        }

        private void grow() {
            Triple[] oldSlots = slots;
            int[] oldHashes = hashes;
            slots = new Triple[oldSlots.length * 2];
            hashes = new int[oldSlots.length * 2];
            int mask = slots.length - 1;
            for (int k = 0; k < oldSlots.length; k++) {
                if (oldHashes[k] != 0) {
                    int i = start(oldSlots[k], oldHashes[k]) & mask;
                    while (hashes[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = oldSlots[k];
                    hashes[i] = oldHashes[k];
                }
            }
        }
    }
}
