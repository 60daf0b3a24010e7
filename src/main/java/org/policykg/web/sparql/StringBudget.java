package org.policykg.web.sparql;

import java.util.List;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.AggregateRegistry;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * The longest string one query may build. Jena's CONCAT and GROUP_CONCAT grow a string without
 * bound: 26 nested {@code BIND(CONCAT(?x, ?x))} ask for 2^26 times the first string, and a
 * GROUP_CONCAT over a cross product for every row of it, each in one call that no timeout reaches.
 * {@link CancellableRegex#rewrite} swaps these versions in; past the bound the whole query is
 * refused ({@link Exceeded}), rather than the row left unbound as an expression error would.
 */
final class StringBudget {
    /** A million characters: far beyond a label or a text, and a few megabytes of heap. */
    static final int MAX_CHARS = 1 << 20;

    static final String CONCAT_IRI = "urn:policy-kg:function:bounded-concat";
    static final String GROUP_CONCAT_IRI = "urn:policy-kg:aggregate:bounded-group-concat";

    static {
        FunctionRegistry.get().put(CONCAT_IRI, uri -> new BoundedConcat());
        AggregateRegistry.register(GROUP_CONCAT_IRI, BoundedGroupConcat::new, NodeValue.nvEmptyString.asNode());
    }

    private StringBudget() {}

    /** A query built a string longer than {@link #MAX_CHARS}: not an expression error, the query stops. */
    static final class Exceeded extends QueryExecException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("a string of the query passed " + MAX_CHARS + " characters");
        }
    }

    /** The bounded CONCAT for Jena's. */
    static Expr concat(ExprList args) {
        return new E_Function(CONCAT_IRI, args);
    }

    /** The bounded GROUP_CONCAT for Jena's, with its separator as a second argument; others as they are. */
    static Expr groupConcat(ExprAggregator agg) {
        Aggregator a = agg.getAggregator();
        String separator;
        boolean distinct;
        if (a instanceof AggGroupConcat g) {
            separator = g.getSeparator();
            distinct = false;
        } else if (a instanceof AggGroupConcatDistinct g) {
            separator = g.getSeparator();
            distinct = true;
        } else {
            return agg;
        }
        ExprList args = new ExprList(a.getExprList().get(0));
        args.add(NodeValue.makeString(separator == null ? " " : separator));
        return new ExprAggregator(agg.getVar(), AggregatorFactory.createCustom(GROUP_CONCAT_IRI, distinct, args));
    }

    private static void check(long chars) {
        if (chars > MAX_CHARS) {
            throw new Exceeded();
        }
    }

    /** CONCAT, measured before the string is built. */
    static final class BoundedConcat extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            // CONCAT takes any number of arguments, none included
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            long chars = 0;
            for (NodeValue arg : args) {
                if (!arg.isLiteral()) {
                    throw new ExprEvalException("CONCAT: not a string: " + arg);
                }
                chars += arg.asNode().getLiteralLexicalForm().length();
            }
            check(chars);
            return XSDFuncOp.strConcat(args);
        }
    }

    /** GROUP_CONCAT as Jena's (an error in any row leaves the result unbound), measured as it grows. */
    private static final class BoundedGroupConcat extends AccumulatorExpr {
        private final String separator;
        private final StringBuilder text = new StringBuilder();
        private boolean first = true;

        BoundedGroupConcat(AggCustom agg, boolean distinct) {
            super(agg.getExprList().get(0), distinct);
            this.separator = agg.getExprList().get(1).getConstant().getString();
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
            String s = nv.asString();
            check((long) text.length() + separator.length() + s.length());
            if (!first) {
                text.append(separator);
            }
            text.append(s);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
            // the error count of AccumulatorExpr leaves the value unbound, as Jena's GROUP_CONCAT does
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(text.toString());
        }
    }
}
