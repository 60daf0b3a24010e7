package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.policykg.TestData;

/**
 * Properties of the pipeline on any text, checked with jqwik on arbitrary strings built from the
 * register's pieces (quotes, markers, headings, role phrases, emoji, no-break spaces, any character)
 * and on mutated copies of the essay: extraction ends in bounded time, throws nothing (so the graph
 * passed the SHACL shapes, which {@code Pipeline.run} checks), and every evidence quote and sentence
 * is the raw text at its code point offsets. A failing case is shrunk, and replayed first on the next run.
 * (The hand-rolled generator before it found a section IRI shared by two parts with the same number,
 * and a role phrase read past its sentence.)
 */
class ExtractionPropertiesTest {
    private static final List<String> PIECES = List.of(
            "“",
            "”",
            "\"",
            "’",
            "(1) ",
            "II. ",
            "\n",
            "\n\n",
            " is the foundation of ",
            "Treating ",
            " as ",
            "must ",
            "since the 18th Party Congress",
            "98.62 percent",
            "Adhere to ",
            "This is the ",
            ", and ",
            "; ",
            ". ",
            "security",
            "the Party Central Committee",
            "😀",
            "\u00a0",
            "by 2035",
            "overall planning for ",
            " and ",
            "Cite This Page\n\n",
            "FacebookTwitter\n\n",
            "x");
    private static final String ESSAY = TestData.read(TestData.ESSAY).text();
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Property(tries = 150)
    void anyTextGivesAValidGraphWhoseQuotesAreTheTextAtTheirOffsets(@ForAll("texts") String text) {
        checkExtraction(text);
    }

    @Property(tries = 30)
    void aMutatedEssayGivesAValidGraphWhoseQuotesAreTheTextAtTheirOffsets(@ForAll("mutatedEssays") String text) {
        checkExtraction(text);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(PIECES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8)));
        return piece.list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    /** The essay with up to 20 cuts of up to 200 characters, each maybe followed by a piece. */
    @Provide
    Arbitrary<String> mutatedEssays() {
        Arbitrary<int[]> cut = Combinators.combine(
                        Arbitraries.integers().between(0, ESSAY.length()),
                        Arbitraries.integers().between(0, 200),
                        Arbitraries.integers().between(-1, PIECES.size() - 1))
                .as((at, length, piece) -> new int[] {at, length, piece});
        return cut.list().ofMaxSize(20).map(ExtractionPropertiesTest::mutate);
    }

    private static String mutate(List<int[]> cuts) {
        StringBuilder sb = new StringBuilder(ESSAY);
        for (int[] c : cuts) {
            int at = Math.min(c[0], sb.length());
            sb.delete(at, Math.min(sb.length(), at + c[1]));
            if (c[2] >= 0) {
                sb.insert(at, PIECES.get(c[2]));
            }
        }
        return sb.toString();
    }

    private static void checkExtraction(String text) {
        Model m = assertTimeoutPreemptively(
                BOUND,
                () -> TestData.PIPELINE
                        .run(new SourceText("case", null, text), Metadata.EMPTY)
                        .model());
        int[] cps = text.codePoints().toArray();
        String quotes = """
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?exact ?start ?end WHERE {
                  ?ev oa:hasSelector ?q , ?p . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
                }""";
        String sentences = """
                PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
                SELECT ?exact ?start ?end WHERE { ?s a pkg:Sentence ; pkg:text ?exact ; pkg:start ?start ; pkg:end ?end }""";
        for (String q : List.of(quotes, sentences)) {
            try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    int start = s.getLiteral("start").getInt();
                    int end = s.getLiteral("end").getInt();
                    assertThat(start).isBetween(0, end);
                    assertThat(end).isLessThanOrEqualTo(cps.length);
                    assertThat(new String(cps, start, end - start))
                            .isEqualTo(s.getLiteral("exact").getString());
                });
            }
        }
    }
}
