package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * "What needs me" in a real browser: Tom finds the action plan he owns on his home page and updates it there, in
 * its row, with the team page's own update component, pre-filled with what the row shows; the row then shows the
 * new progress. Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "work";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void aTeamMemberUpdatesTheActionPlanHeOwnsFromHisHomePage() {
        signIn("tom.team", DEMO_PASSWORD);
        By workshops = By.xpath("//table[@id='workItems']//tr[td[contains(., 'Joint engineering workshops in Marignane')]]");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(workshops));
        String shown = row.findElement(By.cssSelector("td[data-label='Status']")).getText();
        String shownProgress = shown.replaceAll("[^0-9]", "");
        Chromium.screenshot(browser, JOURNEY, "1-home");

        row.findElement(By.xpath(".//button[contains(@id, ':edit')]")).click();
        By editor = By.cssSelector("tr.kam-edit-row");
        wait.until(ExpectedConditions.visibilityOfElementLocated(editor));
        Select status = new Select(browser.findElement(editor).findElement(By.cssSelector("select[id$=':status']")));
        assertTrue(shown.startsWith(status.getFirstSelectedOption().getText()), "pre-filled with the row's status: "
                + shown);
        WebElement progress = browser.findElement(editor).findElement(By.cssSelector("input[id$=':progress']"));
        assertEquals(shownProgress, progress.getAttribute("value"), "pre-filled with the row's progress");
        Chromium.screenshot(browser, JOURNEY, "2-update-in-place");

        String next = String.valueOf((Integer.parseInt(shownProgress) + 7) % 100);
        status.selectByVisibleText("On track");
        progress.clear();
        progress.sendKeys(next);
        browser.findElement(editor).findElement(By.cssSelector("input[id$=':updateComment']"))
                .sendKeys("Updated from the home page.");
        browser.findElement(editor).findElement(By.cssSelector("button[id$=':saveUpdate']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Update of “Joint engineering workshops in Marignane every quarter” saved."));
        WebElement updated = wait.until(ExpectedConditions.presenceOfElementLocated(workshops));
        String after = updated.findElement(By.cssSelector("td[data-label='Status']")).getText();
        assertEquals("On track " + next + "%", after);
        assertTrue(browser.findElements(editor).isEmpty(), "the editor closes after the save");
        Chromium.screenshot(browser, JOURNEY, "3-updated");
    }
}
