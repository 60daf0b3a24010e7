package org.policykg.web.sparql;

import java.util.List;
import java.util.regex.Matcher;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * REPLACE that stops when the query is aborted, as {@link CancellableRegex} does for REGEX. It
 * follows Jena's {@code XSDFuncOp.strReplace}: the result keeps the language tag of the input, and
 * an empty match is replaced only where it is the first match.
 */
final class CancellableReplace extends CancellableFunction {
    static final String IRI = "urn:policy-kg:function:cancellable-replace";

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 3 && args.size() != 4) {
            throw new ExprEvalException("REPLACE takes three or four arguments");
        }
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String pattern =
                NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(1)).getLiteralLexicalForm();
        String replacement =
                NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        String flags = args.size() == 4
                ? NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(3)).getLiteralLexicalForm()
                : null;
        String lexical = text.getLiteralLexicalForm();
        String result = replaceAll(pattern("REPLACE", pattern, flags).matcher(checked(lexical)), replacement);
        if (result == null || result.equals(lexical)) {
            return args.get(0);
        }
        String lang = text.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? NodeValue.makeString(result) : NodeValue.makeLangString(result, lang);
    }

    private static String replaceAll(Matcher m, String replacement) {
        try {
            StringBuilder sb = null;
            while (m.find()) {
                if (sb == null) {
                    sb = new StringBuilder();
                } else if (m.start() == m.end()) {
                    continue;
                }
                m.appendReplacement(sb, replacement);
            }
            if (sb == null) {
                return null;
            }
            m.appendTail(sb);
            return sb.toString();
        } catch (IndexOutOfBoundsException e) { // a $n beyond the pattern's groups
            throw new ExprEvalException("IndexOutOfBounds", e);
        }
    }
}
