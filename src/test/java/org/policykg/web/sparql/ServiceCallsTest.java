package org.policykg.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.policykg.web.HttpProblem;

/** Every SERVICE of a query is found, wherever the syntax hides it. */
class ServiceCallsTest {
    private static final String ALLOWED = "http://allowed.example/sparql";
    private static final String OTHER = "http://other.example/sparql";

    @Test
    void aServiceAtAnyDepthIsFound() {
        String s = "SERVICE <" + OTHER + "> { ?a ?b ?c }";
        for (String query : List.of(
                "SELECT * { ?s ?p ?o FILTER EXISTS { " + s + " } }",
                "SELECT * { ?s ?p ?o FILTER NOT EXISTS { " + s + " } }",
                "SELECT * { ?s ?p ?o BIND(EXISTS { " + s + " } AS ?x) }",
                "SELECT * { { SELECT ?a { " + s + " } } }",
                "SELECT * { ?s ?p ?o OPTIONAL { ?s ?q ?v FILTER(EXISTS { " + s + " }) } }",
                "SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { " + s + " })",
                "SELECT * { ?s ?p ?o } ORDER BY (EXISTS { " + s + " })",
                "SELECT (SUM(IF(EXISTS { " + s + " }, 1, 0)) AS ?n) { ?s ?p ?o }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { ?s ?p ?v FILTER NOT EXISTS { " + s + " } } }",
                "ASK { SERVICE <" + ALLOWED + "> { ?s ?p ?o } FILTER EXISTS { " + s + " } }")) {
            List<Node> found = ServiceCalls.endpoints(QueryFactory.create(query));
            assertThat(found).as(query).extracting(Node::getURI).contains(OTHER);
            assertThatThrownBy(() -> ServiceCalls.check(found, Set.of(ALLOWED)))
                    .as(query)
                    .isInstanceOfSatisfying(
                            HttpProblem.class, p -> assertThat(p.status()).isEqualTo(403));
        }
    }

    @Test
    void onlyAllowedCallsSwitchTheEngineOn() {
        String query = "SELECT * { SERVICE <" + ALLOWED + "> { ?s ?p ?o } }";
        assertThat(ServiceCalls.check(ServiceCalls.endpoints(QueryFactory.create(query)), Set.of(ALLOWED)))
                .isTrue();
        assertThat(ServiceCalls.check(ServiceCalls.endpoints(QueryFactory.create("ASK {}")), Set.of(ALLOWED)))
                .isFalse();
    }

    @Test
    void anUpdateWhereClauseNeverCallsOut() {
        UpdateModify update = (UpdateModify) UpdateFactory.create("INSERT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER EXISTS {"
                        + " { SELECT * { SERVICE <" + ALLOWED + "> { ?s ?p ?o } } } } }")
                .getOperations()
                .get(0);
        assertThatThrownBy(() -> ServiceCalls.refuseAny(update.getWherePattern()))
                .isInstanceOf(HttpProblem.class);
    }
}
