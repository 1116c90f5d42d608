package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 20's journey, steps 3 and 4, in a real browser on the demo account Airbus Helicopters: Emma marks an open
 * opportunity for spare parts at the Donauwörth buying centre on the whitespace map and cites it as an opportunity
 * in the strategy's situation potentials; David, the KA Director, finds it in the portfolio-wide whitespace.
 * Steps 1 and 2 (relationships and influence lines) belong to the relationship map. Runs with {@code -Pe2e}; a
 * class of its own because it needs the product WAR with the demo company, like the other journeys.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WhitespaceJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "whitespace";
    private static final String CENTRE = "Donauwörth military";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void emmaCitesAnOpenOpportunityAndDavidSeesItAcrossThePortfolio() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            Chromium.screenshot(browser, JOURNEY, "failure");
            Files.createDirectories(Path.of("target", "screenshots", JOURNEY));
            Files.writeString(Path.of("target", "screenshots", JOURNEY, "failure.html"), browser.getPageSource());
            throw e;
        }
    }

    private void journey() throws Exception {
        String run = " #" + System.nanoTime() % 100_000;
        long id = accountId(base, "Airbus Helicopters");

        // 3. Emma marks an open opportunity for spare parts at Donauwörth...
        signIn("emma.kam", DEMO_PASSWORD);
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
        Chromium.screenshot(browser, JOURNEY, "3-open-opportunity");
        browser.findElement(By.id("whitespace:saveCell")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));
        WebElement marked = cell("SPARES");
        assertTrue(marked.getAttribute("class").contains("kam-ws-OPEN"), marked.getAttribute("class"));
        assertTrue(marked.getText().contains("Open opportunity") && marked.getText().contains("€950,000"),
                marked.getText());
        Chromium.screenshot(browser, JOURNEY, "3-map-saved");

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
        Chromium.screenshot(browser, JOURNEY, "3-cited-in-strategy");

        // 4. David, the KA Director, sees it in the portfolio-wide whitespace for spare parts.
        browser.manage().deleteAllCookies();
        signIn("david.kad", DEMO_PASSWORD);
        browser.get(app() + "whitespace/portfolio.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio:offering")));
        new Select(browser.findElement(By.id("portfolio:offering"))).selectByVisibleText("Spare parts");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portfolio:items"), CENTRE));
        String rows = browser.findElement(By.id("portfolio:items")).getText();
        assertTrue(rows.contains("Airbus Helicopters") && rows.contains("Open opportunity")
                && rows.contains("€950,000"), rows);
        assertTrue(browser.findElement(By.id("totals")).getText().contains("EUR"));
        Chromium.screenshot(browser, JOURNEY, "4-portfolio");
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
