package org.policykg.web.sparql;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.policykg.web.HttpProblem;

/**
 * What a query or update text is, before it runs: parsed, its syntax errors as 400 problems naming
 * line and column, and the parts that decide how it may run (SERVICE, full-text search).
 */
final class QuerySyntax {
    /** jena-text's property functions: they need the store's own full-text index. */
    private static final String TEXT_NS = "http://jena.apache.org/text#";

    private QuerySyntax() {}

    /**
     * @param base the endpoint's URL: relative IRIs resolve against it (the Protocol lets the service
     *     choose), rather than against Jena's default, the server's working directory as a file: IRI
     */
    static Query parse(String text, String base) {
        try {
            return QueryFactory.create(text, base, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw HttpProblem.badQuery(parseDetail("The query does not parse", e));
        } catch (RuntimeException e) {
            throw HttpProblem.badQuery("The query does not parse: " + e.getMessage());
        }
    }

    /** The parser's own message names the line and column; add them only where it does not. */
    static String parseDetail(String lead, QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        String where = message.contains("line " + e.getLine())
                ? ""
                : " (line " + e.getLine() + ", column " + e.getColumn() + ")";
        return lead + where + ": " + message;
    }

    /**
     * SERVICE would make this server fetch from any address a client names (other hosts, the cloud
     * metadata address, internal services): refused before execution, and off in the engine too.
     */
    static void refuseService(Element pattern) {
        refuseServiceBeyond(pattern, Set.of());
    }

    /**
     * Refuses a SERVICE whose endpoint is not on the allow-list (a variable endpoint never is).
     *
     * @return whether the pattern calls any (allowed) SERVICE
     */
    static boolean refuseServiceBeyond(Element pattern, Set<String> allowed) {
        boolean[] service = {false};
        String[] refused = {null};
        if (pattern != null) {
            ElementWalker.walk(pattern, new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    service[0] = true;
                    Node endpoint = el.getServiceNode();
                    if (refused[0] == null && !(endpoint.isURI() && allowed.contains(endpoint.getURI()))) {
                        refused[0] = endpoint.toString();
                    }
                }
            });
        }
        if (refused[0] != null) {
            throw HttpProblem.forbidden(
                            allowed.isEmpty()
                                    ? "SERVICE is not allowed: this endpoint does not query other endpoints."
                                    : "SERVICE " + refused[0] + " is not allowed: this endpoint queries only "
                                            + String.join(", ", new TreeSet<>(allowed)) + ".")
                    .reason("service-refused");
        }
        return service[0];
    }

    /**
     * Whether the query text names jena-text's namespace (text:query and the like, as a prefix or a
     * full IRI, in any subquery or EXISTS): such a query needs the store's own full-text index. A
     * mention elsewhere (in a string) only sends the query to the store, which answers it too.
     */
    static boolean searchesText(String queryText) {
        return queryText.contains(TEXT_NS);
    }
}
