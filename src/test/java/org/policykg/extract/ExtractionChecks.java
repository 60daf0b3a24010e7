package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.policykg.TestData;

/**
 * The checks every text must pass, for the property tests: the pipeline returns within a bound (a
 * guard against hangs, not a timing), throws nothing, so its graph passed the SHACL shapes that
 * {@code Pipeline.run} checks, and every evidence quote and sentence is the raw text at its code
 * point offsets.
 */
final class ExtractionChecks {
    private static final String QUOTES = """
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?exact ?start ?end WHERE {
              ?ev oa:hasSelector ?q , ?p . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
            }""";
    private static final String SENTENCES = """
            PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
            SELECT ?exact ?start ?end WHERE { ?s a pkg:Sentence ; pkg:text ?exact ; pkg:start ?start ; pkg:end ?end }""";

    private ExtractionChecks() {}

    /** The validated graph of {@code text}, its quotes and sentences checked against the text. */
    static Model check(String text, Duration hangGuard) {
        Model m = assertTimeoutPreemptively(
                hangGuard,
                () -> TestData.PIPELINE
                        .run(new SourceText("case", null, text), Metadata.EMPTY)
                        .model());
        int[] cps = text.codePoints().toArray();
        for (String q : List.of(QUOTES, SENTENCES)) {
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
        return m;
    }
}
