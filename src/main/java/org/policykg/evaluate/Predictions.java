package org.policykg.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.policykg.vocab.StatementKind;

/** Reads the statements of a document graph as {@link Prediction}s, keyed as the guidelines key gold lines. */
public final class Predictions {
    private static final String QUERY_TEXT = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?st ?type ?rule ?start ?end ?exact ?concept ?role ?action ?left ?right ?leftTerm ?rightTerm
                   ?actor ?formulation ?cites ?quotes ?relation ?date ?event ?last ?value ?unit
            WHERE {
              ?st a ?type ; pkg:evidence/oa:hasSelector ?p , ?q .
              # a concept mention is an extraction but not a statement, and is scored all the same
              { ?type rdfs:subClassOf* pkg:Statement } UNION { VALUES ?type { pkg:Mention } }
              ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact .
              OPTIONAL { ?st pkg:concept ?concept } OPTIONAL { ?st pkg:role ?role } OPTIONAL { ?st pkg:action ?action }
              OPTIONAL { ?st pkg:left ?left } OPTIONAL { ?st pkg:right ?right }
              OPTIONAL { ?st pkg:leftTerm ?leftTerm } OPTIONAL { ?st pkg:rightTerm ?rightTerm }
              OPTIONAL { ?st pkg:actor ?actor } OPTIONAL { ?st pkg:formulation ?formulation }
              OPTIONAL { ?st pkg:cites ?cites } OPTIONAL { ?st pkg:quotes ?quotes }
              OPTIONAL { ?st pkg:relation ?relation } OPTIONAL { ?st pkg:dateValue ?date } OPTIONAL { ?st pkg:event ?event } OPTIONAL { ?st pkg:endDateValue ?last }
              OPTIONAL { ?st pkg:value ?value } OPTIONAL { ?st pkg:unit ?unit }
              OPTIONAL { ?st prov:wasGeneratedBy/pkg:rule ?rule }
            }""";
    // parsed once: parsing took as long as answering it over a sentence's graph
    private static final Query QUERY = QueryFactory.create(QUERY_TEXT);

    private Predictions() {}

    /** @param graph a document graph together with the ontology (for the subclass closure) */
    public static List<Prediction> of(Model graph) {
        List<Prediction> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(graph).query(QUERY).build()) {
            qe.execSelect().forEachRemaining(row -> {
                String kind = kind(row.getResource("type").getLocalName());
                if (kind != null) {
                    out.add(new Prediction(
                            kind,
                            key(kind, row),
                            row.getLiteral("start").getInt(),
                            row.getLiteral("end").getInt(),
                            row.getLiteral("exact").getString(),
                            row.contains("rule") ? local(row.get("rule")) : ""));
                }
            });
        }
        return out;
    }

    /** The annotation kind of a statement class, or null for classes that are not scored. */
    private static String kind(String type) {
        return StatementKind.ofClass(type).map(StatementKind::annotation).orElse(null);
    }

    private static String key(String kind, QuerySolution r) {
        return switch (kind) {
            case "RoleAssignment" -> local(r.get("concept")) + "|" + local(r.get("role"));
            case "Pair" -> side(r, "left", "leftTerm") + "|" + side(r, "right", "rightTerm");
            case "Directive" -> text(r.get("action"));
            case "Actor" -> local(r.get("actor"));
            case "Formulation" -> local(r.get("formulation"));
            case "CitedDocument" -> local(r.get("cites"));
            case "Quotation" -> local(r.get("quotes"));
            case "Date" -> date(r);
            case "Figure" -> Keys.figure(text(r.get("value")), text(r.get("unit")));
            case "Mention" -> local(r.get("concept"));
            default -> "";
        };
    }

    private static String side(QuerySolution r, String concept, String term) {
        return r.contains(concept) ? local(r.get(concept)) : text(r.get(term));
    }

    private static String date(QuerySolution r) {
        String relation = text(r.get("relation"));
        if (relation.equals("during")) {
            return text(r.get("date")) + "-" + text(r.get("last")); // a period named by its bounds: "2021-2025"
        }
        String value = r.contains("event") ? text(r.get("event")) : text(r.get("date"));
        return relation.equals("in") ? value : relation + ":" + value;
    }

    private static String local(RDFNode node) {
        return node == null ? "" : local(node.asResource().getURI());
    }

    /**
     * Local name of a scheme IRI; a candidate's (a concept's, a role's, any IRI under {@code /candidate/})
     * is written "new:slug" as the guidelines write it.
     */
    static String local(String iri) {
        String slug = iri.substring(iri.lastIndexOf('/') + 1);
        return iri.contains("/candidate/") ? "new:" + slug : slug;
    }

    private static String text(RDFNode node) {
        return node == null ? "" : node.asLiteral().getLexicalForm().toLowerCase(Locale.ROOT);
    }
}
