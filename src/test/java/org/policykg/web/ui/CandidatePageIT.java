package org.policykg.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.policykg.TestServer;

/** The candidates page in headless Chromium: the API's ranking shown, and a rejection made from it. */
@Tag("browser")
class CandidatePageIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    @Order(1)
    static final TestServer server = new TestServer();

    @RegisterExtension
    @Order(2)
    static final Browser browser = new Browser();

    @Test
    void theRankingIsShownAndARejectionMadeFromThePageTakesTheCandidateAway() throws Exception {
        JsonNode ranked =
                JSON.readTree(server.get("/api/candidates?kind=concept").body()).get("candidates");
        assertThat(ranked.size()).isGreaterThan(1);
        browser.open(server.uri("/candidates").toString());
        String first = ranked.get(0).get("slug").asText();
        assertThat(browser.driver()
                        .findElements(By.cssSelector("#candidates tbody tr"))
                        .get(0)
                        .getAttribute("data-slug"))
                .isEqualTo(first);
        browser.screenshot("candidates");

        String last = ranked.get(ranked.size() - 1).get("slug").asText();
        browser.driver().findElement(By.id("token")).sendKeys(TestServer.ADMIN_TOKEN);
        browser.driver().findElement(By.id("author")).sendKeys("Browser Curator");
        WebElement row = browser.driver().findElement(By.cssSelector("#candidates tr[data-slug='" + last + "']"));
        row.findElement(By.cssSelector("form.reject button")).click();
        browser.waitFor()
                .until(d -> d.findElements(By.cssSelector("#candidates tr[data-slug='" + last + "']"))
                        .isEmpty());
        // the page lists the decisions after it has redrawn the ranking, with a request of its own
        browser.waitFor().until(d -> d.findElement(By.id("decisions")).getText().contains(last));
        assertThat(browser.driver().findElement(By.id("decisions")).getText())
                .contains("Rejection", last, "Browser Curator");
        assertThat(server.get("/api/candidates?kind=concept&limit=1000").body()).doesNotContain("\"" + last + "\"");
    }
}
