package org.policykg.web.sparql;

import java.util.function.UnaryOperator;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * The algebra of one prepared query, made and optimised once and evaluated by every later execution
 * of the same text: for the small queries of a busy endpoint, ARQ's algebra generation and optimiser
 * were a quarter of the time. The optimiser reads the query and the context, never the data, so its
 * output is the same each time. Only ARQ's general engine (the copy in memory) takes the plan: TDB2's
 * engine plans with its own statistics and is left to do so. Not shared: queries calling a function by IRI (a bound function
 * may keep per-execution state, as the cancellable REGEX does), SERVICE, and executions with starting
 * values.
 */
final class QueryPlan {
    /** Where an execution finds the plan of its query. */
    static final Symbol SYMBOL = Symbol.create("urn:policy-kg:query-plan");

    static {
        QueryEngineRegistry.addFactory(new Factory());
    }

    private final Query query;
    private final Op algebra;
    private volatile Op optimised;

    private QueryPlan(Query query, Op algebra) {
        this.query = query;
        this.algebra = algebra;
    }

    /** The plan for {@code query}, which must not change afterwards; null where one may not be shared. */
    static QueryPlan of(Query query) {
        Op algebra;
        try {
            algebra = Algebra.compile(query);
        } catch (RuntimeException e) {
            return null; // the execution meets the same error where it always did, and answers it as before
        }
        return shareable(algebra) ? new QueryPlan(query, algebra) : null;
    }

    private static boolean shareable(Op op) {
        boolean[] shareable = {true};
        Walker.walk(
                op,
                new OpVisitorBase() {
                    @Override
                    public void visit(OpService opService) {
                        shareable[0] = false;
                    }
                },
                new ExprVisitorBase() {
                    @Override
                    public void visit(ExprFunctionN func) {
                        // a function may keep state per execution; the sort key reads only its call's own
                        if (func instanceof E_Function f && !CancellableSort.IRI.equals(f.getFunctionIRI())) {
                            shareable[0] = false;
                        }
                    }

                    @Override
                    public void visit(ExprFunctionOp funcOp) {
                        if (!shareable(funcOp.getGraphPattern())) {
                            shareable[0] = false; // inside EXISTS / NOT EXISTS
                        }
                    }
                });
        return shareable[0];
    }

    /** Whether an execution has taken the plan: for tests. */
    boolean isOptimised() {
        return optimised != null;
    }

    private Op optimised(UnaryOperator<Op> optimise) {
        Op done = optimised;
        if (done == null) {
            // two first executions may both optimise: the same result either way
            optimised = done = optimise.apply(algebra);
        }
        return done;
    }

    /** ARQ's general engine, taking the algebra from the plan instead of making it again. */
    private static final class Engine extends QueryEngineMain {
        Engine(Query query, DatasetGraph dsg, Binding input, Context context) {
            super(query, dsg, input, context);
        }

        @Override
        protected Op createOp(Query query) {
            return plan(context).algebra;
        }

        @Override
        protected Op modifyOp(Op op) {
            return plan(context).optimised(super::modifyOp);
        }

        private static QueryPlan plan(Context context) {
            return (QueryPlan) context.get(SYMBOL);
        }
    }

    private static final class Factory implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dsg, Context context) {
            // only the very query the plan was made for, and only where ARQ's general engine would run
            // it anyway: TDB2's engine (which also gives the union default graph) keeps its datasets
            return context != null
                    && context.get(SYMBOL) instanceof QueryPlan plan
                    && plan.query == query
                    && otherwise(query, dsg, context) == QueryEngineMain.getFactory();
        }

        /** The engine ARQ would choose without this one. */
        private QueryEngineFactory otherwise(Query query, DatasetGraph dsg, Context context) {
            for (QueryEngineFactory f : QueryEngineRegistry.get().factories()) {
                if (f != this && f.accept(query, dsg, context)) {
                    return f;
                }
            }
            return null;
        }

        @Override
        public Plan create(Query query, DatasetGraph dsg, Binding input, Context context) {
            if (input != null && !input.isEmpty()) {
                // starting values are substituted into the algebra before optimising: not the shared plan
                return QueryEngineMain.getFactory().create(query, dsg, input, context);
            }
            return new Engine(query, dsg, input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dsg, Context context) {
            return false;
        }

        @Override
        public Plan create(Op op, DatasetGraph dsg, Binding input, Context context) {
            throw new UnsupportedOperationException("plans are made for queries");
        }
    }
}
