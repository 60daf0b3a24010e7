package org.policykg.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.policykg.store.TextIndexes;
import org.policykg.vocab.CITO;
import org.policykg.vocab.ELI;
import org.policykg.vocab.Iris;
import org.policykg.vocab.PKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The links between documents of the corpus, kept in their own named graph and computed from the
 * whole corpus every time a document is added, replaced or removed, inside that write's
 * transaction. A document graph therefore depends only on its own text, and a citing document
 * ingested before the document it cites gets its link when that document arrives.
 *
 * <p>A work of the corpus is the cited document of {@code ontology/documents.ttl} that its metadata
 * {@code identifies}, or whose label one of its expressions' titles equals. Each citation or
 * quotation of that cited document in another work gives {@code cito:cites} to the work and to
 * each of its expressions; a quotation whose words are found in a sentence of an expression also
 * gives {@code cito:quotes} and {@code pkg:matchedPassage} to that sentence.
 */
public final class CorpusLinks {
    private static final Logger log = LoggerFactory.getLogger(CorpusLinks.class);

    /** Shorter quotations than this are too common as phrases to pin to one passage. */
    static final int MIN_QUOTE_CHARS = 12;

    private static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;
    private static final String EXPRESSIONS = """
            SELECT ?expr ?work ?identifies ?title WHERE {
              ?expr a pkg:PolicyDocument ; eli:realizes ?work .
              OPTIONAL { ?work pkg:identifies ?identifies }
              OPTIONAL { ?expr dcterms:title|pkg:originalTitle ?title }
            }""";
    private static final String LABELS = """
            SELECT ?cited ?label WHERE {
              ?cited skos:inScheme <https://w3id.org/policy-kg/document/scheme> ; skos:prefLabel|skos:altLabel ?label .
            }""";
    private static final String USES = """
            SELECT ?st ?kind ?citing ?citingWork ?cited ?exact WHERE {
              VALUES ?kind { pkg:Citation pkg:Quotation }
              ?st a ?kind ; pkg:inDocument ?citing ; pkg:cites|pkg:quotes ?cited .
              ?citing eli:realizes ?citingWork .
              OPTIONAL { ?st pkg:evidence/oa:hasSelector/oa:exact ?exact . FILTER(?kind = pkg:Quotation) }
            } ORDER BY ?st""";
    private static final String SENTENCES = """
            SELECT ?s ?text WHERE { ?s a pkg:Sentence ; pkg:inDocument ?focus ; pkg:text ?text ; pkg:index ?i }
            ORDER BY ?i""";

    private record Expression(String work, String iri) {}

    private record Sentence(String iri, String folded) {}

    private final Node graphName;
    // the scheme's labels as compared with titles, read once per instance (one write transaction)
    private Map<String, String> labels;

    /** @param base the data namespace; the links live in its {@link Iris#linksGraph} */
    public CorpusLinks(String base) {
        this.graphName = NodeFactory.createURI(graphName(base));
    }

    public static String graphName(String base) {
        return new Iris(base).linksGraph();
    }

    /**
     * Replaces the links graph with the links the corpus holds now. Call it inside the write
     * transaction that changed a document graph.
     *
     * @return the number of link triples
     */
    public long recompute(DatasetGraph dsg) {
        TextIndexes.removeGraph(dsg, graphName);
        Map<String, List<Expression>> byCited = citedDocuments(dsg);
        Model links = ModelFactory.createDefaultModel();
        if (!byCited.isEmpty()) {
            Map<String, List<Sentence>> sentences = new HashMap<>();
            for (QuerySolution row : select(dsg, USES, null)) {
                link(dsg, links, row, byCited, sentences);
            }
        }
        if (!links.isEmpty()) {
            TextIndexes.addGraph(dsg, graphName, links.getGraph());
        }
        log.debug("{} link triples between documents of the corpus", links.size());
        return links.size();
    }

    /**
     * Whether the document graph {@code document} as stored now can give or take links: it holds a
     * citation or quotation, or its work may be a cited document (it {@code identifies} one, a title
     * in it equals a label of the documents scheme, or another graph has an expression of the same
     * work). The links are a function of exactly those, so a write whose document graphs, before
     * and after, all answer false leaves the links graph as it was and need not recompute it: the
     * common case, which keeps a write's cost from growing with the corpus. Errs towards true.
     */
    public boolean touches(DatasetGraph dsg, Node document) {
        if (dsg.contains(document, Node.ANY, RDF.Nodes.type, PKG.Citation.asNode())
                || dsg.contains(document, Node.ANY, RDF.Nodes.type, PKG.Quotation.asNode())
                || dsg.contains(document, Node.ANY, PKG.cites.asNode(), Node.ANY)
                || dsg.contains(document, Node.ANY, PKG.quotes.asNode(), Node.ANY)
                || dsg.contains(document, Node.ANY, PKG.identifies.asNode(), Node.ANY)) {
            return true;
        }
        for (Node p : List.of(DCTerms.title.asNode(), PKG.originalTitle.asNode())) {
            for (Iterator<Quad> it = dsg.find(document, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                Node title = it.next().getObject();
                if (title.isLiteral() && labels(dsg).containsKey(titleKey(title.getLiteralLexicalForm()))) {
                    return true;
                }
            }
        }
        for (Iterator<Quad> it = dsg.find(document, Node.ANY, ELI.realizes.asNode(), Node.ANY); it.hasNext(); ) {
            Node work = it.next().getObject();
            for (Iterator<Quad> other = dsg.find(Node.ANY, Node.ANY, ELI.realizes.asNode(), work); other.hasNext(); ) {
                if (!other.next().getGraph().equals(document)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Map<String, String> labels(DatasetGraph dsg) {
        if (labels == null) {
            labels = schemeLabels(dsg);
        }
        return labels;
    }

    /** The documents scheme's labels as compared with titles, each with the cited document it names. */
    private static Map<String, String> schemeLabels(DatasetGraph dsg) {
        Map<String, String> byLabel = new HashMap<>();
        for (QuerySolution row : select(dsg, LABELS, null)) {
            byLabel.putIfAbsent(
                    titleKey(row.getLiteral("label").getString()),
                    row.getResource("cited").getURI());
        }
        return byLabel;
    }

    /** Each cited document of the scheme that the corpus holds, with the expressions of its work. */
    private Map<String, List<Expression>> citedDocuments(DatasetGraph dsg) {
        // titles are looked up in a map of the scheme's labels: one pass over each, not a join of the two
        Map<String, String> byLabel = labels(dsg);
        Map<String, Set<String>> citedByWork = new HashMap<>();
        Map<String, Set<String>> expressionsByWork = new HashMap<>();
        for (QuerySolution row : select(dsg, EXPRESSIONS, null)) {
            String work = row.getResource("work").getURI();
            expressionsByWork
                    .computeIfAbsent(work, k -> new LinkedHashSet<>())
                    .add(row.getResource("expr").getURI());
            Set<String> cited = citedByWork.computeIfAbsent(work, k -> new LinkedHashSet<>());
            if (row.contains("identifies")) {
                cited.add(row.getResource("identifies").getURI());
            }
            if (row.contains("title")) {
                String match = byLabel.get(titleKey(row.getLiteral("title").getString()));
                if (match != null) {
                    cited.add(match);
                }
            }
        }
        Map<String, List<Expression>> byCited = new HashMap<>();
        citedByWork.forEach((work, cited) -> cited.forEach(c -> expressionsByWork
                .get(work)
                .forEach(e -> byCited.computeIfAbsent(c, k -> new ArrayList<>()).add(new Expression(work, e)))));
        return byCited;
    }

    /** A title or label as compared: case and a leading "the" ignored. */
    private static String titleKey(String title) {
        return title.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    }

    private static void link(
            DatasetGraph dsg,
            Model links,
            QuerySolution row,
            Map<String, List<Expression>> byCited,
            Map<String, List<Sentence>> sentences) {
        List<Expression> targets = byCited.get(row.getResource("cited").getURI());
        if (targets == null) {
            return;
        }
        Resource citing = links.createResource(row.getResource("citing").getURI());
        String citingWork = row.getResource("citingWork").getURI();
        String quote = row.contains("exact") ? fold(row.getLiteral("exact").getString()) : null;
        Set<String> works = new LinkedHashSet<>();
        for (Expression target : targets) {
            if (target.work().equals(citingWork)) {
                continue; // a language version does not cite its own work
            }
            works.add(target.work());
            citing.addProperty(CITO.cites, links.createResource(target.iri()));
            if (quote != null && quote.length() >= MIN_QUOTE_CHARS) {
                for (Sentence s : sentences.computeIfAbsent(target.iri(), iri -> sentences(dsg, iri))) {
                    if (s.folded().contains(opening(quote))) {
                        links.createResource(row.getResource("st").getURI())
                                .addProperty(PKG.matchedPassage, links.createResource(s.iri()));
                        citing.addProperty(CITO.quotes, links.createResource(target.iri()));
                        break;
                    }
                }
            }
        }
        works.forEach(w -> citing.addProperty(CITO.cites, links.createResource(w)));
    }

    private static List<Sentence> sentences(DatasetGraph dsg, String expression) {
        List<Sentence> out = new ArrayList<>();
        for (QuerySolution row : select(dsg, SENTENCES, expression)) {
            out.add(new Sentence(
                    row.getResource("s").getURI(), fold(row.getLiteral("text").getString())));
        }
        return out;
    }

    /**
     * A quotation may run over several sentences: its first sentence is matched, which names the
     * passage where the quoted words begin.
     */
    private static String opening(String folded) {
        int end = folded.indexOf(". ");
        return end >= MIN_QUOTE_CHARS ? folded.substring(0, end) : folded;
    }

    /** Case, curly quotes, dashes and runs of white space do not keep a quotation from its source. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[“”\"‘’']", "")
                .replaceAll("[—–]", "-")
                .replaceAll("\\s+", " ")
                .strip();
        return n.replaceAll("[\\s,.;:!?]+$", "");
    }

    private static List<QuerySolution> select(DatasetGraph dsg, String body, String focus) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(PREFIXES + body);
        if (focus != null) {
            pss.setIri("focus", focus);
        }
        try (QueryExecution qe = QueryExecution.create()
                .query(pss.asQuery())
                .dataset(DatasetFactory.wrap(dsg))
                .build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
