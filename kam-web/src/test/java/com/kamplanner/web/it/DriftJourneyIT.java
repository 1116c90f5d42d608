package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 18 in a real browser: Emma changes a Key Account Database field that a situation potential of Airbus
 * Helicopters' strategy cites; the strategy shows "evidence changed" with the cited and the new value; she confirms
 * and the flag is gone. Then Thales Alenia Space's score page shows the strength on the customer's own buying
 * criteria beside the KA Director's index, flagged as more than 2 points apart. Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DriftJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "drift";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void aChangedCitedFieldIsFlaggedUntilEmmaConfirmsAndTheScorePageWeighsTheCustomersCriteria() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            Chromium.screenshot(browser, JOURNEY, "failure");
            Files.writeString(Path.of("target", "screenshots", JOURNEY, "failure.html"), browser.getPageSource());
            throw e;
        }
    }

    private void journey() throws Exception {
        String priority = "Halve fleet downtime by 2029 #" + System.nanoTime() % 100_000;
        long airbus = accountId(base, "Airbus Helicopters");
        signIn("emma.kam", DEMO_PASSWORD);

        // 1. Emma rewrites the customer's first strategic priority, which the H160 potential cites.
        browser.get(app() + "situation/database.xhtml?account=" + airbus);
        WebElement cell = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "[data-table='customer.strategicPriorities'] input[data-cell='priority']")));
        cell.clear();
        cell.sendKeys(priority);
        browser.findElement(By.cssSelector("[data-save='customer']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));

        // 2. The strategy shows the potential (and what is built on it) with the cited and the new value.
        browser.get(app() + "strategy/workspace.xhtml?account=" + airbus);
        WebElement flag = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#evidence section.evidence-POTENTIAL")));
        assertTrue(flag.getText().contains("Evidence changed"), flag.getText());
        assertTrue(flag.findElement(By.cssSelector(".evidence-title")).getText().startsWith("H160 production"),
                flag.getText());
        String cited = flag.findElement(By.cssSelector(".evidence-old")).getText();
        String now = flag.findElement(By.cssSelector(".evidence-new")).getText();
        assertTrue(now.contains(priority), now);
        assertFalse(cited.contains(priority), cited);
        assertTrue(cited.contains("cited on"), "the old value says when it was cited: " + cited);
        assertFalse(browser.findElements(By.cssSelector("#evidence section.evidence-OPTION")).isEmpty(),
                "the TOWS options pairing the potential are flagged too");
        assertTrue(browser.findElement(By.id("complianceIssues")).getText().contains("Evidence changed under"));
        scrollTo("evidence");
        Chromium.screenshot(browser, JOURNEY, "1-evidence-changed");
        french("Éléments modifiés", "evidence", "2-evidence-changed-fr");
        english();

        // 3. Emma confirms the potential: the new value becomes its baseline and every flag built on it goes.
        browser.findElement(By.cssSelector("#evidence section.evidence-POTENTIAL button.evidence-confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Confirmed against the new evidence"));
        wait.until(d -> d.findElements(By.cssSelector("#evidence section.evidence-flag")).isEmpty());
        assertFalse(browser.findElement(By.id("compliance")).getText().contains("Evidence changed"));
        Chromium.screenshot(browser, JOURNEY, "3-confirmed");

        // 4. Thales Alenia Space: weak where this customer weighs most, far below the KA Director's index.
        browser.get(app() + "selection/score.xhtml?account=" + accountId(base, "Thales Alenia Space"));
        WebElement strength = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customerStrength")));
        // 5 + 5 × (40·(4−9) + 35·(6−7) + 25·(5−6)) / (9 × 100) = 3.6
        assertEquals("3.6", browser.findElement(By.id("customerStrengthValue")).getText());
        assertTrue(strength.getText().contains("More than 2 points apart"), strength.getText());
        assertTrue(strength.getText().contains("3 of 3 buying criteria rated"), strength.getText());
        Chromium.screenshot(browser, JOURNEY, "4-customer-weighted-strength");
        french("Force pondérée par le client", "customerStrength", "5-customer-weighted-strength-fr");
        assertEquals("3,6", browser.findElement(By.id("customerStrengthValue")).getText());
        english();
    }

    private void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private void english() {
        browser.findElement(By.id("menu:lang-en")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    }

    /** Switches the page to French, checks a text in an element, and takes a screenshot. */
    private void french(String text, String id, String shot) {
        browser.findElement(By.id("menu:lang-fr")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        scrollTo(id);
        Chromium.screenshot(browser, JOURNEY, shot);
    }
}
