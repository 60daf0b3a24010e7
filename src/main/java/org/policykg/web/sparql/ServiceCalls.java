package org.policykg.web.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.policykg.web.HttpProblem;

/**
 * The one rule for SERVICE, decided before anything runs: every SERVICE of the whole algebra (in
 * subqueries, OPTIONAL, EXISTS and NOT EXISTS wherever an expression may hold one, BIND, HAVING, ORDER
 * BY, aggregates) must name an endpoint on the allow-list, or the request is refused with one 403. The engine's
 * SERVICE is switched on only for a query all of whose calls are allowed, and never for an update.
 *
 * <p>A check of the syntax tree alone missed the calls inside expressions and subqueries, and the
 * engine then refused them once per row, each with a stack trace in the log.
 */
final class ServiceCalls {
    private ServiceCalls() {}

    /**
     * @param endpoints every SERVICE endpoint of the query ({@link #endpoints(Query)})
     * @param allowed the endpoints a query may call (empty: none)
     * @return whether the query calls any SERVICE, every one of them allowed
     * @throws HttpProblem 403 for a SERVICE not on the list (a variable endpoint never is)
     */
    static boolean check(List<Node> endpoints, Set<String> allowed) {
        for (Node endpoint : endpoints) {
            if (!(endpoint.isURI() && allowed.contains(endpoint.getURI()))) {
                throw HttpProblem.forbidden(
                                allowed.isEmpty()
                                        ? "SERVICE is not allowed: this endpoint does not query other endpoints."
                                        : "SERVICE " + endpoint + " is not allowed: this endpoint queries only "
                                                + String.join(", ", new TreeSet<>(allowed)) + ".")
                        .reason("service-refused");
            }
        }
        return !endpoints.isEmpty();
    }

    /** The endpoint of every SERVICE in the query's whole algebra. */
    static List<Node> endpoints(Query query) {
        Op op;
        try {
            op = Algebra.compile(query);
        } catch (RuntimeException e) {
            return List.of(); // not runnable either: its execution fails, with SERVICE switched off
        }
        return endpoints(op);
    }

    /** An update's WHERE clause: no SERVICE at all, since updates never call out. */
    static void refuseAny(Element where) {
        if (where != null) {
            check(endpoints(Algebra.compile(where)), Set.of());
        }
    }

    /** The endpoint of every SERVICE in the algebra, those inside expressions (EXISTS) included. */
    static List<Node> endpoints(Op op) {
        List<Node> found = new ArrayList<>();
        collect(op, found);
        return found;
    }

    private static void collect(Op op, List<Node> found) {
        ExprVisitor inExpressions = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp funcOp) {
                collect(funcOp.getGraphPattern(), found);
            }
        };
        Walker.walk(
                op,
                new OpVisitorBase() {
                    @Override
                    public void visit(OpService service) {
                        found.add(service.getService());
                    }

                    @Override
                    public void visit(OpOrder order) {
                        // the walker leaves ORDER BY's expressions out
                        order.getConditions().forEach(c -> Walker.walk(c.getExpression(), inExpressions));
                    }

                    @Override
                    public void visit(OpGroup group) {
                        // nor the aggregates' arguments
                        for (ExprAggregator a : group.getAggregators()) {
                            ExprList args = a.getAggregator().getExprList();
                            if (args != null) {
                                args.forEach(e -> Walker.walk(e, inExpressions));
                            }
                        }
                    }
                },
                inExpressions);
    }
}
