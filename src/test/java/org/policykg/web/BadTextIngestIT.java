package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.ChineseRegisterTexts;
import org.policykg.RegisterTexts;
import org.policykg.TestServer;
import org.policykg.ingest.DocumentIngest;
import org.policykg.ingest.IngestWarningsTest;
import org.policykg.vocab.PKG;

/**
 * Bad input over HTTP: a long single line (a quarter of the ingest limit, {@link
 * DocumentIngest#MAX_TEXT_BYTES}: the pipeline is checked at the whole limit by BadInputTest, and the
 * limit itself by DocumentIngestIT) and a text without sentence punctuation are taken with 201 and
 * their statements can be queried, their quotes the posted text at their offsets. So are Chinese
 * texts mixed with English, in Traditional characters, with full-width digits, with ASCII punctuation
 * and without punctuation, with no warning of anything not understood; a text in a language the
 * extractor does not read, and one without statements, are taken with a warning in the answer, which
 * also counts and names the candidates a text introduces.
 */
@Tag("slow")
class BadTextIngestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Bearer " + TestServer.ADMIN_TOKEN;
    private static final int LENGTH = DocumentIngest.MAX_TEXT_BYTES / 4;

    @RegisterExtension
    static final TestServer server = new TestServer();

    private static HttpResponse<String> postText(String id, String text) {
        return server.send(HttpRequest.newBuilder(server.uri("/api/documents?id=" + id))
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build());
    }

    /** The evidence quotes with their offsets of the statements {@code ?st} that {@code pattern} binds. */
    private static JsonNode quotes(String pattern, String modifier) throws Exception {
        String query = """
                PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?exact ?start ?end WHERE {
                  %s ?st pkg:evidence ?ev .
                  ?ev oa:hasSelector ?q , ?p . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
                } %s""".formatted(pattern, modifier);
        HttpResponse<String> r = server.query(query, "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).at("/results/bindings");
    }

    /** The codes of the answer's warnings that say what the extractor did not understand. */
    private static List<String> notUnderstood(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        for (JsonNode w : answer.get("warnings")) {
            String code = w.get("code").asText();
            if (code.equals("no-statements") || code.equals("language-not-read")) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static void assertQuotesAreTheTextAtTheirOffsets(JsonNode rows, String text) {
        int[] cps = text.codePoints().toArray();
        for (JsonNode row : rows) {
            int start = row.at("/start/value").asInt();
            int end = row.at("/end/value").asInt();
            assertThat(start).isBetween(0, end);
            assertThat(end).isLessThanOrEqualTo(cps.length);
            assertThat(row.at("/exact/value").asText()).isEqualTo(new String(cps, start, end - start));
        }
    }

    @Test
    void aLongSingleLineIsTakenWith201() throws Exception {
        String text = RegisterTexts.singleLine(LENGTH);
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(LENGTH);
        HttpResponse<String> r = postText("bad-single-line", text);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.at("/statements/RoleAssignment").asLong())
                .isGreaterThanOrEqualTo(RegisterTexts.wholeCopiesInSingleLine(LENGTH));
        // a sample: the whole document's evidence would be a response of tens of MB
        JsonNode some = quotes(
                "?st a pkg:RoleAssignment ; pkg:inDocument <" + PKG.BASE + "doc/bad-single-line> ; pkg:concept <"
                        + PKG.CONCEPT_NS + "data-security> ; pkg:role <" + PKG.ROLE_NS + "foundation> .",
                "LIMIT 50");
        assertThat(some).hasSize(50);
        assertQuotesAreTheTextAtTheirOffsets(some, text);
    }

    @Test
    void aTextWithoutSentencePunctuationIsTakenWith201() throws Exception {
        String text = RegisterTexts.withoutPunctuation(4_000);
        HttpResponse<String> r = postText("bad-no-punctuation", text);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(server.get("/api/documents/bad-no-punctuation").statusCode()).isEqualTo(200);
        JsonNode rows = quotes("?st pkg:inDocument <" + PKG.BASE + "doc/bad-no-punctuation> .", "");
        assertThat(rows).isNotEmpty();
        assertQuotesAreTheTextAtTheirOffsets(rows, text);
    }

    static Stream<Arguments> chineseBadInput() {
        return Stream.of(
                // most of its letters are the English paragraphs': read as English, the Chinese read all the same
                Arguments.of("zh-mixed", ChineseRegisterTexts.mixedWithEnglish(), "en"),
                Arguments.of("zh-traditional", ChineseRegisterTexts.traditional(), "zh"),
                Arguments.of("zh-full-width", ChineseRegisterTexts.fullWidthDigitsAndLetters(), "zh"),
                Arguments.of("zh-ascii-punctuation", ChineseRegisterTexts.asciiPunctuation(), "zh"),
                Arguments.of("zh-no-punctuation", ChineseRegisterTexts.withoutPunctuation(2_000), "zh"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chineseBadInput")
    void badChineseInputIsTakenWith201WithoutWarnings(String id, String text, String language) throws Exception {
        HttpResponse<String> r = postText(id, text);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("language").asText()).isEqualTo(language);
        assertThat(notUnderstood(b)).isEmpty();
        JsonNode rows = quotes("?st pkg:inDocument <" + PKG.BASE + "doc/" + id + "> .", "");
        assertThat(rows).isNotEmpty();
        assertQuotesAreTheTextAtTheirOffsets(rows, text);
    }

    @Test
    void aChineseTextIsAnsweredAsChineseAndItsFormulationHasItsOwnNode() throws Exception {
        HttpResponse<String> r = postText("zh-register", ChineseRegisterTexts.plain());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("language").asText()).isEqualTo("zh");
        assertThat(notUnderstood(b)).isEmpty();
        assertThat(b.at("/statements/RoleAssignment").asLong()).isGreaterThanOrEqualTo(3);
        HttpResponse<String> q = server.query("""
                PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?f ?label WHERE {
                  ?use pkg:inDocument <%sdoc/zh-register> ; pkg:formulation ?f . ?f rdfs:label ?label .
                }""".formatted(PKG.BASE), "application/sparql-results+json");
        JsonNode rows = JSON.readTree(q.body()).at("/results/bindings");
        // one node, labelled by its own words and by the pinyin its IRI spells
        Map<String, String> labels = new HashMap<>();
        for (JsonNode row : rows) {
            assertThat(row.at("/f/value").asText())
                    .matches(PKG.FORMULATION_NS + "candidate/shu-ju-fen-ji-bao-hu--[0-9a-f]{8}");
            labels.put(
                    row.at("/label/xml:lang").asText(), row.at("/label/value").asText());
        }
        assertThat(labels).containsOnly(Map.entry("zh", "数据分级保护"), Map.entry("zh-Latn-pinyin", "shu ju fen ji bao hu"));
    }

    @Test
    void aTextInALanguageTheExtractorDoesNotReadIsTakenWithAWarning() throws Exception {
        HttpResponse<String> r =
                postText("ru-text", "Национальная безопасность является основой стабильности и развития страны.");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("language").asText()).isEqualTo("und");
        assertThat(b.get("warnings").get(0).get("code").asText()).isEqualTo("language-not-read");
        assertThat(b.get("warnings").get(0).get("message").asText())
                .contains("Cyrillic")
                .contains("reads English and Chinese only");
        assertThat(notUnderstood(b)).containsExactly("language-not-read", "no-statements");
        assertThat(server.get("/api/documents/ru-text").statusCode()).isEqualTo(200);
    }

    @Test
    void anEnglishTextIsAnsweredAsEnglishWithoutWarnings() throws Exception {
        HttpResponse<String> r = postText("en-register", RegisterTexts.plain());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("language").asText()).isEqualTo("en");
        assertThat(notUnderstood(b)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textsWithoutStatements")
    void aTextWithoutStatementsIsTakenWithAWarningSayingSo(String id, String text, String language) throws Exception {
        HttpResponse<String> r = postText(id, text);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("language").asText()).isEqualTo(language);
        assertThat(notUnderstood(b)).containsExactly("no-statements");
        assertThat(b.get("warnings").get(0).get("message").asText()).startsWith("No statements were found");
    }

    static Stream<Arguments> textsWithoutStatements() {
        return Stream.of(
                Arguments.of("nothing-en", IngestWarningsTest.NOTHING_EN, "en"),
                Arguments.of("nothing-zh", IngestWarningsTest.NOTHING_ZH, "zh"));
    }

    @Test
    void theCandidatesATextIntroducesAreCountedAndNamedInTheAnswer() throws Exception {
        HttpResponse<String> r = postText("candidates", IngestWarningsTest.CANDIDATES);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode b = JSON.readTree(r.body());
        assertThat(notUnderstood(b)).isEmpty();
        JsonNode concepts = null;
        JsonNode roles = null;
        for (JsonNode w : b.get("warnings")) {
            if (w.get("code").asText().equals("candidate-concepts")) {
                concepts = w;
            } else if (w.get("code").asText().equals("candidate-roles")) {
                roles = w;
            }
        }
        assertThat(concepts).isNotNull();
        assertThat(concepts.get("count").asInt())
                .isEqualTo(b.get("candidateConcepts").size());
        assertThat(concepts.get("labels")).extracting(JsonNode::asText).contains("lighthouse security");
        assertThat(roles).isNotNull();
        assertThat(roles.get("count").asInt()).isEqualTo(1);
        assertThat(roles.get("labels")).extracting(JsonNode::asText).containsExactly("ballast");
        assertThat(roles.get("message").asText())
                .contains("1 candidate role introduced")
                .endsWith("ballast.");
    }
}
