package org.policykg.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.policykg.TestServer;

/**
 * A document whose text and title hold markup and script (in English and Chinese) is posted through
 * the ingest API; no page may run it, every page shows it as text, and every page sends a CSP.
 */
@Tag("browser")
class UiSecurityIT {
    private static final String ID = "hostile-notice";
    // each payload would set window.pwned if it ran
    private static final String TITLE =
            "Notice <script>window.pwned='title'</script><img src=x onerror=\"window.pwned='img'\">";
    private static final String TEXT = """
            Notice on Food Security <script>window.pwned='heading'</script>

            We must strengthen food security <script>window.pwned='body'</script> and improve grain reserves by 2025.
            Treating food security as the top priority <img src=x onerror="window.pwned='onerror'"> of the work.
            我们必须加强粮食安全<script>window.pwned='中文'</script>，保障<b onmouseover="window.pwned='zh'">能源安全</b>。
            """;

    @RegisterExtension
    @Order(1)
    static final TestServer server = new TestServer();

    @RegisterExtension
    @Order(2)
    static final Browser browser = new Browser();

    @BeforeAll
    static void postTheHostileDocument() {
        ObjectNode body = new ObjectMapper().createObjectNode().put("id", ID).put("text", TEXT);
        body.putObject("metadata").put("title", TITLE).put("issued", "2024-03-01");
        HttpResponse<String> response = server.post(
                "/api/documents",
                "application/json",
                body.toString(),
                "Authorization",
                "Bearer " + TestServer.ADMIN_TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void everyPageSendsAContentSecurityPolicyWithoutInlineScript() {
        for (String path : List.of("/", "/query", "/graph", "/read/" + ID, "/assets/read.js")) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            String csp =
                    response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'", "object-src 'none'", "base-uri 'none'");
            assertThat(csp).as(path).doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
            // the pages are fixed HTML: no inline script to allow
            assertThat(response.body()).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
        }
    }

    @Test
    void homeShowsTheHostileTitleAsText() {
        browser.open(server.uri("/").toString());
        WebElement row = browser.driver().findElement(By.cssSelector("#documents tr[data-doc='" + ID + "']"));
        assertThat(row.getText()).contains("<script>window.pwned='title'</script>");
        assertNothingRan();
    }

    @Test
    void readerShowsTheHostileTextAsTextWithItsStatementsHighlighted() {
        browser.open(server.uri("/read/" + ID).toString());
        String text = browser.driver().findElement(By.id("text")).getText();
        assertThat(text)
                .contains("<script>window.pwned='body'</script>", "<script>window.pwned='中文'</script>")
                .contains("<img src=x onerror=\"window.pwned='onerror'\">");
        assertThat(browser.driver().findElements(By.cssSelector("#text mark"))).isNotEmpty();
        for (WebElement mark : browser.driver().findElements(By.cssSelector("#text mark"))) {
            mark.click();
        }
        assertNothingRan();
    }

    @Test
    void graphOfAConceptTheHostileDocumentStatesRunsNothing() {
        browser.open(server.uri("/graph?focus=https://w3id.org/policy-kg/concept/food-security")
                .toString());
        assertThat(browser.script("return cy.nodes('.document').map(n => n.data('label')).join('|')"))
                .asString()
                .contains("<script>window.pwned='title'</script>");
        assertThat(browser.driver().findElement(By.id("details")).getText()).contains("<script>");
        assertNothingRan();
    }

    private static void assertNothingRan() {
        assertThat(browser.script("return typeof window.pwned")).isEqualTo("undefined");
        // no script element came from the data: every one is a file of this server
        assertThat(
                        browser.script(
                                "return Array.from(document.scripts).filter(s => !s.src.startsWith(location.origin + '/assets/')).length"))
                .isEqualTo(0L);
        assertThat(browser.driver().findElements(By.cssSelector("#text script, #text img, #text b, #documents img")))
                .isEmpty();
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
