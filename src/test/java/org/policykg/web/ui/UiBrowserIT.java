package org.policykg.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.policykg.TestServer;

/** Each view of the UI in headless Chromium against the real server over the seeded store. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("browser")
class UiBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ESSAY = "000_355858e11e4f93ed";
    private static final String POLITICAL_SECURITY = "https://w3id.org/policy-kg/concept/political-security";

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
    void homeListsTheDocumentsAndTheConceptTreeWithChineseAndPinyin() {
        browser.open(url("/"));
        WebElement row = browser.driver().findElement(By.cssSelector("#documents tr[data-doc='" + ESSAY + "']"));
        assertThat(row.getText()).contains("Modernizing the National Security System and Capacity", "2022-11-24");
        // the statement count is the one SPARQL gives
        String count = server.query(
                        "PREFIX pkg: <https://w3id.org/policy-kg/ontology#> SELECT (COUNT(?st) AS ?n) WHERE { ?st"
                                + " pkg:inDocument <https://w3id.org/policy-kg/doc/" + ESSAY + "> ; a ?t . FILTER(?t"
                                + " IN (pkg:RoleAssignment, pkg:Directive, pkg:DialecticalPair, pkg:ActorMention,"
                                + " pkg:FormulationUse, pkg:Citation, pkg:Quotation, pkg:TemporalExpression,"
                                + " pkg:Figure)) }",
                        "text/csv")
                .body()
                .lines()
                .skip(1)
                .findFirst()
                .orElseThrow()
                .strip();
        assertThat(row.findElement(By.cssSelector("td strong")).getText()).isEqualTo(count);
        WebElement concept = browser.driver()
                .findElement(By.cssSelector("#concept-tree li[data-concept='" + POLITICAL_SECURITY + "']"));
        assertThat(concept.getText()).contains("political security", "政治安全", "zhèngzhì ānquán");
        // nested: political security sits under national security
        assertThat(browser.driver()
                        .findElements(By.cssSelector("#concept-tree li[data-concept$='/national-security'] li"
                                + "[data-concept='" + POLITICAL_SECURITY + "']")))
                .hasSize(1);
        browser.screenshot("home");
    }

    @Test
    @Order(2)
    void queryEditorRunsAnExampleAndShowsItsRowsWithACsvDownload() {
        browser.open(url("/query"));
        Select examples = new Select(browser.driver().findElement(By.id("examples")));
        assertThat(examples.getOptions()).hasSizeGreaterThan(10); // every queries/*.rq, besides the prompt
        examples.selectByValue("roles-by-field");
        assertThat(browser.driver().findElement(By.id("question")).getText())
                .startsWith("Which role does each document assign to each security field?");
        browser.driver().findElement(By.cssSelector(".yasqe_queryButton")).click();
        List<WebElement> rows = browser.waitFor()
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".yasr table tbody tr"), 0));
        assertThat(rows.stream().map(WebElement::getText)).anyMatch(text -> text.contains("political security"));
        assertThat(browser.driver().findElements(By.cssSelector(".yasr_downloadIcon")))
                .isNotEmpty();
        browser.screenshot("query");
    }

    @Test
    @Order(3)
    void graphShowsTheNeighbourhoodAndExpandsAClickedConcept() {
        browser.open(url("/graph?focus=" + POLITICAL_SECURITY));
        long before = (Long) browser.script("return cy.nodes().length");
        assertThat(before).isGreaterThan(3);
        assertThat(browser.script("return cy.getElementById('https://w3id.org/policy-kg/role/fundamental').length"))
                .isEqualTo(1L);
        assertThat(browser.driver().findElement(By.id("details")).getText()).contains("treated as fundamental");
        browser.screenshot("graph");
        // click the broader concept where it is drawn: its neighbourhood is added
        String target = "https://w3id.org/policy-kg/concept/national-security";
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script(
                "const p = cy.getElementById(arguments[0]).renderedPosition(); return [p.x, p.y];", target);
        WebElement canvas = browser.driver().findElement(By.id("cy"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", canvas);
        int x = (int) Math.round(at.get(0).doubleValue() - canvas.getSize().getWidth() / 2.0);
        int y = (int) Math.round(at.get(1).doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(browser.driver()).moveToElement(canvas, x, y).click().perform();
        browser.waitFor()
                .until(driver -> (Long) browser.script("return cy.nodes('.expanded').length") == 2L
                        && (Long) browser.script("return cy.nodes().length") > before);
    }

    @Test
    @Order(4)
    void readerHighlightsAKnownStatementAndShowsItsTriplesAndProvenance() throws Exception {
        JsonNode concept =
                JSON.readTree(server.get("/api/concepts/political-security").body());
        String statement = null;
        String exact = null;
        String rule = null;
        for (JsonNode st : concept.get("statements")) {
            if (st.at("/role/id").asText().endsWith("/role/fundamental")) {
                statement = st.get("id").asText();
                exact = st.at("/evidence/hasSelector/0/exact").asText();
                rule = st.at("/generatedBy/rule/id").asText();
            }
        }
        assertThat(statement)
                .as("the seed says political security is fundamental")
                .isNotNull();
        browser.open(url("/read/" + ESSAY));
        WebElement mark = browser.driver().findElement(By.cssSelector("mark[data-statement-ids~='" + statement + "']"));
        assertThat(exact).contains(mark.getText());
        assertThat(mark.getAttribute("title")).contains("role assignment");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", mark);
        mark.click();
        browser.screenshot("reader");
        WebElement panel =
                browser.driver().findElement(By.cssSelector("#details [data-statement='" + statement + "']"));
        assertThat(panel.getText()).contains("pkg:role", "fundamental", rule);
        panel.findElement(By.cssSelector("button.concept-link")).click();
        List<WebElement> sentences = browser.waitFor()
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".concept-sentences li"), 1));
        assertThat(sentences.get(0).getText()).containsIgnoringCase("political security");
    }
}
