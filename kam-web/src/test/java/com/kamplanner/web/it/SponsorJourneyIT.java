package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The executive sponsorship programme in a real browser (issue 19, section 2): Claire, Airbus Helicopters' sponsor,
 * logs a meeting with the CEO and Emma, its outcomes and a follow-up action; the history shows it; the follow-up
 * appears in Emma's work list, and Emma turns it into an action plan under a programme she chooses. Screenshots in
 * English and French. Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SponsorJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "sponsor";
    private static final String ACCOUNT = "Airbus Helicopters";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void claireLogsASponsorMeetingWithAFollowUpThatEmmaTurnsIntoAnActionPlan() {
        String followUp = "Send the COO our blade qualification timetable #" + System.nanoTime() % 100_000;
        LocalDate due = LocalDate.now().plusWeeks(2);

        // 1. Claire logs the meeting: the CEO and Emma attended; one follow-up for Emma.
        signIn("claire.exec", DEMO_PASSWORD);
        browser.get(app() + "accounts/sponsorships.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sponsorships:scorecard")));
        assertTrue(browser.findElement(By.id("sponsorships:sponsored")).getText().contains("Level mismatch"),
                "the demo's counterpart below the sponsor's level");
        select("meetingForm:account", ACCOUNT);
        tick("meetingForm:customerAttendees", "Bruno Even");
        browser.findElement(By.id("meetingForm:ourAttendees")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@id='meetingForm:ourAttendees_panel']"
                + "//li[contains(normalize-space(), 'Emma Laurent')]//div[contains(@class, 'ui-chkbox-box')]"))).click();
        js("PrimeFaces.getWidgetById('meetingForm:ourAttendees').hide();");
        browser.findElement(By.id("meetingForm:note")).sendKeys("Quarterly review with the CEO at Marignane.");
        browser.findElement(By.id("meetingForm:outcomes")).sendKeys("The CEO backs the second-source plan.");
        browser.findElement(By.id("meetingForm:addFollowUp")).click();
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("meetingForm:followUpRows:0:followUpTitle")));
        title.sendKeys(followUp);
        select("meetingForm:followUpRows:0:followUpOwner", "Emma Laurent");
        date("meetingForm:followUpRows:0:followUpDue_input", due.toString());
        js("PrimeFaces.getWidgetById('meetingForm:followUpRows:0:followUpDue').hide();");
        Chromium.screenshot(browser, JOURNEY, "1-log-meeting");
        browser.findElement(By.id("meetingForm:logMeeting")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Sponsor meeting logged on " + ACCOUNT + "."));

        // 2. The history of Airbus Helicopters shows it, its attendees and the follow-up waiting for the KAM.
        WebElement row = browser.findElement(By.xpath("//tbody[@id='sponsorships:sponsored_data']/tr[td[contains(., '"
                + ACCOUNT + "')]]"));
        row.findElement(By.cssSelector(".ui-row-toggler")).click();
        WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".kam-meeting-history")));
        wait.until(ExpectedConditions.textToBePresentInElement(history, followUp));
        assertTrue(history.getText().contains("Bruno Even") && history.getText().contains("Emma Laurent"),
                history.getText());
        assertTrue(history.getText().contains("Waiting for the KAM"), history.getText());
        Chromium.screenshot(browser, JOURNEY, "2-history");
        browser.findElement(By.id("menu:lang-fr")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sponsorships:scorecard")));
        Chromium.screenshot(browser, JOURNEY, "3-sponsorships-fr");
        browser.findElement(By.id("menu:lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        logOut();

        // 3. Emma finds it in her work list and turns it into an action plan under a programme she chooses.
        signIn("emma.kam", DEMO_PASSWORD);
        By item = By.xpath("//table[@id='workItems']//a[contains(@href, 'sponsor-follow-up.xhtml') and contains(., '"
                + followUp + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(item));
        Chromium.screenshot(browser, JOURNEY, "4-emma-work-list");
        browser.findElement(item).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("turnForm:programme")));
        assertTrue(browser.findElement(By.id("main")).getText().contains("Quarterly review with the CEO"),
                "the meeting it came from");
        js("var menu = PrimeFaces.getWidgetById('turnForm:programme');"
                + "var option = document.querySelectorAll('[id=\"turnForm:programme_input\"] option')[1];"
                + "menu.selectValue(option.value); menu.triggerChange();");
        String programme = browser.findElement(By.id("turnForm:programme_label")).getText();
        js("var menu = PrimeFaces.getWidgetById('turnForm:objective');"
                + "var option = document.querySelectorAll('[id=\"turnForm:objective_input\"] option')[1];"
                + "menu.selectValue(option.value); menu.triggerChange();");
        Chromium.screenshot(browser, JOURNEY, "5-turn-into-action-plan");
        browser.findElement(By.id("turnForm:turn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "“" + followUp + "” is now an action plan of the programme “" + programme + "”."));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("turnForm:done")));
        Chromium.screenshot(browser, JOURNEY, "6-turned");
        browser.findElement(By.id("menu:lang-fr")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        Chromium.screenshot(browser, JOURNEY, "7-turned-fr");
        browser.findElement(By.id("menu:lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

        // 4. The action plan is in the strategy's programme, and the follow-up has left Emma's work list.
        browser.findElement(By.linkText("Open the strategy")).click();
        wait.until(ExpectedConditions.urlContains("strategy/workspace.xhtml"));
        String account = browser.getCurrentUrl().replaceAll(".*[?&]account=([0-9]+).*", "$1");
        browser.get(app() + "strategy/workspace.xhtml?step=3&account=" + account);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), followUp));
        assertFalse(browser.findElement(By.tagName("main")).getText()
                        .contains("\"" + followUp + "\" serves no objective"),
                "the action plan serves the objective Emma chose: the strategy stays compliant");
        Chromium.screenshot(browser, JOURNEY, "8-in-the-programme");
        browser.get(app() + "index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertTrue(browser.findElements(item).isEmpty(), "turned: no longer in the work list as a follow-up");
        assertFalse(browser.findElements(By.xpath("//table[@id='workItems']//a[contains(@href, 'plan/team.xhtml') "
                + "and contains(., '" + followUp + "')]")).isEmpty(), "but as her action plan, due within two weeks");
        Chromium.screenshot(browser, JOURNEY, "9-work-list-after");
    }
}
