package org.policykg.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/** The JSON-LD nodes the corpus views share: a document's summary and a labelled concept. */
final class CorpusJson {
    private static final String DOCUMENT = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            SELECT ?p ?o WHERE {
              VALUES ?p { dcterms:title dcterms:issued dcterms:language eli:realizes pkg:documentType
                          pkg:authorityTier pkg:issuer pkg:officeHeld pkg:channel }
              ?focus ?p ?o .
            } ORDER BY ?p ?o
            """;
    private static final String LABELS = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?l WHERE { ?focus skos:prefLabel ?l } ORDER BY ?l
            """;

    private CorpusJson() {}

    /** Title, date, work, language and standing of a document: what a reader weighs it by. */
    static ObjectNode document(DatasetGraph dsg, String iri) {
        ObjectNode d = JsonLd.JSON.createObjectNode();
        d.put("id", iri);
        d.put("type", "pkg:PolicyDocument");
        for (QuerySolution row : StatementJson.select(dsg, DOCUMENT, iri)) {
            String p = row.getResource("p").getLocalName();
            switch (p) {
                case "title" -> JsonLd.addToLanguageMap(d, "title", row.getLiteral("o"), false);
                case "officeHeld" -> JsonLd.addToLanguageMap(d, "officeHeld", row.getLiteral("o"), false);
                case "issued", "language" -> JsonLd.putLiteral(d, p, row.get("o"));
                default -> JsonLd.putLiteral(d, p, row.get("o"));
            }
        }
        return d;
    }

    /** A concept, formulation or role with its preferred labels. */
    static ObjectNode labelled(DatasetGraph dsg, String iri) {
        ObjectNode c = JsonLd.JSON.createObjectNode();
        c.put("id", iri);
        for (QuerySolution row : StatementJson.select(dsg, LABELS, iri)) {
            JsonLd.addToLanguageMap(c, "prefLabel", row.getLiteral("l"), false);
        }
        return c;
    }

    static ArrayNode labelled(DatasetGraph dsg, Collection<String> iris) {
        ArrayNode out = JsonLd.JSON.createArrayNode();
        iris.forEach(iri -> out.add(labelled(dsg, iri)));
        return out;
    }

    /** Rows of a two-column select as a multimap, in row order. */
    static void collect(Iterable<QuerySolution> rows, String key, String value, Map<String, List<String>> into) {
        for (QuerySolution row : rows) {
            into.computeIfAbsent(row.getResource(key).getURI(), k -> new java.util.ArrayList<>())
                    .add(row.getResource(value).getURI());
        }
    }
}
