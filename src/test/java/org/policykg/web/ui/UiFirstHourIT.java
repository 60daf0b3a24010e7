package org.policykg.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.policykg.TestServer;

/**
 * A newcomer's first hour in headless Chromium against the real server: query errors that say
 * where, a graph from any id the UI links, titles in any language, one navigation bar and search
 * on every page, and the roles of each field with their quotes.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiFirstHourIT {
    private static final String AUTH = "Bearer " + TestServer.ADMIN_TOKEN;
    private static final String ESSAY = "000_355858e11e4f93ed";

    @RegisterExtension
    @Order(1)
    static final TestServer server = new TestServer();

    @RegisterExtension
    @Order(2)
    static final Browser browser = new Browser();

    private static String url(String path) {
        return server.uri(path).toString();
    }

    @Test
    @Order(1)
    void aMalformedQueryShowsTheProblemsLineAndColumnAndMarksThePosition() {
        browser.open(url("/query"));
        browser.script("yasgui.getTab().setQuery(arguments[0])", "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?o = )\n}");
        browser.driver().findElement(By.cssSelector(".yasqe_queryButton")).click();
        WebElement problem = browser.waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasr .query-problem")));
        assertThat(problem.getText()).doesNotContain("[object Object]").contains("line 3", "column");
        List<WebElement> marked = browser.driver().findElements(By.cssSelector(".CodeMirror .query-error"));
        assertThat(marked).isNotEmpty();
        assertThat(browser.script("return yasgui.getTab().getYasqe().getCursor().line"))
                .isEqualTo(2L);
    }

    @Test
    @Order(2)
    void anExampleLinkedFromAnotherPageRunsAndShowsPlainNumbers() {
        browser.open(url("/query?example=roles-by-field"));
        List<WebElement> cells = browser.waitFor()
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".yasr table tbody td"), 2));
        String table = browser.driver()
                .findElement(By.cssSelector(".yasr table tbody"))
                .getText();
        assertThat(table).contains("political security").doesNotContain("^^").doesNotContain("xsd:");
        assertThat(cells).isNotEmpty();
    }

    @Test
    @Order(3)
    void theHomePageGivesEachFieldsRoleWithItsQuote() {
        browser.open(url("/"));
        WebElement row = browser.driver()
                .findElement(By.cssSelector("#roles-by-field tr[data-concept$='/political-security']"
                        + "[data-role$='/role/fundamental']"));
        assertThat(row.getText()).contains("political security", "fundamental", "Treating political security");
        String count = row.findElement(By.cssSelector("td.number")).getText();
        assertThat(count).matches("\\d+");
    }

    @Test
    @Order(4)
    void theGraphPageStartsFromAShortIdAndShowsALegendWithoutSentencesUnlessAsked() {
        browser.open(url("/graph?focus=political-security"));
        assertThat((Long) browser.script("return cy.nodes().length")).isGreaterThan(3);
        assertThat(
                        browser.script(
                                "return cy.getElementById('https://w3id.org/policy-kg/concept/political-security').hasClass('focus')"))
                .isEqualTo(true);
        assertThat(browser.driver().findElements(By.cssSelector("#legend label[data-kind]")))
                .extracting(WebElement::getText)
                .contains("concept", "role", "document", "sentence");
        assertThat(browser.script("return cy.nodes('.sentence, .mention, .statement').length"))
                .isEqualTo(0L);
        browser.driver()
                .findElement(By.cssSelector("#legend label[data-kind=sentence] input"))
                .click();
        browser.waitFor().until(ExpectedConditions.urlContains("kinds="));
        browser.open(browser.driver().getCurrentUrl());
        assertThat((Long) browser.script("return cy.nodes('.sentence').length")).isGreaterThan(0L);
    }

    @Test
    @Order(5)
    void theGraphPageTakesADocumentARoleAndSaysWhenThereIsNothing() {
        browser.open(url("/graph?focus=" + ESSAY));
        assertThat((Long) browser.script("return cy.nodes().length")).isGreaterThan(1);
        assertThat(browser.script("return cy.nodes('.focus').data('kind')")).isEqualTo("document");
        browser.open(url("/graph?focus=fundamental"));
        assertThat(browser.script("return cy.nodes('.focus').data('kind')")).isEqualTo("role");
        assertThat((Long) browser.script("return cy.nodes().length")).isGreaterThan(1);
        browser.open(url("/graph?focus=no-such-thing"));
        assertThat(browser.driver().findElement(By.id("graph-empty")).getText()).contains("no-such-thing");
    }

    @Test
    @Order(6)
    void aLargeGraphIsLaidOutWithoutNodesOnTopOfEachOther() {
        browser.open(url("/graph?focus=national-security&kinds=concept,role,document,actor,statement"));
        long nodes = (Long) browser.script("return cy.nodes().length");
        assertThat(nodes).isGreaterThan(30);
        // fCoSE keeps every two nodes' boxes (labels included) apart
        Long overlaps = (Long) browser.script("""
                const boxes = cy.nodes().map((n) => n.boundingBox({ includeLabels: false }));
                let overlaps = 0;
                for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
                }
                return overlaps;""");
        assertThat(overlaps).isZero();
        assertThat(browser.script("return typeof cytoscapeFcose")).isEqualTo("function");
    }

    @Test
    @Order(7)
    void aDocumentWithOnlyAChineseTitleOrOnlyHeadingsIsNamedByThem() {
        String zh = "{\"id\": \"zh-note2\", \"text\": \"坚持以人民安全为宗旨，以政治安全为根本。\","
                + " \"metadata\": {\"title\": \"关于维护国家安全的通知\", \"language\": \"zh\"}}";
        assertThat(server.post("/api/documents", "application/json", zh, "Authorization", AUTH)
                        .statusCode())
                .isBetween(200, 201);
        String headed = "I. Guarding Food Security\n\nTreating food security as the top priority.\n\n"
                + "II. Energy\n\nEnergy security is the foundation.\n";
        assertThat(server.post(
                                "/api/documents?id=headed-note",
                                "text/plain; charset=utf-8",
                                headed,
                                "Authorization",
                                AUTH)
                        .statusCode())
                .isBetween(200, 201);
        browser.open(url("/"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#documents tr[data-doc='zh-note2'] td a"))
                        .getText())
                .isEqualTo("关于维护国家安全的通知");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#documents tr[data-doc='headed-note'] td a"))
                        .getText())
                .isEqualTo("Guarding Food Security");
        browser.open(url("/read/zh-note2"));
        assertThat(browser.driver().findElement(By.id("title")).getText()).isEqualTo("关于维护国家安全的通知");
        browser.open(url("/read/headed-note"));
        assertThat(browser.driver().findElement(By.id("title")).getText()).isEqualTo("Guarding Food Security");
    }

    @Test
    @Order(8)
    void everyPageHasTheBarWithSearchAndLinksToTheOthers() {
        for (String path : List.of(
                "/",
                "/query",
                "/graph?focus=political-security",
                "/read/" + ESSAY,
                "/docs",
                "/concept/political-security")) {
            browser.driver().get(url(path));
            WebElement bar =
                    browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.site")));
            assertThat(bar.findElements(By.cssSelector("nav a")))
                    .as(path)
                    .extracting(a -> a.getAttribute("pathname"))
                    .contains("/", "/query", "/graph", "/docs");
            assertThat(bar.findElements(By.cssSelector("form.search input[name=q]")))
                    .as(path)
                    .hasSize(1);
        }
        // the Linked Data page is styled like the UI and links to the concept's views
        browser.driver().get(url("/concept/political-security"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("link[rel=stylesheet]"))
                        .getAttribute("href"))
                .endsWith("/assets/ui.css");
        assertThat(browser.driver().findElements(By.cssSelector("p.views a")))
                .extracting(a -> a.getAttribute("pathname"))
                .contains("/graph", "/api/concepts/political-security");
        browser.driver().get(url("/doc/" + ESSAY));
        assertThat(browser.driver().findElements(By.cssSelector("p.views a")))
                .extracting(a -> a.getAttribute("pathname"))
                .contains("/read/" + ESSAY, "/graph");
        // searching from the bar of any page lists hits on the home page
        WebElement box = browser.driver().findElement(By.cssSelector("header.site form.search input[name=q]"));
        box.sendKeys("粮食安全", Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready=true]")));
        List<WebElement> hits = browser.driver().findElements(By.cssSelector("#search-results li"));
        assertThat(hits).isNotEmpty();
        assertThat(browser.driver().findElement(By.id("search-results")).getText())
                .contains("food security");
    }
}
