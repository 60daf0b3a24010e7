package org.policykg.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykg.TestData;
import org.policykg.store.StoreQueries;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;

/**
 * The API's views walk a local store with {@code find} and query a remote one: both must give the
 * same JSON, over TDB2 itself and over the copy in memory, for every concept and document.
 */
@Tag("slow")
class GraphWalkTest {
    private static Tdb2GraphStore store;

    @BeforeAll
    static void seed() throws IOException {
        store = TestData.seededStoreWithCopy();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void statementListsAreTheQuerysOwn(boolean copy) {
        int statements = reading(copy, dsg -> {
            Graph graph = StoreQueries.localDefaultGraph(dsg);
            int n = 0;
            for (Node concept : subjectsOf(graph, SKOS.inScheme.asNode(), PKG.SecurityConceptScheme.asNode())) {
                for (Node predicate : List.of(PKG.concept.asNode(), PKG.object.asNode())) {
                    var walked = StatementJson.listByWalk(graph, predicate, concept.getURI());
                    assertThat(walked)
                            .as("%s of %s", predicate, concept)
                            .isEqualTo(StatementJson.listByQuery(dsg, predicate, concept.getURI()));
                    n += walked.size();
                }
            }
            for (Node doc : subjectsOf(graph, RDF.type.asNode(), PKG.PolicyDocument.asNode())) {
                var walked = StatementJson.listByWalk(graph, PKG.inDocument.asNode(), doc.getURI());
                assertThat(walked).isEqualTo(StatementJson.listByQuery(dsg, PKG.inDocument.asNode(), doc.getURI()));
                n += walked.size();
            }
            return n;
        });
        // the seed and the sample state hundreds (432 when written): empty lists on both sides must not pass
        assertThat(statements).isGreaterThan(300);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void conceptPropertiesAreTheQuerysOwn(boolean copy) {
        int rows = reading(copy, dsg -> {
            Graph graph = StoreQueries.localDefaultGraph(dsg);
            int n = 0;
            for (Node concept : subjectsOf(graph, SKOS.inScheme.asNode(), PKG.SecurityConceptScheme.asNode())) {
                List<List<Node>> walked = asLists(ConceptRoutes.propertiesByWalk(graph, concept.getURI()));
                assertThat(walked).isEqualTo(asLists(ConceptRoutes.propertiesByQuery(dsg, concept.getURI())));
                n += walked.size();
            }
            return n;
        });
        assertThat(rows).isGreaterThan(100);
    }

    private static <T> T reading(boolean copy, Function<DatasetGraph, T> action) {
        return copy ? store.readForQueries(action) : store.read(action);
    }

    private static List<Node> subjectsOf(Graph graph, Node p, Node o) {
        List<Node> subjects = new ArrayList<>();
        graph.find(Node.ANY, p, o).forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects;
    }

    private static List<List<Node>> asLists(List<Node[]> rows) {
        return rows.stream().map(Arrays::asList).toList();
    }
}
