package org.policykg.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class CancellableSortTest {
    private static final Dataset DATA = data(400);

    /**
     * An ORDER BY under a large OFFSET sorts while the plan is built, where an abort only raises the
     * cancel signal; a costly key makes each 20,000-row spill take seconds. It stops within a moment.
     */
    @Test
    void anAbortedSortStopsInsideASpill() throws Exception {
        Query query = QueryFactory.create("SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY"
                + " SHA512(SHA512(SHA512(SHA512(CONCAT(STR(?c), STR(?f)))))) OFFSET 100000000 LIMIT 1");
        CancellableSort.wrapKeys(query);
        try (QueryExecution qe = QueryExecution.create()
                .query(query)
                .dataset(DATA)
                .set(ARQ.spillToDiskThreshold, 20_000L)
                .build()) {
            CompletableFuture<Object> run =
                    CompletableFuture.supplyAsync(() -> qe.execSelect().hasNext());
            Thread.sleep(1_500); // the rows of the first spill are gathered in well under this
            long aborted = System.nanoTime();
            CompletableFuture.runAsync(qe::abort);
            assertThatThrownBy(() -> run.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(QueryCancelledException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - aborted)).isLessThan(Duration.ofMillis(500));
        }
    }

    /** The wrapped keys order as the keys themselves: ascending, descending, by an aggregate. */
    @Test
    void wrappedKeysOrderAsBefore() {
        for (String text : List.of(
                "SELECT ?c { ?a ?b ?c } ORDER BY DESC(STR(?c)) ?a LIMIT 50",
                "SELECT ?b (COUNT(*) AS ?n) { ?a ?b ?c } GROUP BY ?b ORDER BY DESC(COUNT(*)) ?b",
                "SELECT ?a ?x { ?a ?b ?c OPTIONAL { ?a <urn:none> ?x } } ORDER BY ?x ?a LIMIT 20")) {
            Query wrapped = QueryFactory.create(text);
            CancellableSort.wrapKeys(wrapped);
            assertThat(rows(wrapped)).as(text).isEqualTo(rows(QueryFactory.create(text)));
        }
    }

    private static List<String> rows(Query query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe =
                QueryExecution.create().query(query).dataset(DATA).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.add(s.toString());
            }
        }
        return rows;
    }

    private static Dataset data(int n) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < n; i++) {
            m.add(m.createResource("urn:s:" + i), m.createProperty("urn:p:" + (i % 7)), "value " + (i * 37 % n));
        }
        return DatasetFactory.create(m);
    }
}
