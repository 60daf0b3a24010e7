package org.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.TestData;
import org.policykg.ingest.Pipeline;
import org.policykg.ontology.ShapeValidator;
import org.policykg.vocab.PKG;

/** Properties every extracted graph must have, checked on every test text. */
class GraphPropertiesTest {
    /** Each text's graph, extracted once: the tests only read it. */
    private static final Map<Path, Model> GRAPHS = new ConcurrentHashMap<>();

    /** A second pipeline, with its own ontology read, whose graphs must equal the first's. */
    private static Pipeline another;

    static Stream<Path> texts() {
        Path texts = Path.of("src", "test", "resources", "texts");
        return Stream.of(
                TestData.ESSAY,
                TestData.REGISTER_SAMPLE,
                texts.resolve("ccp-food-energy-commentary.txt"),
                texts.resolve("cac-data-security-notice.txt"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void everyEvidenceQuoteIsTheRawTextAtItsCodePointOffsets(Path file) {
        String raw = TestData.read(file).text();
        int[] cps = raw.codePoints().toArray();
        Model m = graph(file);
        String q = """
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?exact ?start ?end WHERE {
                  ?ev oa:hasSelector ?q , ?p . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
                }""";
        int[] count = {0};
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            qe.execSelect().forEachRemaining(s -> {
                int start = s.getLiteral("start").getInt();
                int end = s.getLiteral("end").getInt();
                assertThat(new String(cps, start, end - start))
                        .isEqualTo(s.getLiteral("exact").getString());
                count[0]++;
            });
        }
        assertThat(count[0]).isGreaterThan(10);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void everySentenceTextIsTheRawTextAtItsOffsets(Path file) {
        String raw = TestData.read(file).text();
        int[] cps = raw.codePoints().toArray();
        String q = """
                PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
                SELECT ?text ?start ?end WHERE { ?s a pkg:Sentence ; pkg:text ?text ; pkg:start ?start ; pkg:end ?end }""";
        try (QueryExecution qe = QueryExecution.model(graph(file)).query(q).build()) {
            qe.execSelect().forEachRemaining(s -> {
                int start = s.getLiteral("start").getInt();
                int end = s.getLiteral("end").getInt();
                assertThat(new String(cps, start, end - start))
                        .isEqualTo(s.getLiteral("text").getString());
            });
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void theGraphConformsToTheShapes(Path file) {
        ValidationReport report =
                new ShapeValidator(TestData.ONTOLOGY).report(graph(file).getGraph());
        assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
    }

    @Test
    void aStatementWithoutEvidenceIsRejectedWithTheShapesMessage() {
        Model m = ModelFactory.createDefaultModel().add(graph(TestData.ESSAY));
        m.removeAll(null, PKG.evidence, null);
        ShapeValidator validator = new ShapeValidator(TestData.ONTOLOGY);
        assertThatThrownBy(() -> validator.validate(m.getGraph(), "broken"))
                .isInstanceOf(ShapeValidator.InvalidGraphException.class)
                .hasMessageContaining("evidence");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void theSameInputGivesTheSameSortedNTriples(Path file) {
        if (another == null) {
            another = new Pipeline(org.policykg.ontology.OntologyFiles.load(), PKG.BASE);
        }
        String first = sortedNTriples(graph(file));
        String second = sortedNTriples(
                another.run(TestData.read(file), TestData.sidecar(file)).model());
        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotContain("_:"); // no blank nodes: every node has a stable IRI
    }

    @Test
    void theEssaysDocumentCarriesItsMetadata() {
        Model m = graph(TestData.ESSAY);
        String q = """
                PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                ASK {
                  ?d a pkg:PolicyDocument ;
                     dcterms:title "Modernizing the National Security System and Capacity"@en ;
                     pkg:originalTitle "推进国家安全体系和能力现代化"@zh ;
                     dcterms:creator/foaf:name "Guo Shengkun"@en ;
                     dcterms:issued "2022-11-24"^^<http://www.w3.org/2001/XMLSchema#date> ;
                     pkg:translationPublisher/foaf:name "CSIS Interpret: China"@en ;
                     pkg:translationPublished "2023"^^<http://www.w3.org/2001/XMLSchema#gYear> ;
                     dcterms:source <https://interpret.csis.org/translations/modernizing-the-national-security-system-and-capacity/> .
                }""";
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            assertThat(qe.execAsk()).isTrue();
        }
    }

    private static Model graph(Path file) {
        return GRAPHS.computeIfAbsent(file, f -> TestData.extract(f).model());
    }

    private static String sortedNTriples(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, RDFFormat.NTRIPLES);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }
}
