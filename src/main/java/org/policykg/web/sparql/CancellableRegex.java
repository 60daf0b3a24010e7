package org.policykg.web.sparql;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * REGEX that stops when the query is aborted. Jena's REGEX runs {@code java.util.regex} on a plain
 * String, so one catastrophic pattern such as {@code (a+)+b} spins inside a single call that no
 * timeout or abort reaches. This one matches over a CharSequence that checks the execution's cancel
 * signal as the matcher reads characters; {@link #rewrite} swaps it in for every REGEX of a query,
 * and {@link CancellableReplace} in for every REPLACE, which has the same weakness.
 */
final class CancellableRegex extends FunctionBase {
    static final String IRI = "urn:policy-kg:function:cancellable-regex";

    static {
        FunctionRegistry.get().put(IRI, uri -> new CancellableRegex());
        FunctionRegistry.get().put(CancellableReplace.IRI, uri -> new CancellableReplace());
    }

    private AtomicBoolean cancel = new AtomicBoolean();
    // the pattern is nearly always a constant: compile it once per query, not once per row
    private String lastKey;
    private Pattern lastPattern;

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
                return super.transform(func, args);
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
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        AtomicBoolean signal = env == null ? null : Context.getCancelSignal(env.getContext());
        if (signal != null) {
            cancel = signal;
        }
        return exec(args);
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        String pattern = args.get(1).getString();
        String flags = args.size() == 3 ? args.get(2).getString() : null;
        String key = flags + "/" + pattern;
        if (!key.equals(lastKey)) {
            lastPattern = RegexEngine.makePattern("REGEX", pattern, flags);
            lastKey = key;
        }
        Pattern p = lastPattern;
        return NodeValue.makeBoolean(
                p.matcher(new Checked(text.getLiteralLexicalForm(), cancel)).find());
    }

    /** Reads through to the text, and throws once the query is cancelled. */
    record Checked(String text, AtomicBoolean cancel) implements CharSequence {
        @Override
        public char charAt(int index) {
            if (cancel.get()) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Checked(text.substring(start, end), cancel);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
