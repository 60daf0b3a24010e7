package org.policykg.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policykg.store.StoreQueries;
import org.policykg.web.HttpProblem;

/**
 * The search of a store without a text index this server can use (an external SPARQL store): every
 * word of the search, case folded, must occur in a sentence's text or a label, found with SPARQL
 * {@code CONTAINS} at the store. No stemming, no pinyin tone folding, no Lucene syntax; hits are
 * ranked by how early the first word occurs, then by IRI, and the whole text is the snippet.
 */
final class SparqlSearch {
    private static final String QUERY = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?s ?p ?lit WHERE {
              VALUES ?p { pkg:text skos:prefLabel skos:altLabel skos:hiddenLabel }
              ?s ?p ?lit .
              %s
              BIND (STRLEN(STRBEFORE(LCASE(STR(?lit)), ?first)) AS ?at)
            } ORDER BY ?at ?s LIMIT %d
            """;

    private SparqlSearch() {}

    static List<TextHit> query(DatasetGraph dsg, String q, String lang, int n) {
        List<String> words = words(q);
        if (words.isEmpty()) {
            throw HttpProblem.badRequest("The search has no words to look for.");
        }
        StringBuilder filters = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            filters.append("FILTER (CONTAINS(LCASE(STR(?lit)), ?w").append(i).append("))\n");
        }
        if (lang != null) {
            filters.append("FILTER (LANGMATCHES(LANG(?lit), ?lang))\n");
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY.formatted(filters, n));
        for (int i = 0; i < words.size(); i++) {
            pss.setLiteral("w" + i, words.get(i));
        }
        pss.setLiteral("first", words.get(0));
        if (lang != null) {
            pss.setLiteral("lang", lang);
        }
        List<TextHit> hits = new ArrayList<>();
        try (QueryExecution qe = StoreQueries.execution(dsg, pss.asQuery())) {
            int rank = 0;
            for (var rs = qe.execSelect(); rs.hasNext(); rank++) {
                QuerySolution row = rs.next();
                Node lit = row.get("lit").asNode();
                hits.add(new TextHit(
                        row.getResource("s").asNode(),
                        1f / (1 + rank),
                        NodeFactory.createLiteralLang(
                                mark(lit.getLiteralLexicalForm(), words), lit.getLiteralLanguage()),
                        null,
                        row.getResource("p").asNode()));
            }
        }
        return hits;
    }

    /** The text with each occurrence of a word between the markers {@link Snippet} reads, as jena-text marks it. */
    static String mark(String text, List<String> words) {
        Pattern any = Pattern.compile(
                words.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return any.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Snippet.START + m.group() + Snippet.END));
    }

    /** The words of a search, without the operators and quotes of Lucene's syntax. */
    static List<String> words(String q) {
        List<String> out = new ArrayList<>();
        for (String w : q.toLowerCase(Locale.ROOT).split("[\\s\"()+\\-!~*?:^\\[\\]{}\\\\/]+")) {
            if (!w.isBlank() && !List.of("and", "or", "not").contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
