package org.policykg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggCountVar;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * ARQ's executor with one shortcut for the copy in memory: a top-level {@code GROUP BY} of plain
 * variables over one triple pattern, counting with {@code COUNT(*)} or {@code COUNT(?v)}, is counted
 * straight from the graph's index. ("How many of each type, each property?": the statistics queries
 * of every dataset.) ARQ would build a binding per matching triple, then a key binding and an
 * accumulator per group; that was 85% of such a query's time. Anything else, including DISTINCT
 * counts, expressions and repeated variables, goes to ARQ as before.
 */
final class GroupCountExecutor extends OpExecutor {
    static final OpExecutorFactory FACTORY = GroupCountExecutor::new;
    /** Queries answered by the shortcut since start: lets the tests see that it is taken. */
    static final LongAdder COUNTED = new LongAdder();

    private GroupCountExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpGroup opGroup, QueryIterator input) {
        Triple pattern = singlePattern(opGroup.getSubOp());
        if (pattern == null
                || !(input instanceof QueryIterRoot root && root.isJoinIdentity())
                || !countable(pattern, opGroup)) {
            return super.execute(opGroup, input);
        }
        input.close();
        COUNTED.increment();
        return QueryIterPlainWrapper.create(
                count(execCxt.getActiveGraph(), pattern, opGroup).iterator(), execCxt);
    }

    /** The one triple pattern of {@code op}, or null. */
    private static Triple singlePattern(Op op) {
        if (op instanceof OpTriple t) {
            return t.getTriple();
        }
        if (op instanceof OpBGP bgp && bgp.getPattern().size() == 1) {
            return bgp.getPattern().get(0);
        }
        return null;
    }

    /** Whether every group key is a plain variable of the pattern and every aggregate a plain count. */
    private static boolean countable(Triple pattern, OpGroup opGroup) {
        List<Var> vars = new ArrayList<>();
        for (Node n : List.of(pattern.getSubject(), pattern.getPredicate(), pattern.getObject())) {
            if (n.isVariable()) {
                vars.add(Var.alloc(n));
            } else if (!n.isConcrete()) {
                return false; // blank-node variables and the like: leave them to ARQ
            }
        }
        if (new HashSet<>(vars).size() != vars.size()) {
            return false; // ?x ?p ?x needs the equal-terms test find does not make
        }
        VarExprList keys = opGroup.getGroupVars();
        if (!keys.getExprs().isEmpty() || !vars.containsAll(keys.getVars())) {
            return false;
        }
        for (ExprAggregator agg : opGroup.getAggregators()) {
            Aggregator a = agg.getAggregator();
            boolean plainCount = a.getClass() == AggCount.class
                    || (a.getClass() == AggCountVar.class
                            && a.getExprList().get(0).isVariable()
                            && vars.contains(a.getExprList().get(0).asVar()));
            if (!plainCount) {
                return false;
            }
        }
        return true;
    }

    private static List<Binding> count(Graph graph, Triple pattern, OpGroup opGroup) {
        List<Var> keys = opGroup.getGroupVars().getVars();
        Map<List<Node>, long[]> counts = new HashMap<>();
        ExtendedIterator<Triple> it = graph.find(
                concrete(pattern.getSubject()), concrete(pattern.getPredicate()), concrete(pattern.getObject()));
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                List<Node> key = new ArrayList<>(keys.size());
                for (Var k : keys) {
                    key.add(valueOf(k, pattern, t));
                }
                counts.computeIfAbsent(key, x -> new long[1])[0]++;
            }
        } finally {
            it.close();
        }
        if (keys.isEmpty() && counts.isEmpty()) {
            counts.put(List.of(), new long[1]); // no GROUP BY: one row, counting zero
        }
        List<Binding> rows = new ArrayList<>(counts.size());
        counts.forEach((key, n) -> {
            BindingBuilder row = BindingBuilder.create();
            for (int i = 0; i < keys.size(); i++) {
                row.add(keys.get(i), key.get(i));
            }
            Node total = NodeValue.makeInteger(n[0]).asNode();
            for (ExprAggregator agg : opGroup.getAggregators()) {
                row.add(agg.getVar(), total);
            }
            rows.add(row.build());
        });
        return rows;
    }

    private static Node concrete(Node n) {
        return n.isVariable() ? Node.ANY : n;
    }

    private static Node valueOf(Var v, Triple pattern, Triple t) {
        if (isVar(pattern.getSubject(), v)) {
            return t.getSubject();
        }
        return isVar(pattern.getPredicate(), v) ? t.getPredicate() : t.getObject();
    }

    private static boolean isVar(Node n, Var v) {
        return n.isVariable() && n.getName().equals(v.getVarName());
    }
}
