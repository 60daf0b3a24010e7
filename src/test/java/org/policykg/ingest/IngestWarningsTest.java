package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policykg.RegisterTexts;
import org.policykg.TestData;
import org.policykg.extract.Metadata;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;

/**
 * What ingest tells a curator it did not understand (no statements, a language it does not read) and
 * what it introduced (candidate concepts and roles, counted, with their labels).
 */
@Tag("slow")
public class IngestWarningsTest {
    /** Invented: plain narration, no role, pair, priority, directive, date or figure in it. */
    public static final String NOTHING_EN = "The delegation walked through the old museum on a quiet afternoon."
            + " Afterwards the visitors had tea in the garden and talked about the paintings they had seen.";

    public static final String NOTHING_ZH = "代表团在一个安静的下午参观了老博物馆。随后，客人们在花园里喝茶，谈论他们看到的画。";

    /** Invented: a role given to a field the concept scheme lacks, and a role phrase the scheme lacks. */
    public static final String CANDIDATES = "We must treat lighthouse security as the foundation of coastal shipping."
            + " We must regard orchard safety as the ballast of rural revival.";

    private static DocumentIngest.Result ingest(String id, String text) {
        try (GraphStore store = Tdb2GraphStore.inMemory()) {
            new SeedLoader(TestData.PIPELINE, PKG.BASE).loadOntology(store);
            return new DocumentIngest(TestData.PIPELINE).ingest(store, id, null, text, Metadata.EMPTY);
        }
    }

    private static List<String> codes(DocumentIngest.Result r) {
        return r.warnings().stream().map(IngestWarning::code).toList();
    }

    @Test
    void anEnglishTextWithoutStatementsIsSaidToHaveNone() {
        DocumentIngest.Result r = ingest("nothing-en", NOTHING_EN);
        assertThat(r.reading().language()).isEqualTo("en");
        assertThat(codes(r)).contains(IngestWarning.NO_STATEMENTS).doesNotContain(IngestWarning.LANGUAGE_NOT_READ);
        assertThat(r.warnings().get(0).message()).contains("No statements were found");
    }

    @Test
    void aChineseTextWithoutStatementsIsSaidToHaveNone() {
        DocumentIngest.Result r = ingest("nothing-zh", NOTHING_ZH);
        assertThat(r.reading().language()).isEqualTo("zh");
        assertThat(codes(r)).contains(IngestWarning.NO_STATEMENTS);
    }

    @Test
    void aLanguageTheExtractorDoesNotReadIsNamedFirst() {
        DocumentIngest.Result r =
                ingest("ru", "Национальная безопасность является основой стабильности и развития страны.");
        assertThat(codes(r)).startsWith(IngestWarning.LANGUAGE_NOT_READ, IngestWarning.NO_STATEMENTS);
        assertThat(r.warnings().get(0).message()).contains("Cyrillic");
    }

    @Test
    void candidatesIntroducedAreCountedAndNamed() {
        DocumentIngest.Result r = ingest("candidates", CANDIDATES);
        assertThat(codes(r)).doesNotContain(IngestWarning.NO_STATEMENTS);
        IngestWarning concepts = r.warnings().stream()
                .filter(w -> w.code().equals(IngestWarning.CANDIDATE_CONCEPTS))
                .findFirst()
                .orElseThrow();
        assertThat(concepts.count()).isEqualTo(r.candidates().size()).isPositive();
        assertThat(concepts.labels()).contains("lighthouse security");
        assertThat(concepts.message()).contains("candidate concept").contains("lighthouse security");
        IngestWarning roles = r.warnings().stream()
                .filter(w -> w.code().equals(IngestWarning.CANDIDATE_ROLES))
                .findFirst()
                .orElseThrow();
        assertThat(roles.count()).isEqualTo(1);
        assertThat(roles.labels()).containsExactly("ballast");
        assertThat(roles.message())
                .isEqualTo(
                        "1 candidate role introduced (not among the scheme's roles), for a curator to review: ballast.");
    }

    @Test
    void aTextFullOfKnownStatementsHasNothingNotUnderstood() {
        DocumentIngest.Result r = ingest("register", RegisterTexts.plain());
        assertThat(r.warnings()).noneMatch(IngestWarning::notUnderstood);
    }
}
