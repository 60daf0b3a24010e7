package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykg.TestData;

/** The copy for queries must answer as the store does, and never once the store has changed. */
class MemoryReplicaTest {
    private static Tdb2GraphStore store;

    @BeforeAll
    static void seed() throws IOException {
        store = TestData.seededStoreWithCopy();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Path> exampleQueries() throws IOException {
        return TestData.exampleQueriesOverTheTestStore();
    }

    @ParameterizedTest
    @MethodSource("exampleQueries")
    void everyExampleQueryAnswersAsFromTheStore(Path file) {
        String query = read(file);
        assertThat(copyOf(store)).isNotSameAs(storeOf(store)); // the copy is in use
        List<String> fromStore = viaStore(store, query);
        List<String> fromCopy = viaCopy(store, query);
        assertThat(fromStore).isNotEmpty();
        assertThat(fromCopy).isEqualTo(fromStore);
    }

    @Test
    void namedGraphsAndTheUnionAreTheStoresOwn() {
        String graphs = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
        String union = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        assertThat(viaCopy(store, graphs)).isEqualTo(viaStore(store, graphs));
        assertThat(viaCopy(store, union)).isEqualTo(viaStore(store, union));
    }

    @Test
    void aWriteIsSeenByTheVeryNextQuery() {
        Node g = NodeFactory.createURI("urn:test:replica");
        Node s = NodeFactory.createURI("urn:test:s" + System.nanoTime());
        String ask = "SELECT ?o WHERE { <" + s.getURI() + "> ?p ?o }";
        assertThat(viaCopy(store, ask)).isEmpty();
        store.update(d -> d.add(Quad.create(g, s, s, NodeFactory.createLiteralString("new"))));
        // no waiting: the copy is out of date, so the store answers
        assertThat(viaCopy(store, ask)).containsExactly("?o=\"new\"^^" + XSD.xstring.getURI());
        store.awaitMemoryReplica();
        assertThat(copyOf(store)).isNotSameAs(storeOf(store));
        assertThat(viaCopy(store, ask)).containsExactly("?o=\"new\"^^" + XSD.xstring.getURI());
        store.update(d -> d.removeGraph(g));
        assertThat(viaCopy(store, ask)).isEmpty();
    }

    /** Counts of one triple pattern, grouped by its variables: the copy counts them from its index. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY ?type",
                "SELECT ?p (COUNT(?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
                "SELECT ?s ?o (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/policy-kg/ontology#concept> ?o } GROUP BY ?s ?o",
                "SELECT ?type (COUNT(*) AS ?n) (COUNT(?s) AS ?m) WHERE { ?s a ?type } GROUP BY ?type HAVING (COUNT(*) > 10)",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s a <urn:test:no-such-type> }",
                "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s a <urn:test:no-such-type> } GROUP BY ?s",
            })
    void aCountOfOnePatternIsCountedFromTheIndexAsTheStoreCountsIt(String query) {
        store.awaitMemoryReplica(); // another test's write may have left the copy out of date
        long before = GroupCountExecutor.COUNTED.sum();
        List<String> fromCopy = viaCopy(store, query);
        assertThat(GroupCountExecutor.COUNTED.sum()).isGreaterThan(before);
        assertThat(fromCopy).isEqualTo(viaStore(store, query));
        if (!query.contains("no-such-type")) {
            assertThat(fromCopy).isNotEmpty().allMatch(row -> row.contains(XSD.integer.getURI()));
        }
    }

    /** What the shortcut does not cover goes to ARQ as before, with the same answers. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type",
                "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type ; <https://w3id.org/policy-kg/ontology#inDocument> ?d } GROUP BY ?type",
                "SELECT ?t (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY (STR(?type) AS ?t)",
                "SELECT ?p (COUNT(*) AS ?n) WHERE { ?x ?p ?x } GROUP BY ?p",
                "SELECT ?type (MIN(STR(?s)) AS ?first) WHERE { ?s a ?type } GROUP BY ?type",
                "SELECT ?g ?type (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a ?type } } GROUP BY ?g ?type",
            })
    void otherGroupsAreLeftToArq(String query) {
        store.awaitMemoryReplica();
        long before = GroupCountExecutor.COUNTED.sum();
        List<String> fromCopy = viaCopy(store, query);
        assertThat(GroupCountExecutor.COUNTED.sum()).isEqualTo(before);
        assertThat(fromCopy).isEqualTo(viaStore(store, query));
    }

    @Test
    void aStoreLargerThanTheLimitIsNotCopied() {
        try (Tdb2GraphStore small = Tdb2GraphStore.inMemory().withMemoryReplica(2)) {
            Node g = NodeFactory.createURI("urn:test:g");
            small.update(d -> {
                for (int i = 0; i < 3; i++) {
                    Node s = NodeFactory.createURI("urn:test:s" + i);
                    d.add(Quad.create(g, s, s, s));
                }
            });
            small.awaitMemoryReplica();
            assertThat(copyOf(small)).isSameAs(storeOf(small));
            assertThat(viaCopy(small, "SELECT ?s WHERE { ?s ?p ?o }")).hasSize(3);
        }
    }

    /** What readForQueries hands out: the copy when it is current, else the store itself. */
    private static DatasetGraph copyOf(Tdb2GraphStore s) {
        return s.readForQueries(d -> d);
    }

    private static DatasetGraph storeOf(Tdb2GraphStore s) {
        return s.read(d -> d);
    }

    private static List<String> viaCopy(Tdb2GraphStore s, String query) {
        return s.readForQueries(d -> rows(d, query));
    }

    private static List<String> viaStore(Tdb2GraphStore s, String query) {
        return s.read(d -> rows(d, query));
    }

    /**
     * The rows as text, sorted. The parts of a GROUP_CONCAT are sorted too: SPARQL leaves their
     * order to the store, and the two stores walk their indexes in different orders.
     */
    private static List<String> rows(DatasetGraph dsg, String query) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = StoreQueries.execution(dsg, QueryFactory.create(query))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                List<String> cells = new ArrayList<>();
                for (String v : rs.getResultVars()) {
                    RDFNode value = row.get(v);
                    if (value != null) {
                        cells.add("?" + v + "=" + normalised(value));
                    }
                }
                out.add(String.join(" ", cells));
            }
        }
        out.sort(null);
        return out;
    }

    private static String normalised(RDFNode value) {
        if (!value.isLiteral()) {
            return value.asNode().toString();
        }
        String lexical = value.asLiteral().getLexicalForm();
        for (String separator : List.of(" | ", ", ")) {
            if (lexical.contains(separator)) {
                lexical = Arrays.stream(lexical.split(java.util.regex.Pattern.quote(separator)))
                        .sorted()
                        .collect(Collectors.joining(separator));
            }
        }
        return "\"" + lexical + "\"^^" + value.asLiteral().getDatatypeURI();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
