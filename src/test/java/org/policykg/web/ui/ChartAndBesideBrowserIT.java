package org.policykg.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.policykg.TestServer;
import org.policykg.vocab.PKG;
import org.policykg.web.TranslatedPair;

/**
 * In headless Chromium against the real server: the timeline chart draws (as SVG) the points the
 * timeline API gives, on the UI's page and on the concept's Linked Data page, and the reader shows a
 * translation beside its original, one row per sentence link, with both texts' highlights.
 */
@Tag("browser")
class ChartAndBesideBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    @Order(1)
    static final TestServer server = new TestServer();

    @RegisterExtension
    @Order(2)
    static final Browser browser = new Browser();

    @TempDir
    static Path seeds;

    @BeforeAll
    static void loadThePair() {
        TranslatedPair.load(server.store(), seeds);
    }

    /** The API's timeline summed by issued date, as the chart shows it: date to statements. */
    private static Map<String, Long> occurrencesByDate(String concept) throws IOException {
        JsonNode t = JSON.readTree(
                server.get("/api/concepts/" + concept + "/timeline").body());
        Map<String, Long> byDate = new TreeMap<>();
        for (JsonNode e : t.get("timeline")) {
            JsonNode issued = e.get("inDocument").get("issued");
            if (issued != null) {
                byDate.merge(issued.asText(), e.get("occurrences").asLong(), Long::sum);
            }
        }
        return byDate;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> chartedByDate() {
        List<List<Object>> points = (List<List<Object>>)
                browser.script("return echarts.getInstanceByDom(document.getElementById('timeline-chart'))"
                        + ".getOption().series.find((s) => s.id === 'mentions').data");
        Map<String, Long> byDate = new TreeMap<>();
        points.forEach(p -> byDate.put((String) p.get(0), ((Number) p.get(1)).longValue()));
        return byDate;
    }

    @Test
    void theTimelinePageDrawsTheApisPointsAsSvgWithItsFirstAndLatestUse() throws IOException {
        browser.open(server.uri("/timeline/political-security").toString());
        assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("data-chart-ready"))
                .isEqualTo("true");
        Map<String, Long> expected = occurrencesByDate("political-security");
        assertThat(expected).isNotEmpty();
        assertThat(chartedByDate()).isEqualTo(expected);
        assertThat(browser.driver().findElements(By.cssSelector("#timeline-chart svg path")))
                .isNotEmpty();
        assertThat((String) browser.script("return echarts.getInstanceByDom(document.getElementById('timeline-chart'))"
                        + ".getDataURL({ type: 'svg' })"))
                .startsWith("data:image/svg+xml");
        assertThat(browser.driver().findElement(By.cssSelector(".chart-links")).getText())
                .contains("CSV", "JSON-LD", "SVG", "first use");
        browser.screenshot("timeline");
    }

    @Test
    void theConceptsLinkedDataPageDrawsTheSameChartAndTheWordingBesideTheChinese() throws IOException {
        // a concept the English report assigns a role in a sentence aligned with the Chinese
        String q = "PREFIX pkg: <" + PKG.NS + "> SELECT ?c WHERE { ?st a pkg:RoleAssignment ; pkg:concept ?c ;"
                + " pkg:inDocument <" + PKG.BASE + "doc/" + TranslatedPair.REPORT_EN + "> ; pkg:inSentence ?s ."
                + " ?a pkg:alignedSentence ?s . FILTER(STRSTARTS(STR(?c), \"" + PKG.CONCEPT_NS + "\")) }"
                + " ORDER BY ?c LIMIT 1";
        String concept = server.query(q, "text/csv").body().split("\r\n")[1].substring(PKG.CONCEPT_NS.length());
        browser.open(server.uri("/concept/" + concept).toString());
        assertThat(chartedByDate()).isEqualTo(occurrencesByDate(concept));
        browser.waitFor()
                .until(d -> !d.findElements(By.cssSelector("#wording:not([hidden]) tbody tr"))
                        .isEmpty());
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#wording tbody td.chinese"))
                        .getText())
                .matches("(?s).*\\p{IsHan}.*");
    }

    @Test
    void theReaderShowsTheTranslationBesideTheOriginalOneRowASentenceLink() throws IOException {
        browser.open(server.uri("/read/" + TranslatedPair.REPORT_EN).toString());
        browser.waitFor()
                .until(d -> !d.findElements(By.cssSelector("a.beside-link")).isEmpty());
        browser.driver().findElement(By.cssSelector("a.beside-link")).click();
        browser.waitFor()
                .until(d -> !d.findElements(By.cssSelector("body[data-ready=true] #beside"))
                        .isEmpty());
        assertThat(browser.driver().getCurrentUrl()).contains("beside=" + TranslatedPair.REPORT_ZH);
        JsonNode alignment = JSON.readTree(
                server.get("/api/documents/" + TranslatedPair.REPORT_EN + "/alignment?with=" + TranslatedPair.REPORT_ZH)
                        .body());
        assertThat(browser.driver().findElements(By.cssSelector("#beside tbody tr[data-alignment]")))
                .hasSize(alignment.get("alignments").size());
        String first = alignment.get("alignments").get(0).get("id").asText();
        String row = browser.driver()
                .findElement(By.cssSelector("#beside tr[data-alignment='" + first + "']"))
                .getText();
        assertThat(row)
                .contains(alignment
                        .get("alignments")
                        .get(0)
                        .get("sentencesOfThis")
                        .get(0)
                        .get("sentenceText")
                        .asText()
                        .substring(0, 10))
                .contains(alignment
                        .get("alignments")
                        .get(0)
                        .get("sentencesOfOther")
                        .get(0)
                        .get("sentenceText")
                        .asText()
                        .substring(0, 5));
        // the highlights of both texts
        assertThat(browser.driver().findElements(By.cssSelector("#beside td:first-child mark")))
                .isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#beside td:last-child mark")))
                .isNotEmpty();
        browser.screenshot("reader-beside");
    }
}
