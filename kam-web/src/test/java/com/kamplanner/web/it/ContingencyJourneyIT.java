package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.Formats;
import com.kamplanner.strategy.StrategyStep;
import java.time.LocalDate;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A contingency that watches, in a real browser: Airbus Helicopters' strategy watches the H160 blade share; Emma
 * records an actual below its threshold on the team page, the contingency fires, and its prepared action plan
 * appears there, active, with its due date counted from today; the strategy shows it fired, when and on what
 * value, in English and in French. The journeys' database is kept between runs: a watch an earlier run left fired
 * is re-armed first, which puts the untouched plan back to sleep. Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContingencyJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "contingency";
    private static final String TRIGGER = "Our share of the H160 blade volume falls below 10";
    private static final String PREPARED = "Secure a bridge order for H145 blades";
    private static final By WATCH_ROW = By.xpath("//tbody[@id='contingencies:list_data']/tr[contains(., '"
            + TRIGGER + "')]");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void emmasActualBelowTheH160ThresholdFiresTheContingencyAndWakesItsPreparedPlan() throws Exception {
        signIn("emma.kam", DEMO_PASSWORD);
        long airbus = ContainerTests.accountId(base, "Airbus Helicopters");
        LocalDate today = LocalDate.now();

        // 1. The strategy watches the share; re-armed if an earlier run left it fired.
        openContingencies(airbus);
        WebElement watch = wait.until(ExpectedConditions.presenceOfElementLocated(WATCH_ROW));
        if (!watch.findElements(By.cssSelector("button[id$=':rearm']")).isEmpty()) {
            watch.findElement(By.cssSelector("button[id$=':rearm']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Contingency re-armed"));
        }
        watch = wait.until(ExpectedConditions.presenceOfElementLocated(WATCH_ROW));
        assertTrue(watch.getText().contains("Watching"), watch.getText());
        assertTrue(watch.getText().contains("below 10"), watch.getText());
        Chromium.screenshot(browser, JOURNEY, "1-watching");

        // 2. On the team page the prepared plan sleeps: it is not followed, so it is never late.
        browser.get(app() + "plan/team.xhtml?account=" + airbus);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rows")));
        assertFalse(browser.findElement(By.id("rows")).getText().contains(PREPARED));
        Chromium.screenshot(browser, JOURNEY, "2-team-before");

        // 3. Emma records this period's H160 share: 8 %, below the threshold.
        new Select(browser.findElement(By.id("team:actualObjective"))).selectByVisibleText(
                "Become the qualified second source for H160 blades — Share of H160 blade volume");
        WebElement value = browser.findElement(By.id("team:actualValue"));
        value.clear();
        value.sendKeys("8");
        WebElement period = browser.findElement(By.id("team:actualPeriod_input"));
        period.clear();
        period.sendKeys(today.toString(), Keys.TAB);
        assertEquals("8", browser.findElement(By.id("team:actualValue")).getAttribute("value"));
        browser.findElement(By.id("team:saveActual")).click();
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Actual recorded."));
        } finally {
            Chromium.screenshot(browser, JOURNEY, "3-actual-recorded");
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rows"), PREPARED));
        WebElement woken = browser.findElement(By.xpath("//table[@id='rows']//tr[td[contains(., '" + PREPARED
                + "')]]"));
        String due = Formats.of(Locale.ENGLISH).date(today.plusDays(45));
        assertEquals(due, woken.findElement(By.cssSelector("td[data-label='Due']")).getText(),
                "due 45 days after the firing day");
        assertNotEquals("Late", woken.findElement(By.cssSelector("td[data-label='Status']")).getText().trim());
        scrollTo(woken);
        Chromium.screenshot(browser, JOURNEY, "4-team-after");

        // 4. The strategy shows it fired, today, on 8.
        openContingencies(airbus);
        watch = wait.until(ExpectedConditions.presenceOfElementLocated(WATCH_ROW));
        assertTrue(watch.getText().contains("Fired"), watch.getText());
        assertTrue(watch.getText().contains(", at 8"), watch.getText());
        assertFalse(watch.findElements(By.cssSelector("button[id$=':acknowledge']")).isEmpty(),
                "Emma may acknowledge it");
        scrollTo(watch);
        Chromium.screenshot(browser, JOURNEY, "5-fired");

        // 5. The same in French.
        browser.findElement(By.id("menu:lang-fr")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        openContingencies(airbus);
        watch = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='contingencies:list_data']/tr[contains(., '" + TRIGGER + "')]")));
        assertTrue(watch.getText().contains("Déclenché"), watch.getText());
        scrollTo(watch);
        Chromium.screenshot(browser, JOURNEY, "6-fired-fr");
        browser.get(app() + "plan/team.xhtml?account=" + airbus);
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//table[@id='rows']//tr[td[contains(., '" + PREPARED + "')]]")));
        scrollTo(row);
        Chromium.screenshot(browser, JOURNEY, "7-team-fr");
        browser.findElement(By.id("menu:lang-en")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    }

    private void openContingencies(long account) {
        browser.get(app() + "strategy/workspace.xhtml?account=" + account + "&step="
                + StrategyStep.CONTINGENCIES.ordinal());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contingencies")));
    }
}
