package org.policykg.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.extract.Metadata;
import org.policykg.ingest.MetadataJson;

/**
 * The held-out collection ({@code src/test/resources/heldout/}) is complete: every text has a sidecar
 * the ingest API accepts, in the language its id names, and a gold file that says which kinds it
 * covers, so that {@code evaluate} scores every kind on it.
 */
class HeldOutCollectionTest {
    private static final Path HELDOUT = Path.of("src", "test", "resources", "heldout");
    private static final Path ANNOTATIONS = HELDOUT.resolve("gold");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> ids() throws IOException {
        try (var files = Files.list(HELDOUT)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void holdsDocumentsInBothLanguages() throws IOException {
        assertThat(ids()).filteredOn(id -> id.startsWith("en-")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ids()).filteredOn(id -> id.startsWith("zh-")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyTextHasASidecarInItsLanguage() throws IOException {
        for (String id : ids()) {
            Metadata m = MetadataJson.parse(JSON.readTree(Files.readString(HELDOUT.resolve(id + ".meta.json"))));
            assertThat(m.language()).as(id).isEqualTo(id.substring(0, 2));
            assertThat(m.sourceUrl()).as(id).isNotBlank();
        }
    }

    @Test
    void everyTextHasAGoldFileCoveringEveryKind() throws IOException {
        for (String id : ids()) {
            List<String> lines = Files.readAllLines(ANNOTATIONS.resolve(id + ".tsv"));
            assertThat(lines)
                    .as(id)
                    .contains("# kinds: RoleAssignment Pair Directive Actor Formulation CitedDocument Quotation"
                            + " Date Figure Mention");
        }
    }

    @Test
    void noTextIsAlsoInTheDevelopmentCorpus() throws IOException {
        Path devcorpus = Path.of("seeds", "devcorpus");
        for (String id : ids()) {
            assertThat(devcorpus.resolve(id + ".txt")).as(id).doesNotExist();
        }
    }
}
