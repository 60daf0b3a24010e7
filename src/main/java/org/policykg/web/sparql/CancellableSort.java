package org.policykg.web.sparql;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * ORDER BY keys that stop when the query is aborted. Jena's sort checks its own flag, not the
 * execution's cancel signal, and while the query is still building its plan (an ORDER BY under an
 * OFFSET sorts in there) only the signal is raised: each 20,000-row spill sorted to its end, seconds
 * on a loaded machine, past the timeout. Every sort key is wrapped in this identity function, which
 * the comparator calls on each comparison and which throws once the signal is raised.
 */
final class CancellableSort extends FunctionBase {
    static final String IRI = "urn:policy-kg:function:cancellable-sort-key";

    static {
        FunctionRegistry.get().put(IRI, uri -> new CancellableSort());
    }

    /** Wraps each ORDER BY key of {@code query}, a private copy, in place. */
    static void wrapKeys(Query query) {
        List<SortCondition> keys = query.getOrderBy();
        if (keys == null) {
            return;
        }
        keys.replaceAll(
                key -> new SortCondition(new E_Function(IRI, new ExprList(key.getExpression())), key.getDirection()));
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 1) {
            throw new ExprEvalException("a sort key takes one argument");
        }
    }

    /** Stateless, the signal read from each call's own execution, so that a plan can be shared. */
    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        AtomicBoolean signal = env == null ? null : Context.getCancelSignal(env.getContext());
        if (signal != null && signal.get()) {
            throw new QueryCancelledException();
        }
        return args.get(0);
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        return args.get(0);
    }
}
