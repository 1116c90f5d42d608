package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Issue 19, section 1, in a real browser: David Moreau activates the demo's stricter strategy template for
 * Strategic accounts; Airbus Helicopters' strategy, compliant until then, misses a TOWS option for the WT pair and
 * says so on the compliance page and in Emma Laurent's workspace, beside David's guidance; Emma writes the WT
 * option and the strategy is compliant again. The template also offers the customer's purchasing portfolio (Kraljic)
 * at the orientation step. Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrategyTemplateJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "strategy-template";
    private static final String ACCOUNT = "Airbus Helicopters";
    private static final String DRAFT = "Strategic accounts: deeper analysis";
    private static final String WT_MISSING = "Both quadrants of \"Weaknesses × threats\" have potentials, but the cell "
            + "has no TOWS option.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void aStricterTemplateForStrategicAccountsMakesAirbusNonCompliantUntilEmmaAddsTheMissingOption() throws Exception {
        long account = accountId(base, ACCOUNT);
        signIn("david.kad", DEMO_PASSWORD);

        // Today Airbus Helicopters' strategy has an option in every TOWS cell the template for all segments asks
        // for. The journeys share one database and run in any order: another may have left an objective without an
        // indicator or a drifted citation, so "every check passes" is only expected when it held before.
        browser.get(app() + "strategy/compliance.xhtml?name=Airbus");
        waitForText("compliance:accounts", ACCOUNT);
        String before = row("compliance:accounts", ACCOUNT).getText();
        assertFalse(before.contains(WT_MISSING), before);
        boolean compliantBefore = before.contains("Every check passes.");

        // 1. David activates the stricter draft for Strategic accounts, from the settings menu's template page.
        browser.get(app() + "strategy/template.xhtml");
        waitForText("versions:list", DRAFT);
        row("versions:list", DRAFT).findElement(By.cssSelector("button[id$=':edit']")).click();
        waitForText("draft", "Minimum potentials in each SWOT quadrant");
        Chromium.screenshot(browser, JOURNEY, "1-draft");
        french("1-draft-fr", "draft", "Nombre minimum de potentiels par quadrant SWOT");
        row("versions:list", DRAFT).findElement(By.cssSelector("button[id$=':activate']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitForText("messages", "is active.");
        assertTrue(row("versions:list", DRAFT).getText().contains("Active"), row("versions:list", DRAFT).getText());
        Chromium.screenshot(browser, JOURNEY, "2-activated");

        // 2. The same strategy is now measured against it, and the reason is shown.
        browser.get(app() + "strategy/compliance.xhtml?name=Airbus");
        waitForText("compliance:accounts", WT_MISSING);
        Chromium.screenshot(browser, JOURNEY, "3-compliance-page");
        logOut();

        signIn("emma.kam", DEMO_PASSWORD);
        browser.get(app() + "strategy/workspace.xhtml?account=" + account + "&step=1");
        waitForText("compliance", WT_MISSING);
        waitForText("compliance", "Strategic accounts: deeper analysis · Strategic");
        waitForText("stepGuidance", "Write an option for every TOWS cell whose two quadrants have potentials");
        Chromium.screenshot(browser, JOURNEY, "4-workspace-reason");
        french("4-workspace-reason-fr", "stepGuidance", "Rédigez une option pour chaque case TOWS");

        // The template offers the customer's purchasing portfolio, drawn from the Database's offering positions.
        WebElement portfolio = browser.findElement(By.id("portfolio"));
        scrollTo(portfolio);
        assertTrue(portfolio.findElement(By.tagName("canvas")).isDisplayed());
        String table = portfolio.findElement(By.tagName("table")).getAttribute("textContent");
        assertTrue(table.contains("Flight control computers") && table.contains("Bottleneck"), table);
        Chromium.screenshot(browser, JOURNEY, "4b-purchasing-portfolio");
        scrollTo(browser.findElement(By.id("orientation:optionType")));

        // 3. Emma writes the WT option: what we do if our weaknesses meet the threats.
        select("orientation:optionType", "WT · Weaknesses × threats");
        tick("orientation:optionPotentials", "No relationship yet with the new procurement director");
        tick("orientation:optionPotentials", "Dual-sourcing policy caps any supplier at 60 % share");
        browser.findElement(By.id("orientation:optionStatement"))
                .sendKeys("Meet the new procurement director before the dual-sourcing review");
        browser.findElement(By.id("orientation:saveOption")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("compliance"),
                WT_MISSING)));
        if (compliantBefore) {
            waitForText("compliant", "Every check passes.");
        }
        Chromium.screenshot(browser, JOURNEY, "5-fixed");
        logOut();

        signIn("david.kad", DEMO_PASSWORD);
        browser.get(app() + "strategy/compliance.xhtml?name=Airbus");
        waitForText("compliance:accounts", ACCOUNT);
        String after = row("compliance:accounts", ACCOUNT).getText();
        assertFalse(after.contains(WT_MISSING), after);
        assertTrue(!compliantBefore || after.contains("Every check passes."), "compliant again for the KA Director too");

        // The journeys share one database: David archives the Strategic template, the one for all segments rules.
        browser.get(app() + "strategy/template.xhtml");
        waitForText("versions:list", DRAFT);
        row("versions:list", DRAFT).findElement(By.cssSelector("button[id$=':archive']")).click();
        waitForText("messages", "is archived.");
        assertTrue(row("versions:list", DRAFT).getText().contains("Archived"), row("versions:list", DRAFT).getText());
    }

    /** Screenshots the page in French, checks one text there, and goes back to English. */
    private void french(String name, String id, String text) {
        browser.findElement(By.id("menu:lang-fr")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        if (id.equals("draft")) {
            row("versions:list", DRAFT).findElement(By.cssSelector("button[id$=':edit']")).click();
        }
        waitForText(id, text);
        Chromium.screenshot(browser, JOURNEY, name);
        browser.findElement(By.id("menu:lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        if (id.equals("draft")) {
            row("versions:list", DRAFT).findElement(By.cssSelector("button[id$=':edit']")).click();
            waitForText("draft", "Minimum potentials in each SWOT quadrant");
        }
    }

    private WebElement row(String tableId, String text) {
        return browser.findElement(By.xpath("//*[@id='" + tableId + "']//tr[contains(normalize-space(), '" + text
                + "')]"));
    }

    private void waitForText(String id, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            Chromium.screenshot(browser, JOURNEY, "failed-wait");
            throw new AssertionError("no \"" + text + "\" in " + id + "; page: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }
}
