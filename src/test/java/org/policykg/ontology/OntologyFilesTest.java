package org.policykg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.policykg.TestData;
import org.policykg.extract.RuleExtractor;
import org.policykg.vocab.PKG;

/** The Turtle files of ontology/: labelled, consistent with the code, SHACL shapes that load. */
class OntologyFilesTest {
    private final OntologyFiles files = TestData.ONTOLOGY;

    @Test
    void everyClassPropertyRoleAndConceptHasAnEnglishLabel() {
        String unlabelled = """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?t WHERE {
                  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty skos:Concept }
                  ?t a ?kind . FILTER(isIRI(?t))
                  FILTER NOT EXISTS { ?t rdfs:label|skos:prefLabel ?l . FILTER(langMatches(lang(?l), "en")) }
                }""";
        assertThat(select(files.vocabulary(), unlabelled)).isEmpty();
    }

    @Test
    void everyTermOfTheJavaVocabularyIsDeclared() throws IllegalAccessException {
        Model ontology = files.model(OntologyFiles.ONTOLOGY);
        for (var field : PKG.class.getFields()) {
            Object value = field.get(null);
            if (value instanceof org.apache.jena.rdf.model.Resource r
                    && r.getURI().startsWith(PKG.NS)) {
                assertThat(ontology.containsResource(r)).as(r.getURI()).isTrue();
            }
        }
    }

    @Test
    void everyRuleTheExtractorRunsIsDeclaredWithALabel() {
        Model ontology = files.model(OntologyFiles.ONTOLOGY);
        for (String id : new RuleExtractor(files.vocabulary()).ruleIds()) {
            var rule = ontology.createResource(PKG.RULE_NS + id);
            assertThat(rule.hasProperty(org.apache.jena.vocabulary.RDF.type, PKG.ExtractionRule))
                    .as(id)
                    .isTrue();
            assertThat(rule.hasProperty(org.apache.jena.vocabulary.RDFS.label))
                    .as(id)
                    .isTrue();
        }
    }

    @Test
    void theSecurityFieldsOfPartTwoHaveEnglishAndChineseLabels() {
        List<String> fields = List.of(
                "party-leadership",
                "peoples-security",
                "political-security",
                "economic-security",
                "military-security",
                "science-technology-security",
                "cultural-security",
                "social-security",
                "international-security",
                "external-security",
                "internal-security",
                "homeland-security",
                "national-security",
                "traditional-security",
                "non-traditional-security",
                "self-security",
                "common-security");
        Model concepts = files.model(OntologyFiles.CONCEPTS);
        for (String f : fields) {
            String ask =
                    "ASK { <" + PKG.CONCEPT_NS + f + "> <http://www.w3.org/2004/02/skos/core#prefLabel> ?en , ?zh ."
                            + " FILTER(lang(?en) = 'en' && lang(?zh) = 'zh') }";
            try (QueryExecution qe = QueryExecution.model(concepts).query(ask).build()) {
                assertThat(qe.execAsk()).as(f).isTrue();
            }
        }
    }

    @Test
    void theOntologyFilesConformToTheirOwnShapes() {
        Model empty = ModelFactory.createDefaultModel();
        assertThat(new ShapeValidator(files).report(empty.getGraph()).conforms())
                .isTrue();
    }

    private static List<String> select(Model m, String q) {
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            List<String> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(s -> out.add(s.get("t").toString()));
            return out;
        }
    }
}
