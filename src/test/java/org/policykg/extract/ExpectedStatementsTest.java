package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.policykg.TestData;

/**
 * The extractor against statements annotated by reading the texts (test resources under
 * {@code expected/}): the essay's part II and a second text in the same register, written by us.
 * Compared as multisets of (section, kind, concept or action, role or objects, exact quote).
 */
class ExpectedStatementsTest {
    private static final String STATEMENTS = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?st ?type ?partMarker ?itemMarker ?concept ?role ?action ?exact
                   (GROUP_CONCAT(DISTINCT STRAFTER(STR(?object), "/concept/"); separator=",") AS ?objects)
            WHERE {
              ?st a ?type ; pkg:inSection ?section ; pkg:evidence/oa:hasSelector/oa:exact ?exact .
              FILTER(?type IN (pkg:RoleAssignment, pkg:Directive))
              OPTIONAL { ?section a pkg:Item ; pkg:marker ?itemMarker ; dcterms:isPartOf/pkg:marker ?partMarker }
              OPTIONAL { ?section a pkg:Section ; pkg:marker ?partMarker }
              OPTIONAL { ?st pkg:concept ?concept }
              OPTIONAL { ?st pkg:role ?role }
              OPTIONAL { ?st pkg:action ?action }
              OPTIONAL { ?st pkg:object ?object }
            }
            GROUP BY ?st ?type ?partMarker ?itemMarker ?concept ?role ?action ?exact
            """;

    @Test
    void findsEveryAnnotatedStatementOfTheEssaysPartTwoAndNothingElse() {
        List<String> rows = rows(TestData.extract(TestData.ESSAY).model(), "II");
        assertThat(rows).containsExactlyInAnyOrderElementsOf(TestData.expectedRows("expected/essay-part-ii.tsv"));
    }

    @Test
    void findsEveryAnnotatedStatementOfASecondTextInTheRegister() {
        List<String> rows = rows(TestData.extract(TestData.REGISTER_SAMPLE).model(), null);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(TestData.expectedRows("expected/register-sample.tsv"));
    }

    @Test
    void participlesAndNonRolePhrasesGiveNoStatement() {
        List<String> quotes = rows(TestData.extract(TestData.REGISTER_SAMPLE).model(), null).stream()
                .map(r -> r.substring(r.lastIndexOf('\t') + 1))
                .toList();
        assertThat(quotes)
                .noneMatch(q -> q.contains("adhering to the new development philosophy"))
                .noneMatch(q -> q.contains("treat the wounded"))
                .noneMatch(q -> q.contains("political task"))
                .noneMatch(q -> q.contains("paramount"));
    }

    /** @param part only statements of this part (its Roman marker), or all when null */
    static List<String> rows(Model model, String part) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(model).query(STATEMENTS).build()) {
            qe.execSelect().forEachRemaining(s -> {
                String partMarker = text(s, "partMarker");
                if (part != null && !part.equals(partMarker)) {
                    return;
                }
                String section = s.contains("itemMarker") ? partMarker + " " + text(s, "itemMarker") : partMarker;
                boolean role = s.getResource("type").getLocalName().equals("RoleAssignment");
                String objects = text(s, "objects");
                rows.add(String.join(
                        "\t",
                        section,
                        s.getResource("type").getLocalName(),
                        role ? local(s, "concept") : text(s, "action"),
                        role ? local(s, "role") : (objects.isEmpty() ? "-" : objects),
                        text(s, "exact")));
            });
        }
        return rows;
    }

    private static String text(QuerySolution s, String var) {
        return s.contains(var) ? s.getLiteral(var).getLexicalForm() : "";
    }

    private static String local(QuerySolution s, String var) {
        String iri = s.getResource(var).getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
