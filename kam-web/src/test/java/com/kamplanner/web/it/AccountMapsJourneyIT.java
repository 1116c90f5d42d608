package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.accountId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The account maps journey of issue 20 in a real browser, on the demo account Airbus Helicopters: Emma closes the
 * coverage gap of a decision maker by adding Tom's relationship with her, then draws an influence line, which the
 * org chart shows apart from the reporting lines (steps 1 and 2); then marks an open opportunity for spare parts at the
 * Donauwörth buying centre on the whitespace map and cites it in the strategy, and David, the KA Director, finds it in
 * the portfolio-wide whitespace (steps 3 and 4). One class, so one server boot. Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountMapsJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "account-maps";
    private static final String DECISION_MAKER = "Claire Vidal";
    private static final String TOM = "Tom Bernard";
    private static final String WHITESPACE_JOURNEY = "whitespace";
    private static final String CENTRE = "Donauwörth military";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void theKamClosesACoverageGapAndDrawsAnInfluenceLine() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            Chromium.screenshot(browser, JOURNEY, "failure");
            Files.writeString(Path.of("target", "screenshots", JOURNEY, "failure.html"), browser.getPageSource());
            throw e;
        }
    }

    private void journey() throws Exception {
        long id = accountId(base, "Airbus Helicopters");
        signIn("emma.kam", ContainerTests.DEMO_PASSWORD);
        browser.get(app() + "situation/database.xhtml?account=" + id);
        WebElement coverage = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("section-coverage")));

        // 1. The decision maker is known well by Emma alone; Emma adds Tom's relationship, and the gap disappears.
        By gap = By.cssSelector("[data-gap-of='" + DECISION_MAKER + "'] [data-gap='SINGLE_OWNER']");
        assertEquals(1, browser.findElements(gap).size(), "the demo's single-owner gap on " + DECISION_MAKER);
        scrollTo(coverage);
        Chromium.screenshot(browser, JOURNEY, "1-gap");
        click(By.cssSelector("[data-cell='" + DECISION_MAKER + "|" + TOM + "']"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("relationshipEdit:saveRelationship")));
        selectByLabel("relationshipEdit:strength", "Regular");
        WebElement contact = browser.findElement(By.id("relationshipEdit:contact_input"));
        contact.clear();
        contact.sendKeys(LocalDate.now().toString(), Keys.TAB);
        browser.findElement(By.cssSelector("#relationshipEdit h4")).click(); // closes the date panel
        Chromium.screenshot(browser, JOURNEY, "1-relationship-form");
        click(By.id("relationshipEdit:saveRelationship"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));
        wait.until(d -> d.findElements(gap).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[data-gap-of='" + DECISION_MAKER + "']")).isEmpty(),
                "no gap left on " + DECISION_MAKER);
        assertEquals("Regular", browser.findElement(By.cssSelector("[data-cell='" + DECISION_MAKER + "|" + TOM
                + "']")).getText().trim(), "Tom's cell in the matrix");
        scrollTo(browser.findElement(By.id("coverageMatrix")));
        Chromium.screenshot(browser, JOURNEY, "1-gap-closed");

        // 2. She draws an influence line: the head of engineering works against the procurement chief.
        selectByLabel("influenceLines:from", "Marc Olivier");
        selectByLabel("influenceLines:kind", "Adversary of");
        selectByLabel("influenceLines:to", DECISION_MAKER);
        click(By.id("influenceLines:drawLine"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-line='Marc Olivier|ADVERSARY|" + DECISION_MAKER + "']")));
        WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-contact='Marc Olivier'] [data-influence='ADVERSARY'][data-to='" + DECISION_MAKER + "']")));
        assertTrue(mark.getText().contains("Adversary of " + DECISION_MAKER), mark.getText());
        // The line is drawn on the chart itself, from Marc Olivier's node to the decision maker's, in its own style.
        String from = browser.findElement(By.cssSelector(".ui-organigram .target [data-contact='Marc Olivier']"))
                .getAttribute("data-contact-id");
        String to = browser.findElement(By.cssSelector(".ui-organigram .target [data-contact='" + DECISION_MAKER
                + "']")).getAttribute("data-contact-id");
        WebElement line = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "svg.kam-influence-lines path[data-influence='ADVERSARY'][data-from='" + from + "'][data-to='" + to
                        + "']")));
        assertEquals("url(#kam-arrow-ADVERSARY)", line.getAttribute("marker-end"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("""
                var path = arguments[0], svg = path.ownerSVGElement.getBoundingClientRect();
                function near(point, id) {
                    var node = document.querySelector(".ui-organigram .target [data-contact-id='" + id + "']")
                            .closest('.ui-organigram-node').getBoundingClientRect();
                    var x = svg.left + point.x, y = svg.top + point.y;
                    return x >= node.left - 3 && x <= node.right + 3 && y >= node.top - 3 && y <= node.bottom + 3;
                }
                return near(path.getPointAtLength(0), arguments[1])
                        && near(path.getPointAtLength(path.getTotalLength()), arguments[2]);
                """, line, from, to), "the line joins the two nodes' edges");
        assertFalse(browser.findElements(By.id("stakeholderForm:orgLegend")).isEmpty(), "the chart has a legend");
        assertTrue(browser.findElement(By.id("stakeholderForm:orgLegend")).getText().contains("Reports to"));
        scrollTo(browser.findElement(By.id("stakeholderForm:orgChart")));
        Chromium.screenshot(browser, JOURNEY, "2-influence-line");
    }

    /** Clicks an element once it sits in the middle of the window, clear of the sticky header and date panels. */
    private void click(By target) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    @Test
    void emmaCitesAnOpenOpportunityAndDavidSeesItAcrossThePortfolio() throws Exception {
        try {
            whitespaceJourney();
        } catch (Exception | AssertionError e) {
            Chromium.screenshot(browser, WHITESPACE_JOURNEY, "failure");
            Files.createDirectories(Path.of("target", "screenshots", WHITESPACE_JOURNEY));
            Files.writeString(Path.of("target", "screenshots", WHITESPACE_JOURNEY, "failure.html"), browser.getPageSource());
            throw e;
        }
    }

    private void whitespaceJourney() throws Exception {
        String run = " #" + System.nanoTime() % 100_000;
        long id = accountId(base, "Airbus Helicopters");

        // 3. Emma marks an open opportunity for spare parts at Donauwörth...
        signIn("emma.kam", ContainerTests.DEMO_PASSWORD);
        browser.get(app() + "accounts/account.xhtml?id=" + id);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-whitespace"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grid")));
        cell("SPARES").findElement(By.cssSelector("a.kam-ws-edit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whitespace:state")));
        new Select(browser.findElement(By.id("whitespace:state"))).selectByVisibleText("Open opportunity");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whitespace:value")));
        waitForAjax();
        WebElement value = browser.findElement(By.id("whitespace:value"));
        value.clear();
        value.sendKeys("950000");
        new Select(browser.findElement(By.id("whitespace:stage"))).selectByVisibleText("Qualified");
        Chromium.screenshot(browser, WHITESPACE_JOURNEY, "3-open-opportunity");
        browser.findElement(By.id("whitespace:saveCell")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));
        WebElement marked = cell("SPARES");
        assertTrue(marked.getAttribute("class").contains("kam-ws-OPEN"), marked.getAttribute("class"));
        assertTrue(marked.getText().contains("Open opportunity") && marked.getText().contains("€950,000"),
                marked.getText());
        Chromium.screenshot(browser, WHITESPACE_JOURNEY, "3-map-saved");

        // ... and cites it as an opportunity among the strategy's situation potentials.
        browser.findElement(By.id("tab-strategy")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("potentials:savePotential")));
        selectOne("potentials:kind", "Opportunities");
        String statement = "Spare parts for the military fleet" + run;
        browser.findElement(By.id("potentials:statement")).sendKeys(statement);
        Object cited = ((JavascriptExecutor) browser).executeScript(
                "var a = arguments[0], b = arguments[1];"
                        + "var input = Array.from(document.querySelectorAll('[id=\"potentials:citations\"] input[type=checkbox]'))"
                        + ".find(i => i.value.startsWith('WHITESPACE:') && (function (label) {"
                        + "  return label && label.textContent.includes(a) && label.textContent.includes(b);"
                        + "})(document.querySelector('label[for=\"' + i.id + '\"]')));"
                        + "if (!input) { return null; }"
                        + "PrimeFaces.getWidgetById('potentials:citations').selectValue(input.value); return input.value;",
                "Spare parts", CENTRE);
        assertTrue(cited != null && cited.toString().startsWith("WHITESPACE:"), "the open cell is citable: " + cited);
        browser.findElement(By.id("potentials:savePotential")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("potentials"), statement));
        assertTrue(browser.findElement(By.id("potentials")).getText().contains(CENTRE),
                "the citation is shown with the potential");
        Chromium.screenshot(browser, WHITESPACE_JOURNEY, "3-cited-in-strategy");

        // 4. David, the KA Director, sees it in the portfolio-wide whitespace for spare parts.
        browser.manage().deleteAllCookies();
        signIn("david.kad", ContainerTests.DEMO_PASSWORD);
        browser.get(app() + "whitespace/portfolio.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio:offering")));
        new Select(browser.findElement(By.id("portfolio:offering"))).selectByVisibleText("Spare parts");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portfolio:items"), CENTRE));
        String rows = browser.findElement(By.id("portfolio:items")).getText();
        assertTrue(rows.contains("Airbus Helicopters") && rows.contains("Open opportunity")
                && rows.contains("€950,000"), rows);
        assertTrue(browser.findElement(By.id("totals")).getText().contains("EUR"));
        Chromium.screenshot(browser, WHITESPACE_JOURNEY, "4-portfolio");
    }

    /** The map's cell of this offering at the Donauwörth buying centre. */
    private WebElement cell(String offering) {
        return browser.findElement(By.xpath("//tr[@data-offering='" + offering + "']/td[@data-centre='" + CENTRE + "']"));
    }

    private void waitForAjax() {
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty()").equals(true));
    }

    private void selectOne(String id, String label) {
        ((JavascriptExecutor) browser).executeScript(
                "var menu = PrimeFaces.getWidgetById(arguments[0]);"
                        + "var option = Array.from(document.querySelectorAll('[id=\"' + arguments[0] + '_input\"] option'))"
                        + ".find(o => o.text.trim() === arguments[1]);"
                        + "if (!option) throw new Error('no option ' + arguments[1]);"
                        + "menu.selectValue(option.value); menu.triggerChange();", id, label);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
        waitForAjax();
    }
}
