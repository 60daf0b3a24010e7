package org.policykg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policykg.TestData;
import org.policykg.extract.Metadata;
import org.policykg.extract.SourceText;

/** The scale runs rely on a generator that gives the same corpus every run, and texts the pipeline takes. */
class CorpusGeneratorTest {
    @Test
    void documentIIsTheSameTextInEveryRunAndDiffersFromItsNeighbours() {
        CorpusGenerator a = new CorpusGenerator();
        CorpusGenerator b = new CorpusGenerator();
        assertThat(a.document(7)).isEqualTo(b.document(7));
        assertThat(a.document(7).text()).isNotEqualTo(a.document(8).text());
    }

    @Test
    void aGeneratedDocumentExtractsIntoAValidGraphWithItsParts() {
        CorpusGenerator.Document d = new CorpusGenerator().document(0);
        // Pipeline.run validates against the SHACL shapes and throws on a violation
        var model = TestData.PIPELINE
                .run(new SourceText(d.id(), null, d.text()), Metadata.EMPTY)
                .model();
        assertThat(d.text()).contains("I. ", "II. ", "III. ", "(9) Treating ");
        assertThat(model.size()).isGreaterThan(1000);
    }
}
