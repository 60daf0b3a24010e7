package org.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.TestServer;
import org.policykg.vocab.PKG;

/**
 * The timeline's data as CSV and JSON-LD with first and latest use, a document's alignment with its
 * translation, and a concept's wording in English beside Chinese, over HTTP from the real server
 * holding the seed essay and a translated pair of the development corpus.
 */
class BilingualViewsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EN = TranslatedPair.EN;
    private static final String ZH = TranslatedPair.ZH;

    @RegisterExtension
    static final TestServer server = new TestServer();

    @TempDir
    static Path seeds;

    @BeforeAll
    static void loadThePair() {
        TranslatedPair.load(server.store(), seeds);
    }

    private static JsonNode getJson(String path, int status) throws IOException {
        HttpResponse<String> r = server.get(path, "Accept", "application/ld+json");
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    @Test
    void theTimelineIsCsvWithOneRowADocumentAndJsonLdWithItsFirstAndLatestUse() throws IOException {
        String path = "/api/concepts/political-security/timeline";
        JsonNode t = getJson(path, 200);
        JsonNode entries = t.get("timeline");
        assertThat(t.get("firstUse").asText())
                .isEqualTo(entries.get(0).get("inDocument").get("issued").asText());
        assertThat(t.get("latestUse").asText())
                .isGreaterThanOrEqualTo(t.get("firstUse").asText());
        entries.forEach(e -> assertThat(e.get("latestOccurrence").asBoolean())
                .isEqualTo(t.get("latestUse")
                        .asText()
                        .equals(e.get("inDocument").path("issued").asText())));

        for (HttpResponse<String> csv :
                List.of(server.get(path + "?format=csv"), server.get(path, "Accept", "text/csv"))) {
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            String[] lines = csv.body().split("\r\n");
            assertThat(lines[0])
                    .isEqualTo("issued,document,language,title,occurrences,roles,firstOccurrence,latestOccurrence");
            assertThat(lines).hasSize(entries.size() + 1);
            JsonNode first = entries.get(0);
            assertThat(lines[1])
                    .startsWith(first.get("inDocument").get("issued").asText() + ","
                            + first.get("inDocument").get("id").asText() + ",")
                    .contains("," + first.get("occurrences").asLong() + ",");
        }
        assertThat(server.get(path + "?format=xml").statusCode()).isEqualTo(400);

        Model m = ModelFactory.createDefaultModel();
        RDFParser.create()
                .source(new StringReader(server.get(path).body()))
                .lang(Lang.JSONLD11)
                .parse(m);
        assertThat(m.listObjectsOfProperty(m.createProperty(PKG.NS, "firstUse")).toList())
                .singleElement()
                .satisfies(d -> assertThat(d.asLiteral().getDatatypeURI()).endsWith("#date"));
    }

    @Test
    void aFormulationsTimelineGivesItsFirstAndLatestUse() throws IOException {
        HttpResponse<String> r = server.query(
                "PREFIX pkg: <" + PKG.NS + "> SELECT ?f WHERE { ?st pkg:formulation ?f } ORDER BY ?f LIMIT 1",
                "text/csv");
        String formulation = r.body().split("\r\n")[1];
        assertThat(formulation).startsWith(PKG.FORMULATION_NS);
        String id = formulation.substring(PKG.FORMULATION_NS.length());
        JsonNode t = getJson("/api/concepts/" + id + "/timeline", 200);
        assertThat(t.get("id").asText()).isEqualTo(formulation);
        assertThat(t.has("firstUse")).isTrue();
        assertThat(t.has("latestUse")).isTrue();
        assertThat(server.get("/timeline/" + id).body()).contains("id=\"timeline-chart\"");
        assertThat(server.get("/formulation/" + id, "Accept", "text/html").body())
                .contains("data-concept=\"" + id + "\"");
    }

    @Test
    void aDocumentsAlignmentLinksItsSentencesToItsTranslationsWithMethodAndScore() throws IOException {
        JsonNode a = getJson("/api/documents/" + EN + "/alignment", 200);
        assertThat(a.get("translations")).extracting(t -> t.get("id").asText()).containsExactly(PKG.BASE + "doc/" + ZH);
        assertThat(a.get("alignedWith").get("id").asText()).endsWith("/doc/" + ZH);
        JsonNode links = a.get("alignments");
        assertThat(links.size()).isGreaterThan(1);
        List<String> methods = new ArrayList<>();
        int lastIndex = -1;
        for (JsonNode link : links) {
            methods.add(link.get("alignmentMethod").asText());
            assertThat(Double.parseDouble(link.get("alignmentScore").asText())).isBetween(0.0, 1.0);
            assertThat(link.get("sentencesOfThis").get(0).get("id").asText()).contains("/doc/" + EN + "/");
            assertThat(link.get("sentencesOfOther").get(0).get("id").asText()).contains("/doc/" + ZH + "/");
            int index = link.get("sentencesOfThis").get(0).get("index").asInt();
            assertThat(index).isGreaterThan(lastIndex);
            lastIndex = index;
        }
        assertThat(methods).contains("structure");
        // Article 1 is linked by its marker (第一条 is on the Chinese article's section, not in its words)
        assertThat(links)
                .filteredOn(l -> l.get("sentencesOfThis")
                        .get(0)
                        .get("sentenceText")
                        .asText()
                        .startsWith("Article 1 "))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.get("alignmentMethod").asText()).isEqualTo("structure");
                    assertThat(l.get("sentencesOfOther")
                                    .get(0)
                                    .get("sentenceText")
                                    .asText())
                            .matches("\\p{IsHan}.{20,}");
                });
        assertThat(a.get("agreements").size() + a.get("onlyInThis").size()).isPositive();
        a.get("agreements")
                .forEach(s -> assertThat(s.get("agreesWith").get(0).asText()).contains("/doc/" + ZH + "/"));
        a.get("onlyInOther").forEach(s -> {
            assertThat(s.get("id").asText()).contains("/doc/" + ZH + "/");
            assertThat(s.get("notFoundIn").asText()).endsWith("/doc/" + EN);
        });
        // the same alignment read from the other side
        JsonNode b = getJson("/api/documents/" + ZH + "/alignment?with=" + EN, 200);
        assertThat(b.get("alignments").size()).isEqualTo(links.size());
        assertThat(b.get("onlyInThis").size()).isEqualTo(a.get("onlyInOther").size());
    }

    @Test
    void aDocumentWithoutTranslationHasNoAlignmentAndUnknownOnesAre404() throws IOException {
        JsonNode essay = getJson("/api/documents/000_355858e11e4f93ed/alignment", 200);
        assertThat(essay.get("translations")).isEmpty();
        assertThat(essay.has("alignments")).isFalse();
        getJson("/api/documents/no-such-document/alignment", 404);
        getJson("/api/documents/" + EN + "/alignment?with=000_355858e11e4f93ed", 404);
    }

    @Test
    void aConceptGivesEachWorksEnglishWordingBesideTheChinese() throws IOException {
        // a concept the English version assigns a role in an aligned sentence
        String q = "PREFIX pkg: <" + PKG.NS + "> SELECT ?c WHERE { ?st a pkg:RoleAssignment ; pkg:concept ?c ;"
                + " pkg:inDocument <" + PKG.BASE + "doc/" + TranslatedPair.REPORT_EN + "> ; pkg:inSentence ?s ."
                + " ?a pkg:alignedSentence ?s . FILTER(STRSTARTS(STR(?c), \"" + PKG.CONCEPT_NS + "\")) }"
                + " ORDER BY ?c LIMIT 1";
        String concept = server.query(q, "text/csv").body().split("\r\n")[1];
        String id = concept.substring(PKG.CONCEPT_NS.length());
        JsonNode w = getJson("/api/concepts/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/wording", 200);
        JsonNode work = w.get("works").get(0);
        assertThat(work.get("englishVersion").get("id").asText()).endsWith("/doc/" + TranslatedPair.REPORT_EN);
        assertThat(work.get("chineseVersion").get("id").asText()).endsWith("/doc/" + TranslatedPair.REPORT_ZH);
        for (JsonNode wording : work.get("wordings")) {
            assertThat(wording.get("englishSentence").asText())
                    .contains(wording.get("englishWords").asText());
            assertThat(wording.get("chineseSentence").asText()).matches("(?s).*\\p{IsHan}.*");
            if (wording.has("chineseWords")) {
                assertThat(wording.get("chineseSentence").asText())
                        .contains(wording.get("chineseWords").asText());
            }
            assertThat(wording.get("role").get("id").asText()).startsWith(PKG.BASE + "role/");
        }
        getJson("/api/concepts/no-such-concept/wording", 404);
    }

    @Test
    void theReaderAndTimelinePagesAreServed() {
        assertThat(server.get("/read/" + EN + "?beside=" + ZH).statusCode()).isEqualTo(200);
        HttpResponse<String> page = server.get("/timeline/political-security");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/assets/vendor/echarts/5.3.1/dist/echarts.min.js");
        assertThat(server.get("/assets/vendor/echarts/5.3.1/dist/echarts.min.js")
                        .statusCode())
                .isEqualTo(200);
    }
}
