package org.policykg.web.sparql;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * REGEX that stops when the query is aborted. Jena's REGEX runs {@code java.util.regex} on a plain
 * String, so one catastrophic pattern such as {@code (a+)+b} spins inside a single call that no
 * timeout or abort reaches. This one matches over a CharSequence that checks the execution's cancel
 * signal as the matcher reads characters; {@link #rewrite} swaps it in for every REGEX of a query,
 * and {@link CancellableReplace} in for every REPLACE, which has the same weakness; it also swaps in
 * the bounded CONCAT and GROUP_CONCAT of {@link StringBudget}, and {@link UnknownFunction} for a call
 * of an IRI that names no function.
 */
final class CancellableRegex extends CancellableFunction {
    static final String IRI = "urn:policy-kg:function:cancellable-regex";

    static {
        FunctionRegistry.get().put(IRI, uri -> new CancellableRegex());
        FunctionRegistry.get().put(CancellableReplace.IRI, uri -> new CancellableReplace());
    }

    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new E_Function(IRI, args);
                }
                if (func instanceof E_StrReplace) {
                    return new E_Function(CancellableReplace.IRI, args);
                }
                if (func instanceof E_StrConcat) {
                    return StringBudget.concat(args);
                }
                if (func instanceof E_Function call) {
                    Expr unknown = UnknownFunction.replace(call, args);
                    if (unknown != null) {
                        return unknown;
                    }
                }
                return super.transform(func, args);
            }

            @Override
            public Expr transform(ExprAggregator agg) {
                return StringBudget.groupConcat(agg);
            }
        });
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 2 && args.size() != 3) {
            throw new ExprEvalException("REGEX takes two or three arguments");
        }
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        String pattern = args.get(1).getString();
        String flags = args.size() == 3 ? args.get(2).getString() : null;
        return NodeValue.makeBoolean(pattern("REGEX", pattern, flags)
                .matcher(checked(text.getLiteralLexicalForm()))
                .find());
    }
}
