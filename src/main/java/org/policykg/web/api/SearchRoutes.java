package org.policykg.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.policykg.store.GraphStore;
import org.policykg.store.TextIndexes;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.policykg.web.HttpProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/search?q=&limit=&offset=&lang=}: the full-text index, ranked, one hit per
 * resource (a sentence with its document and statements, or a concept, formulation, actor or
 * document with its labels), each with a snippet of the matched text (see {@link Snippet}).
 */
public final class SearchRoutes {
    private static final Logger log = LoggerFactory.getLogger(SearchRoutes.class);

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 1000;
    static final int MAX_QUERY_CHARS = 500;
    /** Languages with a field of their own; the other tags are searched through the neutral fields. */
    private static final Map<String, String> LANGUAGES =
            Map.of("en", "en", "zh", "zh", TextIndexes.PINYIN.toLowerCase(Locale.ROOT), TextIndexes.PINYIN);

    private static final List<Resource> FIELDS = List.of(
            ResourceFactory.createProperty(PKG.text.getURI()), ResourceFactory.createProperty(SKOS.prefLabel.getURI()));

    private static final String SENTENCE = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?doc ?title WHERE {
              ?focus dcterms:isPartOf+ ?doc . ?doc a pkg:PolicyDocument .
              OPTIONAL { ?doc dcterms:title ?title }
            } LIMIT 1
            """;
    private static final String STATEMENTS = """
            SELECT DISTINCT ?st ?type WHERE {
              ?st pkg:inSentence ?focus ; a ?type .
              FILTER (?type != pkg:Mention)
            } ORDER BY ?st ?type
            """;
    private static final String DESCRIBED = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?p ?o WHERE {
              VALUES ?p { rdf:type skos:prefLabel skos:altLabel skos:inScheme }
              ?focus ?p ?o .
            } ORDER BY ?p ?o
            """;

    private final GraphStore store;
    private final String documentNs;

    /** @param base the data namespace the document IRIs are minted in ({@link Iris#document}) */
    public SearchRoutes(GraphStore store, String base) {
        this.store = store;
        this.documentNs = new Iris(base).documentNamespace();
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw HttpProblem.badRequest("Give a search in ?q=, e.g. /api/search?q=food+security.");
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw HttpProblem.badRequest("The search is longer than " + MAX_QUERY_CHARS + " characters.");
        }
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, MAX_OFFSET);
        String lang = language(ctx.queryParam("lang"));
        ObjectNode body = JsonLd.object();
        body.put("query", q);
        if (lang != null) {
            body.put("language", lang);
        }
        body.put("offset", offset);
        body.put("limit", limit);
        ArrayNode hits = body.putArray("hits");
        store.read(dsg -> {
            // a resource matched by several labels comes once, at its best rank: ask for some extra
            int n = Math.min((offset + limit) * 4, 10_000);
            // an external SPARQL store has no index of ours: the same search by SPARQL CONTAINS there
            List<TextHit> found = store.textIndex() == null ? SparqlSearch.query(dsg, q, lang, n) : query(q, lang, n);
            Map<String, TextHit> best = new LinkedHashMap<>();
            for (TextHit hit : found) {
                if (hit.getNode().isURI()) {
                    best.putIfAbsent(hit.getNode().getURI(), hit);
                }
            }
            best.values().stream().skip(offset).limit(limit).forEach(hit -> hits.add(describe(dsg, hit)));
            return null;
        });
        JsonLd.write(ctx, body);
    }

    private List<TextHit> query(String q, String lang, int n) {
        try {
            // jena-text wraps the search in a query of its own, which hides some syntax errors: parse it alone first
            new QueryParser(TextIndexes.TEXT_FIELD, new KeywordAnalyzer()).parse(q);
        } catch (ParseException e) {
            throw HttpProblem.badRequest("The search does not parse as a Lucene query: " + firstLine(e.getMessage())
                    + " Quote words with special characters, e.g. \"state-owned\".");
        }
        try {
            return store.textIndex().query(FIELDS, q, null, lang, n, Snippet.HIGHLIGHT);
        } catch (TextIndexParseException e) {
            throw HttpProblem.badRequest("The search does not parse as a Lucene query: " + e.getMessage()
                    + " Quote words with special characters, e.g. \"state-owned\".");
        } catch (TextIndexException e) {
            if (causedBy(e, IndexSearcher.TooManyClauses.class)) {
                throw HttpProblem.badRequest(
                        "The search expands to too many terms; make the wildcard or fuzzy term" + " longer.");
            }
            throw e;
        }
    }

    private ObjectNode describe(DatasetGraph dsg, TextHit hit) {
        String iri = hit.getNode().getURI();
        ObjectNode o = JsonLd.JSON.createObjectNode();
        o.put("id", iri);
        o.put("score", hit.getScore());
        Node literal = hit.getLiteral();
        if (literal != null && literal.isLiteral()) {
            Snippet.of(literal.getLiteralLexicalForm()).write(o);
            if (!literal.getLiteralLanguage().isEmpty()) {
                o.put("matchedLanguage", literal.getLiteralLanguage());
            }
        }
        if (PKG.text.asNode().equals(hit.getProp())) {
            o.put("type", "pkg:Sentence");
            for (QuerySolution row : StatementJson.select(dsg, SENTENCE, iri)) {
                ObjectNode doc = o.putObject("inDocument");
                String docIri = row.getResource("doc").getURI();
                doc.put("id", docIri);
                if (docIri.startsWith(documentNs)) {
                    doc.put("href", "/api/documents/" + docIri.substring(documentNs.length()));
                }
                if (row.contains("title")) {
                    JsonLd.addToLanguageMap(doc, "title", row.getLiteral("title"), false);
                }
            }
            ArrayNode statements = o.putArray("statements");
            for (QuerySolution row : StatementJson.select(dsg, STATEMENTS, iri)) {
                statements
                        .addObject()
                        .put("id", row.getResource("st").getURI())
                        .put("type", "pkg:" + row.getResource("type").getLocalName());
            }
            return o;
        }
        ArrayNode types = o.putArray("type");
        for (QuerySolution row : StatementJson.select(dsg, DESCRIBED, iri)) {
            switch (row.getResource("p").getLocalName()) {
                case "type" -> types.add(compact(row.getResource("o").getURI()));
                case "prefLabel" -> JsonLd.addToLanguageMap(o, "prefLabel", row.getLiteral("o"), false);
                case "altLabel" -> JsonLd.addToLanguageMap(o, "altLabel", row.getLiteral("o"), true);
                case "inScheme" -> o.put("inScheme", row.getResource("o").getURI());
                default -> {}
            }
        }
        if (iri.startsWith(PKG.CONCEPT_NS)) {
            o.put("href", "/api/concepts/" + iri.substring(PKG.CONCEPT_NS.length()));
        }
        return o;
    }

    private static String compact(String iri) {
        if (iri.startsWith(PKG.NS)) {
            return "pkg:" + iri.substring(PKG.NS.length());
        }
        if (iri.startsWith(SKOS.uri)) {
            return "skos:" + iri.substring(SKOS.uri.length());
        }
        return iri;
    }

    private static String language(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        String lang = LANGUAGES.get(param.strip().toLowerCase(Locale.ROOT));
        if (lang == null) {
            throw HttpProblem.badRequest("lang must be one of en, zh, " + TextIndexes.PINYIN
                    + ", or left out to search " + "every language.");
        }
        return lang;
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            log.debug("{} is not a number: {}", name, value);
        }
        throw HttpProblem.badRequest(name + " must be a whole number from " + min + " to " + max + ".");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
