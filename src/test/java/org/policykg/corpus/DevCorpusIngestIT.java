package org.policykg.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.TestData;
import org.policykg.TestServer;
import org.policykg.vocab.PKG;

/**
 * Real documents of the development corpus ({@code seeds/devcorpus/}) posted to the real
 * server with their sidecars as metadata, then read back through the concept and document API: their
 * role assignments join the seed essay's on the same concept pages, and every evidence quote is the
 * posted text at its code point offsets, line breaks of a hard-wrapped copy included.
 */
class DevCorpusIngestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEVCORPUS = Path.of("seeds", "devcorpus");
    private static final String AUTH = "Bearer " + TestServer.ADMIN_TOKEN;
    private static final String ESSAY_ID = "000_355858e11e4f93ed";
    private static final String REPORT_ID = "en-sec-20th-congress-report-2022-sec11";
    private static final String CHINESE_LAW_ID = "zh-national-security-law-2015-ch1";
    private static final String WRAPPED_ID = "en-wrap-xi-thought-textbook-ch13-national-security";
    private static final String ROLE_ASSIGNMENT = "pkg:RoleAssignment";

    @RegisterExtension
    static final TestServer server = new TestServer();

    /** Posts a document of the development corpus as JSON, its sidecar as the metadata, and answers the body. */
    private static JsonNode post(String id) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("id", id).put("text", text(id));
        body.set("metadata", JSON.readTree(Files.readString(DEVCORPUS.resolve(id + ".meta.json"))));
        HttpResponse<String> r =
                server.post("/api/documents", "application/json", body.toString(), "Authorization", AUTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private static String text(String id) throws IOException {
        return Files.readString(DEVCORPUS.resolve(id + ".txt"), StandardCharsets.UTF_8);
    }

    private static JsonNode getJson(String path) throws IOException {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** The role assignments of a statement list that are in the given document. */
    private static List<JsonNode> roleAssignments(JsonNode statements, String documentId) {
        List<JsonNode> out = new ArrayList<>();
        statements.forEach(st -> {
            if (st.get("type").asText().equals(ROLE_ASSIGNMENT)
                    && st.get("inDocument").asText().equals(PKG.BASE + "doc/" + documentId)) {
                out.add(st);
            }
        });
        return out;
    }

    private static JsonNode selector(JsonNode statement, String type) {
        for (JsonNode s : statement.at("/evidence/hasSelector")) {
            if (s.get("type").asText().equals(type)) {
                return s;
            }
        }
        throw new AssertionError("no " + type + " in " + statement);
    }

    private static String exact(JsonNode statement) {
        return selector(statement, "oa:TextQuoteSelector").get("exact").asText();
    }

    /** The raw text between the statement's position selector offsets, counted in code points. */
    private static String rawAt(String raw, JsonNode statement) {
        JsonNode p = selector(statement, "oa:TextPositionSelector");
        int start = p.get("start").asInt();
        int end = p.get("end").asInt();
        int[] cps = raw.codePoints().toArray();
        assertThat(start).as("start of %s", statement.get("id")).isBetween(0, end);
        assertThat(end).as("end of %s", statement.get("id")).isLessThanOrEqualTo(cps.length);
        return new String(cps, start, end - start);
    }

    private static void assertQuotesAreTheTextAtTheirOffsets(List<JsonNode> statements, String raw) {
        for (JsonNode st : statements) {
            assertThat(exact(st)).as("quote of %s", st.get("id")).isEqualTo(rawAt(raw, st));
        }
    }

    @Test
    void anEnglishReportShowsItsRolesOnTheConceptPagesOfTheSeedEssay() throws IOException {
        JsonNode answer = post(REPORT_ID);
        assertThat(answer.get("candidateConcepts").isArray()).isTrue();
        assertThat(answer.get("candidateRoles").isArray())
                .as("candidateRoles beside candidateConcepts: %s", answer)
                .isTrue();
        assertThat(answer.at("/statements/RoleAssignment").asLong()).isPositive();

        String report = text(REPORT_ID);
        String essay = TestData.read(TestData.ESSAY).text();
        // both texts give roles to these: the essay by "Treating ... as", the report by "take ... as"
        for (String concept : List.of("political-security", "economic-security")) {
            JsonNode page = getJson("/api/concepts/" + concept);
            assertThat(page.get("id").asText()).isEqualTo(PKG.CONCEPT_NS + concept);
            JsonNode statements = page.get("statements");
            List<JsonNode> fromEssay = roleAssignments(statements, ESSAY_ID);
            List<JsonNode> fromReport = roleAssignments(statements, REPORT_ID);
            assertThat(fromEssay)
                    .as("%s: the essay's role assignments", concept)
                    .isNotEmpty();
            assertThat(fromReport)
                    .as("%s: the report's role assignments", concept)
                    .isNotEmpty();
            assertThat(fromReport)
                    .allSatisfy(st -> assertThat(st.get("concept").asText()).isEqualTo(PKG.CONCEPT_NS + concept))
                    .allSatisfy(st -> assertThat(st.at("/role/id").asText()).startsWith(PKG.ROLE_NS));
            assertQuotesAreTheTextAtTheirOffsets(fromReport, report);
            assertQuotesAreTheTextAtTheirOffsets(fromEssay, essay);
        }
    }

    @Test
    void aChineseLawShowsItsRolesOnTheConceptPagesOfTheSeedEssayWithChineseQuotes() throws IOException {
        JsonNode answer = post(CHINESE_LAW_ID);
        assertThat(answer.get("language").asText()).isEqualTo("zh");
        assertThat(answer.at("/statements/RoleAssignment").asLong()).isPositive();

        String law = text(CHINESE_LAW_ID);
        // the essay gives these roles in English, the law in its 以X为Y list
        for (String concept : List.of("political-security", "economic-security")) {
            JsonNode statements = getJson("/api/concepts/" + concept).get("statements");
            assertThat(roleAssignments(statements, ESSAY_ID))
                    .as("%s: the essay's role assignments", concept)
                    .isNotEmpty();
            List<JsonNode> fromLaw = roleAssignments(statements, CHINESE_LAW_ID);
            assertThat(fromLaw).as("%s: the law's role assignments", concept).isNotEmpty();
            assertThat(fromLaw)
                    .allSatisfy(st -> assertThat(st.at("/role/id").asText()).startsWith(PKG.ROLE_NS))
                    .allSatisfy(st -> assertThat(exact(st)).matches(".*\\p{IsHan}.*"));
            assertQuotesAreTheTextAtTheirOffsets(fromLaw, law);
        }
    }

    @Test
    void aTranslationPostedBesideItsOriginalIsAlignedWithIt() throws IOException {
        // both sidecars name the same work: the second post finds the first and aligns the two
        post("zh-gwr-2022-policy-orientation");
        post("en-gwr-2022-policy-orientation");
        JsonNode a = getJson("/api/documents/en-gwr-2022-policy-orientation/alignment");
        assertThat(a.get("alignments").size()).as("sentence links: %s", a).isPositive();
        JsonNode b = getJson("/api/documents/zh-gwr-2022-policy-orientation/alignment");
        assertThat(b.get("alignments").size()).isEqualTo(a.get("alignments").size());
    }

    @Test
    void aHardWrappedDocumentQuotesARoleAcrossALineBreakAsTheRawText() throws IOException {
        JsonNode answer = post(WRAPPED_ID);
        assertThat(answer.get("candidateRoles").isArray()).isTrue();
        String raw = text(WRAPPED_ID);
        List<JsonNode> roles =
                roleAssignments(getJson("/api/documents/" + WRAPPED_ID).get("extractions"), WRAPPED_ID);
        assertThat(roles).hasSize((int) answer.at("/statements/RoleAssignment").asLong());
        assertQuotesAreTheTextAtTheirOffsets(roles, raw);
        // the reading copy joins the wrapped lines, but a quote is the raw text: its line breaks stay
        assertThat(roles)
                .as("a role assignment whose evidence crosses a line break")
                .anySatisfy(st -> assertThat(exact(st)).contains("\n").isEqualTo(rawAt(raw, st)));
    }
}
