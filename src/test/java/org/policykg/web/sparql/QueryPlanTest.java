package org.policykg.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykg.TestData;
import org.policykg.store.Tdb2GraphStore;

/** A query run from its shared plan answers as a query planned afresh, however often and however many at once. */
class QueryPlanTest {
    private static DatasetGraph dsg;

    @BeforeAll
    static void seed() throws IOException {
        try (Tdb2GraphStore store = TestData.seededStoreWithCopy()) {
            // the copy in memory the endpoint's queries read; it stays usable once the store is closed
            dsg = store.readForQueries(d -> d);
        }
    }

    static Stream<Path> exampleQueries() throws IOException {
        return TestData.exampleQueriesOverTheTestStore();
    }

    @ParameterizedTest
    @MethodSource("exampleQueries")
    void everyExampleQueryAnswersFromItsPlanAsPlannedAfresh(Path file) {
        Query query = QueryFactory.create(read(file));
        QueryPlan plan = QueryPlan.of(query);
        assertThat(plan).as("a plan is shared for " + file).isNotNull();
        String fresh = answer(query, null);
        assertThat(plan.isOptimised()).isFalse();
        // an empty table is four lines (borders, header, rule): every example query has rows here
        assertThat(fresh.lines().count()).as("lines of\n" + fresh).isGreaterThan(4);
        assertThat(answer(query, plan)).isEqualTo(fresh);
        assertThat(plan.isOptimised()).as("the plan's engine ran").isTrue();
        assertThat(answer(query, plan)).isEqualTo(fresh);
    }

    @Test
    void executionsAtOnceShareOnePlan() throws Exception {
        Query query = QueryFactory.create(read(Path.of("queries", "part-statements.rq")));
        QueryPlan plan = QueryPlan.of(query);
        String fresh = answer(query, null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> answer(query, plan)));
            }
            for (Future<String> a : answers) {
                assertThat(a.get()).isEqualTo(fresh);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Function calls by IRI may keep state per execution (the cancellable REGEX does); SERVICE is left alone. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT * WHERE { ?s ?p ?o FILTER(<urn:policy-kg:function:cancellable-regex>(STR(?o), \"x\")) }",
                "SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { ?s ?q ?v FILTER(<http://example.org/f>(?v)) } }",
                "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            })
    void aQueryWithStatefulPartsHasNoSharedPlan(String text) {
        assertThat(QueryPlan.of(QueryFactory.create(text))).isNull();
    }

    @Test
    void aQueryOfOnlyBuiltInsHasOne() {
        assertThat(QueryPlan.of(QueryFactory.create(
                        "SELECT * WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"x\") && EXISTS { ?s ?q ?v }) }")))
                .isNotNull();
    }

    private static String answer(Query query, QueryPlan plan) {
        QueryExecutionDatasetBuilder builder =
                QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg));
        if (plan != null) {
            builder.set(QueryPlan.SYMBOL, plan);
        }
        try (QueryExecution qe = builder.build()) {
            return ResultSetFormatter.asText(qe.execSelect());
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
