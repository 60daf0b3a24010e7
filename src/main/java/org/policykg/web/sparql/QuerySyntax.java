package org.policykg.web.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.policykg.web.HttpProblem;

/**
 * What a query or update text is, before it runs: parsed, its syntax errors as 400 problems naming
 * line and column, and whether it needs the store's full-text index (SERVICE: {@link ServiceCalls}).
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
     * Whether the query text names jena-text's namespace (text:query and the like, as a prefix or a
     * full IRI, in any subquery or EXISTS): such a query needs the store's own full-text index. A
     * mention elsewhere (in a string) only sends the query to the store, which answers it too.
     */
    static boolean searchesText(String queryText) {
        return queryText.contains(TEXT_NS);
    }
}
