package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestServer;
import org.policykg.vocab.PKG;

/**
 * SERVICE against an allow-list: a second real server is the remote endpoint. A query may call an
 * endpoint on the list and nothing else; with no list, SERVICE stays refused (see SparqlEndpointIT).
 */
class ServiceAllowListIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_RESULTS = "application/sparql-results+json";

    /** The remote endpoint: the seeded graph. */
    @RegisterExtension
    static final TestServer remote = new TestServer();

    private static TestServer callingOnly(String endpoint) {
        return TestServer.empty(ServerSettings.builder()
                        .adminToken(TestServer.ADMIN_TOKEN)
                        .queryTimeoutMillis(10_000)
                        .serviceEndpoints(List.of(endpoint))
                        .build())
                .start();
    }

    private static String labelOfPoliticalSecurityAt(String endpoint) {
        return "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?label WHERE { SERVICE <" + endpoint + "> { <" + PKG.CONCEPT_NS
                + "political-security> skos:prefLabel ?label FILTER(lang(?label) = \"zh\") } }";
    }

    @Test
    void anEndpointOnTheListIsQueried() throws Exception {
        String endpoint = remote.uri("/sparql").toString();
        try (TestServer local = callingOnly(endpoint)) {
            var r = local.query(labelOfPoliticalSecurityAt(endpoint), JSON_RESULTS);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode rows = JSON.readTree(r.body()).at("/results/bindings");
            assertThat(rows).extracting(b -> b.at("/label/value").asText()).containsExactly("政治安全");
        }
    }

    @Test
    void anyOtherEndpointOrAVariableIsRefusedBeforeAnythingIsFetched() throws Exception {
        String endpoint = remote.uri("/sparql").toString();
        try (TestServer local = callingOnly(endpoint)) {
            for (String query : List.of(
                    labelOfPoliticalSecurityAt(remote.uri("/sparql?other").toString()),
                    labelOfPoliticalSecurityAt("http://169.254.169.254/latest/meta-data/"),
                    "SELECT * WHERE { BIND(<" + endpoint + "> AS ?e) SERVICE ?e { ?s ?p ?o } }")) {
                var r = local.query(query, JSON_RESULTS);
                assertThat(r.statusCode()).as(query).isEqualTo(403);
                assertThat(r.body()).contains("SERVICE");
            }
        }
    }
}
