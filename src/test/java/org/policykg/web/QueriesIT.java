package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.TestServer;

/**
 * Every example query of {@code queries/} runs through the SPARQL endpoint against the seed graph
 * (plus the second test text) and gives the answer a reader of the texts expects. A query without
 * an expectation here fails, so none goes untested.
 */
class QueriesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Consumer<List<Map<String, String>>>> EXPECTED = new LinkedHashMap<>();

    @RegisterExtension
    static final TestServer server = new TestServer();

    static {
        EXPECTED.put("roles-by-field.rq", rows -> {
            assertThat(rows)
                    .extracting(r -> r.get("field") + " -> " + r.get("role"))
                    .contains(
                            "political security -> fundamental",
                            "political security -> top priority",
                            "economic security -> foundation",
                            "military security -> guarantee",
                            "science and technology security -> guarantee",
                            "cultural security -> guarantee",
                            "social security -> guarantee",
                            "international security -> support",
                            "people's security -> purpose",
                            "food security -> top priority");
            assertThat(rows)
                    .filteredOn(r -> r.get("field").equals("people's security")
                            && r.get("role").equals("purpose"))
                    .extracting(r -> r.get("statements"))
                    .containsExactly("2");
        });
        EXPECTED.put(
                "treated-as.rq",
                rows -> assertThat(rows)
                        .extracting(r -> r.get("en") + "|" + r.get("zh"))
                        .containsExactly(
                                // "the most fundamental is to safeguard the CCP's leadership ..."
                                "leadership of the Party|党的领导",
                                "people's security|人民安全",
                                "political security|政治安全",
                                "ruling status of the Party|党的执政地位",
                                "socialist system with Chinese characteristics|中国特色社会主义制度"));
        EXPECTED.put("concept-neighbourhood.rq", rows -> {
            assertThat(rows)
                    .extracting(r -> r.get("link") + "|" + r.getOrDefault("label", r.get("neighbour")))
                    .contains(
                            "broader|national security",
                            "narrower|regime security",
                            "role|fundamental",
                            "role|top priority",
                            "role|lifeline",
                            "directive|treat",
                            "same sentence|ruling status of the Party");
            assertThat(rows)
                    .extracting(r -> r.get("link"))
                    .allMatch(l -> List.of("broader", "narrower", "role", "directive", "same sentence")
                            .contains(l));
        });
        EXPECTED.put("part-statements.rq", rows -> {
            assertThat(rows)
                    .extracting(r -> r.get("item") + " " + r.get("kind") + " " + r.get("quote"))
                    .contains(
                            "(4) RoleAssignment Treating economic security as the foundation",
                            "(1) Directive Adhere to the absolute leadership of the Party",
                            "(2) RoleAssignment Treating food security as the top priority");
            assertThat(rows).extracting(r -> r.get("kind")).containsOnly("RoleAssignment", "Directive");
            // a quote may start in the sentence before ("Adhere to X. This is ..."); it ends in its own
            assertThat(rows).allSatisfy(r -> assertThat(r.get("sentence")).contains(lastSentenceOf(r.get("quote"))));
        });
        EXPECTED.put("concepts-by-mentions.rq", rows -> {
            assertThat(rows.get(0).get("label")).isEqualTo("national security");
            List<Integer> counts =
                    rows.stream().map(r -> Integer.parseInt(r.get("mentions"))).toList();
            assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
            assertThat(rows).extracting(r -> r.get("label")).contains("political security", "food security");
        });
        EXPECTED.put("full-text-search.rq", rows -> {
            assertThat(rows).isNotEmpty();
            assertThat(rows)
                    .allSatisfy(r ->
                            assertThat(r.get("text")).containsPattern("(?i)(biosecurity|(food|grain)\\W+security)"));
            List<Double> scores =
                    rows.stream().map(r -> Double.parseDouble(r.get("score"))).toList();
            assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            // the index finds every sentence a plain scan of the texts finds
            assertThat(rows)
                    .extracting(r -> r.get("sentence"))
                    .containsAll(select(
                                    "PREFIX pkg: <https://w3id.org/policy-kg/ontology#> SELECT ?sentence WHERE {"
                                            + " ?sentence pkg:text ?t FILTER(REGEX(?t, 'biosecurity|(food|grain) security', 'i')) }")
                            .stream()
                            .map(r -> r.get("sentence"))
                            .toList());
        });
        EXPECTED.put("evidence-for-role.rq", rows -> {
            assertThat(rows).hasSize(1);
            Map<String, String> r = rows.get(0);
            assertThat(r.get("exact")).isEqualTo("Treating political security as fundamental");
            int length = Integer.parseInt(r.get("end")) - Integer.parseInt(r.get("start"));
            assertThat(length)
                    .isEqualTo(r.get("exact").codePointCount(0, r.get("exact").length()));
            assertThat(r.get("rule")).isEqualTo("https://w3id.org/policy-kg/rule/treat-as");
        });
        EXPECTED.put("directives.rq", rows -> {
            assertThat(rows)
                    .extracting(
                            r -> r.get("action") + " | " + r.get("objectText") + " | " + r.getOrDefault("concepts", ""))
                    .contains(
                            "adhere | the absolute leadership of the Party | leadership of the Party",
                            "adhere | scientific overall planning | ",
                            "adhere | the Overall National Security Outlook | Overall National Security Outlook",
                            "improve | the system for guaranteeing food security | food security");
            assertThat(rows).extracting(r -> r.get("action")).contains("strengthen", "improve", "promote");
        });
        EXPECTED.put("documents.rq", rows -> {
            assertThat(rows).hasSize(2);
            Map<String, String> essay = rows.stream()
                    .filter(r -> r.get("document").endsWith("/doc/000_355858e11e4f93ed"))
                    .findFirst()
                    .orElseThrow();
            assertThat(essay)
                    .containsEntry("title", "Modernizing the National Security System and Capacity")
                    .containsEntry("originalTitle", "推进国家安全体系和能力现代化")
                    .containsEntry("author", "Guo Shengkun")
                    .containsEntry("issued", "2022-11-24")
                    .containsEntry("publisher", "CSIS Interpret: China")
                    .containsEntry("published", "2023")
                    .containsEntry(
                            "source",
                            "https://interpret.csis.org/translations/modernizing-the-national-security-system-and-capacity/");
        });
        EXPECTED.put("actors-and-directives.rq", rows -> {
            // "Adhere to the centralized and unified leadership of the Party Central Committee ..."
            Map<String, String> committee = rows.stream()
                    .filter(r -> r.get("actor").equals("Party Central Committee"))
                    .findFirst()
                    .orElseThrow();
            assertThat(committee.get("actions")).contains("adhere");
        });
        EXPECTED.put("formulations.rq", rows -> {
            assertThat(rows)
                    .extracting(r -> r.get("formulation") + "|" + r.getOrDefault("zh", ""))
                    .contains("Two Establishes|两个确立", "Four Confidences|四个自信");
            assertThat(rows).extracting(r -> r.get("formulation")).contains("black swan", "gray rhino");
        });
        EXPECTED.put("cited-documents.rq", rows -> {
            Map<String, String> report = rows.stream()
                    .filter(r -> r.get("cited").contains("20th National Congress"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Integer.parseInt(report.get("citations"))).isGreaterThanOrEqualTo(5);
            assertThat(report.get("quoted")).contains("today we are closer, more confident");
        });
        EXPECTED.put("targets-and-periods.rq", rows -> {
            assertThat(rows)
                    .extracting(r -> r.get("relation") + " " + r.getOrDefault("date", "") + " " + r.get("words"))
                    .contains("by 2035 by 2035", "in 2021 In 2021");
            assertThat(rows).extracting(r -> r.getOrDefault("event", "")).contains("18th-party-congress");
        });
        EXPECTED.put(
                "figures.rq",
                rows -> assertThat(rows)
                        .extracting(r -> r.get("value") + " " + r.get("unit"))
                        .contains("98.62 percent"));
        EXPECTED.put(
                "dialectical-pairs.rq",
                rows -> assertThat(rows)
                        .extracting(r -> r.get("left") + " | " + r.get("right"))
                        .contains(
                                "external security | internal security",
                                "traditional security | non-traditional security",
                                "safeguard | shape"));
        EXPECTED.put("concept-timeline.rq", rows -> {
            // the dated essay first and marked so; the undated register sample after it, never first
            assertThat(rows)
                    .extracting(r -> r.get("document").replaceAll(".*/doc/", "") + " " + r.get("first"))
                    .containsExactly("000_355858e11e4f93ed true", "register-sample false");
            assertThat(rows.get(0)).containsEntry("issued", "2022-11-24");
            assertThat(rows.get(0).get("roles")).contains("top priority");
            assertThat(rows.get(0).get("work")).endsWith("/work/000_355858e11e4f93ed");
            assertThat(Integer.parseInt(rows.get(0).get("occurrences")))
                    .isGreaterThan(Integer.parseInt(rows.get(1).get("occurrences")));
        });
        EXPECTED.put("compare-documents.rq", rows -> {
            assertThat(rows)
                    .filteredOn(r -> r.get("inA").equals("true") && r.get("inB").equals("true"))
                    .extracting(r -> r.get("label"))
                    .contains("Overall National Security Outlook", "data security");
            assertThat(rows)
                    .filteredOn(r -> r.get("label").equals("food security"))
                    .singleElement()
                    .satisfies(r -> assertThat(r).containsEntry("inA", "false").doesNotContainKey("rolesA"))
                    .satisfies(r -> assertThat(r.get("rolesB")).contains("top priority"));
            assertThat(rows)
                    .filteredOn(r -> r.get("label").equals("economic security"))
                    .singleElement()
                    .satisfies(r -> assertThat(r).containsEntry("inB", "false").containsEntry("rolesA", "foundation"));
            // shared concepts come first
            assertThat(rows.get(0)).containsEntry("inA", "true").containsEntry("inB", "true");
        });
        EXPECTED.put(
                "candidate-concepts.rq",
                rows -> assertThat(rows).extracting(r -> r.get("label")).contains("development"));
        // "treat grain production as a political task": a role phrase the role scheme lacks
        EXPECTED.put(
                "candidate-roles.rq",
                rows -> assertThat(rows)
                        .extracting(r -> r.get("label") + " <- " + r.get("concepts"))
                        .contains("political task <- grain production"));
    }

    static {
        // the test server holds no second language version of a work: these are answered, empty, here;
        // TranslationQueriesTest runs them over an aligned pair
        EXPECTED.put("translation-role-wording.rq", rows -> assertThat(rows).isEmpty());
        EXPECTED.put("statements-in-one-language.rq", rows -> assertThat(rows).isEmpty());
    }

    static Stream<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void answersItsQuestion(Path file) throws IOException {
        String query = Files.readString(file);
        assertThat(query)
                .as("%s opens with a comment stating its question", file)
                .startsWith("# ");
        assertThat(EXPECTED)
                .as("an expected answer for %s", file)
                .containsKey(file.getFileName().toString());
        HttpResponse<String> r = server.query(query, "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        EXPECTED.get(file.getFileName().toString()).accept(rows(JSON.readTree(r.body())));
    }

    private static List<Map<String, String>> select(String query) {
        HttpResponse<String> r = server.query(query, "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        try {
            return rows(JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String lastSentenceOf(String quote) {
        String[] parts = quote.split("\\. ");
        return parts[parts.length - 1];
    }

    private static List<Map<String, String>> rows(JsonNode results) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : results.at("/results/bindings")) {
            Map<String, String> row = new LinkedHashMap<>();
            b.properties()
                    .forEach(e -> row.put(e.getKey(), e.getValue().get("value").asText()));
            rows.add(row);
        }
        return rows;
    }
}
