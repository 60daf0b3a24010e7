package org.policykg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policykg.TestData;
import org.policykg.extract.Lexicon;
import org.policykg.vocab.PKG;

/** The pinyin labels the UI shows beside the Chinese ones, and that the extractor must not match. */
class PinyinLabelsTest {
    private static final Model CONCEPTS = TestData.ONTOLOGY.model(OntologyFiles.CONCEPTS);

    private static List<Literal> labels(Resource r, String language) {
        return r.listProperties(SKOS.prefLabel)
                .andThen(r.listProperties(SKOS.altLabel))
                .mapWith(Statement::getLiteral)
                .filterKeep(l -> l.getLanguage().equalsIgnoreCase(language))
                .toList();
    }

    @Test
    void everyConceptWithAChineseLabelHasOnePinyinLabelWithToneMarks() {
        List<Resource> withChinese = CONCEPTS.listSubjectsWithProperty(SKOS.prefLabel)
                .filterKeep(r -> !labels(r, "zh").isEmpty())
                .toList();
        assertThat(withChinese).hasSizeGreaterThan(40);
        for (Resource concept : withChinese) {
            List<Literal> pinyin = labels(concept, "zh-Latn-pinyin");
            assertThat(pinyin).as(concept.getURI()).hasSize(1);
            String text = pinyin.get(0).getLexicalForm();
            // Latin letters with tone marks (a decomposed mark is a combining character), as many syllables as hanzi
            assertThat(text).as(concept.getURI()).matches("[\\p{IsLatin}' ]+");
            assertThat(Normalizer.normalize(text, Normalizer.Form.NFD)).matches("(?s).*\\p{M}.*");
        }
    }

    @Test
    void theExtractorsLexiconDoesNotMatchPinyin() {
        Lexicon concepts = Lexicon.of(TestData.ONTOLOGY.vocabulary(), PKG.SecurityConceptScheme);
        assertThat(concepts.exact("political security")).isPresent();
        assertThat(concepts.exact("zhèngzhì ānquán")).isEmpty();
        assertThat(concepts.exact("guójiā ānquán")).isEmpty();
    }
}
