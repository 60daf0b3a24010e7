package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policykg.TestData;
import org.policykg.vocab.PKG;

/** Labels of the candidates a Chinese text gives a role: the text's own words, and the pinyin of the IRI. */
class CandidateLabelsTest {
    private static Model graph(String text) {
        return TestData.PIPELINE
                .run(new SourceText("zh-candidate", null, text), Metadata.EMPTY)
                .model();
    }

    private static Resource candidate(Model m, String slug) {
        return m.createResource(PKG.CANDIDATE_NS + slug);
    }

    private static List<String> labels(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p)
                .mapWith(s -> s.getObject())
                .mapWith(RDFNode::asLiteral)
                .mapWith(l -> l.getLexicalForm() + "@" + l.getLanguage())
                .toList();
    }

    @Test
    void aCandidateGivenARoleIsLabelledByItsChineseWordsAndItsPinyin() {
        String words = "依法行政";
        Model m = graph("标题\n\n" + words + "是建设法治政府的基础。\n");
        Resource c = candidate(m, CandidateConcepts.slug(words));
        assertThat(labels(c, RDFS.label))
                .contains(words + "@zh")
                .anyMatch(l -> l.endsWith("@zh-latn-pinyin") || l.endsWith("@zh-Latn-pinyin"));
        assertThat(labels(c, SKOS.prefLabel)).containsExactly(words + "@zh");
    }

    @Test
    void aCopulaSubjectIsLabelledWithoutTheAdverbBeforeItsCopula() {
        Model m = graph("标题\n\n依法行政始终是建设法治政府的基础。\n");
        Resource c = candidate(m, CandidateConcepts.slug("依法行政"));
        assertThat(labels(c, SKOS.prefLabel)).containsExactly("依法行政@zh");
    }
}
