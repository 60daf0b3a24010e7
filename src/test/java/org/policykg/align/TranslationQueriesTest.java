package org.policykg.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.TestData;
import org.policykg.ingest.SeedLoader;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;

/**
 * The translated pairs of the development corpus loaded as seeds: the loader aligns them, and the
 * example queries on translations answer from those alignments.
 */
@Tag("slow")
class TranslationQueriesTest {
    private static final String EN = "en-sec-national-security-law-2015-ch1";
    private static final String ZH = "zh-national-security-law-2015-ch1";
    private static final String REPORT_EN = "en-sec-20th-congress-report-2022-sec11";
    private static final String REPORT_ZH = "zh-20th-party-congress-report-2022-delivered-sec11-12";

    @TempDir
    static Path seeds;

    private static Tdb2GraphStore store;

    @BeforeAll
    static void loadThePair() throws IOException {
        for (String id : List.of(EN, ZH, REPORT_EN, REPORT_ZH)) {
            Files.copy(TestData.DEV_CORPUS.resolve(id + ".txt"), seeds.resolve(id + ".txt"));
            Files.copy(TestData.DEV_CORPUS.resolve(id + ".meta.json"), seeds.resolve(id + ".meta.json"));
        }
        store = Tdb2GraphStore.inMemory();
        SeedLoader loader = new SeedLoader(TestData.PIPELINE, PKG.BASE);
        loader.loadOntology(store);
        assertThat(loader.loadFolder(store, seeds)).isEqualTo(4);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theArticlesAreLinkedByTheirMarkers() throws IOException {
        List<Map<String, String>> rows = select("PREFIX pkg: <" + PKG.NS + ">"
                + " SELECT ?en ?zh WHERE { ?a pkg:alignmentMethod \"structure\" ;"
                + " pkg:alignedSentence ?s , ?t . ?s pkg:text ?en ."
                // the Chinese article's marker is on its section, which the sentence opens
                + " ?t pkg:inDocument ?d ; pkg:start ?at . ?section pkg:inDocument ?d ; pkg:marker ?zh ;"
                + " pkg:start ?from ; pkg:end ?to ."
                + " FILTER(STRSTARTS(?en, \"Article\") && STRSTARTS(?zh, \"第\") && STRENDS(?zh, \"条\")"
                + " && ?at >= ?from && ?at < ?to && ?at - ?from < 8) }");
        assertThat(rows)
                .extracting(r -> r.get("en").substring(0, 9) + "|" + r.get("zh"))
                .contains("Article 1|第一条", "Article 2|第二条");
    }

    @Test
    void aRestartLeavesTheAlignmentAsItWas() throws IOException {
        long before = store.read(dsg -> dsg.stream().count());
        new SeedLoader(TestData.PIPELINE, PKG.BASE).loadFolder(store, seeds);
        long after = store.read(dsg -> dsg.stream().count());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theChineseWordingOfTheEnglishRolesIsFound() throws IOException {
        List<Map<String, String>> rows = select(Files.readString(Path.of("queries", "translation-role-wording.rq")));
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.get("chineseSentence")).containsPattern("\\p{IsHan}"));
    }

    @Test
    void statementsFoundInOneLanguageOnlyAreListed() throws IOException {
        List<Map<String, String>> rows = select(Files.readString(Path.of("queries", "statements-in-one-language.rq")));
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.get("notFoundIn")).contains("/doc/"));
    }

    private static List<Map<String, String>> select(String query) {
        return store.read(dsg -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(dsg.getUnionGraph()))
                    .query(query)
                    .build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new TreeMap<>();
                    s.varNames()
                            .forEachRemaining(v -> row.put(
                                    v,
                                    s.get(v).isLiteral()
                                            ? s.getLiteral(v).getLexicalForm()
                                            : s.get(v).toString()));
                    out.add(row);
                }
            }
            return out;
        });
    }
}
