package org.policykg.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.policykg.store.ReadCancel;
import org.policykg.store.StoreQueries;
import org.policykg.vocab.PKG;
import org.policykg.vocab.StatementKind;
import org.policykg.vocab.Vocab;

/**
 * Statements with their evidence and provenance as JSON-LD nodes, for every API view that lists
 * statements. {@code pattern} binds {@code ?st}; it may use the parameter {@code ?focus}.
 */
final class StatementJson {
    private static final String PREFIXES =
            "PREFIX pkg: <" + PKG.NS + ">\nPREFIX prov: <" + Vocab.PROV + ">\nPREFIX oa: <" + Vocab.OA + ">\n";
    // every required pattern comes before the first OPTIONAL: one basic graph pattern that the store
    // evaluates from the focus outwards. After an OPTIONAL they would form a second pattern, evaluated
    // on its own over every statement's evidence in the store and joined afterwards.
    private static final String DETAILS = """
            SELECT * WHERE {
              %s
              ?st a ?type . FILTER(?type IN (%s))
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
    /**
     * Properties of the other statement kinds: each local name is a variable of {@link #DETAILS} and a
     * key of the published context.
     */
    private static final List<Property> KIND_PROPERTIES = List.of(
            PKG.left,
            PKG.right,
            PKG.leftTerm,
            PKG.rightTerm,
            PKG.actor,
            PKG.formulation,
            PKG.cites,
            PKG.quotes,
            PKG.relation,
            PKG.event,
            PKG.value,
            PKG.unit);

    private static final String OBJECTS = "SELECT ?st ?object WHERE { %s ?st pkg:object ?object } ORDER BY ?st ?object";

    private static final Node RDF_TYPE = RDF.type.asNode();
    private static final Node PKG_OBJECT = PKG.object.asNode();
    private static final Node HAS_SELECTOR = Vocab.hasSelector.asNode();
    private static final Node QUOTE_SELECTOR = Vocab.TextQuoteSelector.asNode();
    private static final Node POSITION_SELECTOR = Vocab.TextPositionSelector.asNode();
    private static final Node EXACT = Vocab.exact.asNode();
    private static final Node START = Vocab.start.asNode();
    private static final Node END = Vocab.end.asNode();
    private static final Node HAS_SOURCE = Vocab.hasSource.asNode();
    private static final Node PREFIX = Vocab.prefix.asNode();
    private static final Node SUFFIX = Vocab.suffix.asNode();
    private static final Node IN_DOCUMENT = PKG.inDocument.asNode();
    private static final Node IN_SENTENCE = PKG.inSentence.asNode();
    private static final Node EVIDENCE = PKG.evidence.asNode();
    private static final Node RULE = PKG.rule.asNode();
    private static final Node TEXT = PKG.text.asNode();
    private static final Node GENERATED_BY = Vocab.wasGeneratedBy.asNode();
    /** The classes of the statements the API lists, as the walk tests them. */
    private static final Set<Node> STATEMENT_TYPES = StatementKind.ALL.stream()
            .filter(StatementKind::listed)
            .map(k -> k.type().asNode())
            .collect(Collectors.toUnmodifiableSet());
    /** The same classes as the query's FILTER lists them. */
    private static final String STATEMENT_TYPE_LIST = StatementKind.ALL.stream()
            .filter(StatementKind::listed)
            .map(k -> "pkg:" + k.className())
            .collect(Collectors.joining(", "));
    /** The OPTIONALs of {@link #DETAILS} on the statement itself: variable, property. */
    private static final Map<String, Node> OPTIONAL_OF_STATEMENT = optionals();

    /** ORDER BY ?doc ?start ?st, compared as ARQ compares them (IRIs by their text, numbers by value). */
    private static final Comparator<Map<String, Node>> DOCUMENT_ORDER = Comparator.<Map<String, Node>, Node>comparing(
                    row -> row.get("doc"), StatementJson::compareTerms)
            .thenComparing(row -> row.get("start"), StatementJson::compareTerms)
            .thenComparing(row -> row.get("st"), StatementJson::compareTerms);

    private static final Var FOCUS = Var.alloc("focus");
    private static final Var OTHER = Var.alloc("other");
    private static final Map<String, Query> TEMPLATES = new ConcurrentHashMap<>();

    private StatementJson() {}

    private static Map<String, Node> optionals() {
        Map<String, Node> byName = new LinkedHashMap<>();
        for (Property p : List.of(PKG.concept, PKG.role, PKG.action, PKG.objectText, PKG.dateValue)) {
            byName.put(p.getLocalName(), p.asNode());
        }
        for (Property p : KIND_PROPERTIES) {
            byName.put(p.getLocalName(), p.asNode());
        }
        byName.put("section", PKG.inSection.asNode());
        return byName;
    }

    /**
     * The statements {@code ?st <predicate> <focus>}, ordered by document, start offset and IRI. A
     * local store is walked triple by triple: the same statements as the SPARQL query, without
     * planning a query of twenty OPTIONALs on every call (most of a concept view's time). A remote
     * store gets the query, answered in one request.
     */
    static ArrayNode list(DatasetGraph dsg, Node predicate, String focus) {
        Graph graph = StoreQueries.localDefaultGraph(dsg);
        return graph == null ? listByQuery(dsg, predicate, focus) : listByWalk(graph, predicate, focus);
    }

    static ArrayNode listByQuery(DatasetGraph dsg, Node predicate, String focus) {
        String pattern = "?st <" + predicate.getURI() + "> ?focus .";
        Map<String, ObjectNode> byIri = new LinkedHashMap<>();
        for (QuerySolution row : select(dsg, DETAILS.formatted(pattern, STATEMENT_TYPE_LIST), focus)) {
            String iri = row.getResource("st").getURI();
            if (!byIri.containsKey(iri)) {
                byIri.put(iri, statement(name -> {
                    RDFNode value = row.get(name);
                    return value == null ? null : value.asNode();
                }));
            }
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

    /** What {@link #DETAILS} and {@link #OBJECTS} select, read from the graph one statement at a time. */
    static ArrayNode listByWalk(Graph graph, Node predicate, String focus) {
        List<Map<String, Node>> rows = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        graph.find(Node.ANY, predicate, NodeFactory.createURI(focus)).forEachRemaining(t -> {
            ReadCancel.check();
            if (seen.add(t.getSubject())) {
                Map<String, Node> row = walk(graph, t.getSubject());
                if (row != null) {
                    rows.add(row);
                }
            }
        });
        rows.sort(DOCUMENT_ORDER);
        ArrayNode out = JsonLd.JSON.createArrayNode();
        for (Map<String, Node> row : rows) {
            ReadCancel.check();
            ObjectNode st = statement(row::get);
            List<String> objects = new ArrayList<>();
            graph.find(row.get("st"), PKG_OBJECT, Node.ANY)
                    .forEachRemaining(t -> objects.add(t.getObject().getURI()));
            if (!objects.isEmpty()) {
                objects.sort(null);
                ArrayNode array = st.putArray("object");
                objects.forEach(array::add);
            }
            out.add(st);
        }
        return out;
    }

    /** The row {@link #DETAILS} gives for {@code st}, or null where it gives none (a required part missing). */
    private static Map<String, Node> walk(Graph graph, Node st) {
        Map<String, Node> row = new HashMap<>();
        row.put("st", st);
        Node type = first(graph, st, RDF_TYPE, STATEMENT_TYPES::contains);
        Node doc = first(graph, st, IN_DOCUMENT, null);
        Node sentence = first(graph, st, IN_SENTENCE, null);
        Node ev = first(graph, st, EVIDENCE, null);
        Node activity = first(graph, st, GENERATED_BY, null);
        if (type == null || doc == null || sentence == null || ev == null || activity == null) {
            return null;
        }
        Node src = first(graph, ev, HAS_SOURCE, null);
        Node q = first(
                graph, ev, HAS_SELECTOR, s -> isA(graph, s, QUOTE_SELECTOR) && graph.contains(s, EXACT, Node.ANY));
        Node p = first(
                graph,
                ev,
                HAS_SELECTOR,
                s -> isA(graph, s, POSITION_SELECTOR)
                        && graph.contains(s, START, Node.ANY)
                        && graph.contains(s, END, Node.ANY));
        Node rule = first(graph, activity, RULE, null);
        if (src == null || q == null || p == null || rule == null) {
            return null;
        }
        row.put("type", type);
        row.put("doc", doc);
        row.put("sentence", sentence);
        row.put("ev", ev);
        row.put("activity", activity);
        row.put("src", src);
        row.put("q", q);
        row.put("p", p);
        row.put("rule", rule);
        row.put("exact", first(graph, q, EXACT, null));
        row.put("start", first(graph, p, START, null));
        row.put("end", first(graph, p, END, null));
        OPTIONAL_OF_STATEMENT.forEach((name, property) -> row.put(name, first(graph, st, property, null)));
        row.put("sentenceText", first(graph, sentence, TEXT, null));
        row.put("prefix", first(graph, q, PREFIX, null));
        row.put("suffix", first(graph, q, SUFFIX, null));
        return row;
    }

    /** A statement's JSON-LD node from the values {@link #DETAILS} names, however they were read. */
    private static ObjectNode statement(Function<String, Node> v) {
        ObjectNode st = JsonLd.JSON.createObjectNode();
        st.put("id", v.apply("st").getURI());
        st.put("type", "pkg:" + v.apply("type").getLocalName());
        JsonLd.putLiteral(st, "concept", v.apply("concept"));
        JsonLd.putLiteral(st, "role", v.apply("role"));
        JsonLd.putLiteral(st, "action", v.apply("action"));
        JsonLd.putLiteral(st, "objectText", v.apply("objectText"));
        for (Property p : KIND_PROPERTIES) {
            JsonLd.putLiteral(st, p.getLocalName(), v.apply(p.getLocalName()));
        }
        JsonLd.putTyped(st, "dateValue", v.apply("dateValue"));
        JsonLd.putLiteral(st, "inDocument", v.apply("doc"));
        JsonLd.putLiteral(st, "inSection", v.apply("section"));
        ObjectNode sentence = st.putObject("inSentence");
        sentence.put("id", v.apply("sentence").getURI());
        JsonLd.putLiteral(sentence, "sentenceText", v.apply("sentenceText"));
        ObjectNode ev = st.putObject("evidence");
        ev.put("id", v.apply("ev").getURI());
        ev.put("type", "oa:SpecificResource");
        ev.put("hasSource", v.apply("src").getURI());
        ArrayNode selectors = ev.putArray("hasSelector");
        ObjectNode quote = selectors.addObject();
        quote.put("id", v.apply("q").getURI());
        quote.put("type", "oa:TextQuoteSelector");
        JsonLd.putLiteral(quote, "exact", v.apply("exact"));
        JsonLd.putLiteral(quote, "prefix", v.apply("prefix"));
        JsonLd.putLiteral(quote, "suffix", v.apply("suffix"));
        ObjectNode position = selectors.addObject();
        position.put("id", v.apply("p").getURI());
        position.put("type", "oa:TextPositionSelector");
        JsonLd.putLiteral(position, "start", v.apply("start"));
        JsonLd.putLiteral(position, "end", v.apply("end"));
        ObjectNode activity = st.putObject("generatedBy");
        activity.put("id", v.apply("activity").getURI());
        activity.put("rule", v.apply("rule").getURI());
        return st;
    }

    /** The first object of {@code s p ?o} that passes {@code test} (any, where test is null), or null. */
    private static Node first(Graph graph, Node s, Node p, Predicate<Node> test) {
        ExtendedIterator<Triple> it = graph.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (test == null || test.test(o)) {
                    return o;
                }
            }
            return null;
        } finally {
            it.close();
        }
    }

    /** Two terms as ARQ's ORDER BY compares them. */
    static int compareTerms(Node a, Node b) {
        return NodeValue.compareAlways(NodeValue.makeNode(a), NodeValue.makeNode(b));
    }

    private static boolean isA(Graph graph, Node s, Node type) {
        return graph.contains(s, RDF_TYPE, type);
    }

    static Iterable<QuerySolution> select(DatasetGraph dsg, String body, String focus) {
        return run(
                dsg,
                focus == null
                        ? template(body).cloneQuery()
                        : substitute(template(body), Map.of(FOCUS, NodeFactory.createURI(focus))));
    }

    /** As {@link #select(DatasetGraph, String, String)}, with {@code ?other} bound too: a pair of documents. */
    static Iterable<QuerySolution> select(DatasetGraph dsg, String body, String focus, String other) {
        return run(
                dsg,
                substitute(
                        template(body),
                        Map.of(FOCUS, NodeFactory.createURI(focus), OTHER, NodeFactory.createURI(other))));
    }

    private static Iterable<QuerySolution> run(DatasetGraph dsg, Query query) {
        try (QueryExecution qe = StoreQueries.execution(dsg, query)) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(row -> {
                ReadCancel.check();
                rows.add(row);
            });
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
