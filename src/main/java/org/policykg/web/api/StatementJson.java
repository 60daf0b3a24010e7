package org.policykg.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.policykg.store.StoreQueries;

/**
 * Statements with their evidence and provenance as JSON-LD nodes, for every API view that lists
 * statements. {@code pattern} binds {@code ?st}; it may use the parameter {@code ?focus}.
 */
final class StatementJson {
    private static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;
    // every required pattern comes before the first OPTIONAL: one basic graph pattern that the store
    // evaluates from the focus outwards. After an OPTIONAL they would form a second pattern, evaluated
    // on its own over every statement's evidence in the store and joined afterwards.
    private static final String DETAILS = """
            SELECT * WHERE {
              %s
              ?st a ?type . FILTER(?type IN (pkg:RoleAssignment, pkg:Directive, pkg:DialecticalPair, pkg:ActorMention,
                  pkg:FormulationUse, pkg:Citation, pkg:Quotation, pkg:TemporalExpression, pkg:Figure))
              ?st pkg:inDocument ?doc ; pkg:inSentence ?sentence ; pkg:evidence ?ev ; prov:wasGeneratedBy ?activity .
              ?ev oa:hasSource ?src ; oa:hasSelector ?q , ?p .
              ?q a oa:TextQuoteSelector ; oa:exact ?exact .
              ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              ?activity pkg:rule ?rule .
              OPTIONAL { ?st pkg:concept ?concept }
              OPTIONAL { ?st pkg:role ?role }
              OPTIONAL { ?st pkg:action ?action }
              OPTIONAL { ?st pkg:objectText ?objectText }
              OPTIONAL { ?st pkg:left ?left } OPTIONAL { ?st pkg:right ?right }
              OPTIONAL { ?st pkg:leftTerm ?leftTerm } OPTIONAL { ?st pkg:rightTerm ?rightTerm }
              OPTIONAL { ?st pkg:actor ?actor } OPTIONAL { ?st pkg:formulation ?formulation }
              OPTIONAL { ?st pkg:cites ?cites } OPTIONAL { ?st pkg:quotes ?quotes }
              OPTIONAL { ?st pkg:dateValue ?dateValue } OPTIONAL { ?st pkg:relation ?relation }
              OPTIONAL { ?st pkg:event ?event }
              OPTIONAL { ?st pkg:value ?value } OPTIONAL { ?st pkg:unit ?unit }
              OPTIONAL { ?st pkg:inSection ?section }
              OPTIONAL { ?sentence pkg:text ?sentenceText }
              OPTIONAL { ?q oa:prefix ?prefix }
              OPTIONAL { ?q oa:suffix ?suffix }
            } ORDER BY ?doc ?start ?st
            """;
    /** Variables of the other statement kinds, each also a key of the published context. */
    private static final String[] KIND_KEYS = {
        "left",
        "right",
        "leftTerm",
        "rightTerm",
        "actor",
        "formulation",
        "cites",
        "quotes",
        "relation",
        "event",
        "value",
        "unit"
    };

    private static final String OBJECTS = "SELECT ?st ?object WHERE { %s ?st pkg:object ?object } ORDER BY ?st ?object";

    private static final Var FOCUS = Var.alloc("focus");
    private static final Map<String, Query> TEMPLATES = new ConcurrentHashMap<>();

    private StatementJson() {}

    static ArrayNode list(DatasetGraph dsg, String pattern, String focus) {
        Map<String, ObjectNode> byIri = new LinkedHashMap<>();
        for (QuerySolution row : select(dsg, DETAILS.formatted(pattern), focus)) {
            String iri = row.getResource("st").getURI();
            if (byIri.containsKey(iri)) {
                continue;
            }
            ObjectNode st = JsonLd.JSON.createObjectNode();
            st.put("id", iri);
            st.put("type", "pkg:" + row.getResource("type").getLocalName());
            JsonLd.putLiteral(st, "concept", row.get("concept"));
            JsonLd.putLiteral(st, "role", row.get("role"));
            JsonLd.putLiteral(st, "action", row.get("action"));
            JsonLd.putLiteral(st, "objectText", row.get("objectText"));
            for (String key : KIND_KEYS) {
                JsonLd.putLiteral(st, key, row.get(key));
            }
            JsonLd.putTyped(st, "dateValue", row.get("dateValue"));
            JsonLd.putLiteral(st, "inDocument", row.get("doc"));
            JsonLd.putLiteral(st, "inSection", row.get("section"));
            ObjectNode sentence = st.putObject("inSentence");
            sentence.put("id", row.getResource("sentence").getURI());
            JsonLd.putLiteral(sentence, "sentenceText", row.get("sentenceText"));
            ObjectNode ev = st.putObject("evidence");
            ev.put("id", row.getResource("ev").getURI());
            ev.put("type", "oa:SpecificResource");
            ev.put("hasSource", row.getResource("src").getURI());
            ArrayNode selectors = ev.putArray("hasSelector");
            ObjectNode quote = selectors.addObject();
            quote.put("id", row.getResource("q").getURI());
            quote.put("type", "oa:TextQuoteSelector");
            JsonLd.putLiteral(quote, "exact", row.get("exact"));
            JsonLd.putLiteral(quote, "prefix", row.get("prefix"));
            JsonLd.putLiteral(quote, "suffix", row.get("suffix"));
            ObjectNode position = selectors.addObject();
            position.put("id", row.getResource("p").getURI());
            position.put("type", "oa:TextPositionSelector");
            JsonLd.putLiteral(position, "start", row.get("start"));
            JsonLd.putLiteral(position, "end", row.get("end"));
            ObjectNode activity = st.putObject("generatedBy");
            activity.put("id", row.getResource("activity").getURI());
            activity.put("rule", row.getResource("rule").getURI());
            byIri.put(iri, st);
        }
        for (QuerySolution row : select(dsg, OBJECTS.formatted(pattern), focus)) {
            ObjectNode st = byIri.get(row.getResource("st").getURI());
            if (st != null) {
                ArrayNode objects = st.has("object") ? (ArrayNode) st.get("object") : st.putArray("object");
                objects.add(row.getResource("object").getURI());
            }
        }
        ArrayNode out = JsonLd.JSON.createArrayNode();
        byIri.values().forEach(out::add);
        return out;
    }

    static Iterable<QuerySolution> select(DatasetGraph dsg, String body, String focus) {
        Query query = focus == null
                ? template(body).cloneQuery()
                : substitute(template(body), Map.of(FOCUS, NodeFactory.createURI(focus)));
        try (QueryExecution qe = StoreQueries.execution(dsg, query)) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    /**
     * The body parsed once: parsing these long texts was nearly half the time of a concept's API
     * call. The bodies are the constants of the API views (a few), so the map stays small.
     */
    private static Query template(String body) {
        return TEMPLATES.computeIfAbsent(body, b -> QueryFactory.create(PREFIXES + b));
    }

    /** The template with ?focus replaced, as ParameterizedSparqlString would; the template stays as it was. */
    private static Query substitute(Query template, Map<Var, Node> values) {
        // the transform only reads the template, but Query computes some fields on first use: one at a time
        synchronized (template) {
            return QueryTransformOps.replaceVars(template, values);
        }
    }
}
