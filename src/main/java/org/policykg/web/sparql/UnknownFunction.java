package org.policykg.web.sparql;

import java.util.List;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call of an IRI that names no function here. Jena logs a warning each time such a call is
 * evaluated, once per row: a megabyte of log from one request. The query is rewritten to call this
 * instead, which fails the same way (an expression error: the row is filtered out or left unbound)
 * in silence, and the IRI is logged once, when the query is prepared. Java-class IRIs ({@code java:})
 * count as unknown: a query does not load classes.
 */
final class UnknownFunction extends FunctionBase {
    private static final Logger log = LoggerFactory.getLogger(UnknownFunction.class);
    private static final String IRI = "urn:policy-kg:function:unknown";

    static {
        FunctionRegistry.get().put(IRI, uri -> new UnknownFunction());
    }

    /** The call as it is when {@code iri} names a function (or a script, which is refused later); else this. */
    static Expr replace(E_Function call, ExprList args) {
        String iri = call.getFunctionIRI();
        if (iri.startsWith(ARQConstants.JavaScriptURI)
                || (!iri.startsWith(ARQConstants.javaClassURIScheme)
                        && FunctionRegistry.get().isRegistered(iri))) {
            return null;
        }
        log.warn("A query calls <{}>, which names no function here: each call is an expression error", iri);
        ExprList withName = new ExprList(NodeValue.makeString(iri));
        withName.addAll(args);
        return new E_Function(IRI, withName);
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
        // any number of arguments: those of the unknown call
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        throw new ExprEvalException("No function <" + args.get(0).getString() + ">");
    }
}
