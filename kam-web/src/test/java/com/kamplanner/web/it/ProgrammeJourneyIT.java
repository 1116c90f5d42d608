package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.DIRECTOR;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.ok;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Programme governance in a real browser, across the three levels: an executive adds a corporate strategic
 * priority, a KAM links a strategic objective of her account to it, the executive sees it served; the KA Director
 * resolves a congruence line by giving a strategic account a sponsor and sees the line go, then marks a best
 * practice that another KAM opens. Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammeJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "programme";
    private static final String ACCOUNT = "Airbus Helicopters";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void fromCorporatePriorityToBestPracticeAcrossTheThreeLevels() throws Exception {
        String run = " #" + System.nanoTime() % 100_000;
        String priority = "Lead in rotorcraft support" + run;
        String objective = "Become the reference for H160 support" + run;

        // 1. The executive adds a corporate strategic priority; no key account serves it yet.
        signIn("claire.exec", DEMO_PASSWORD);
        browser.get(app() + "executive/priorities.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("priorityForm:title"))).sendKeys(priority);
        browser.findElement(By.id("priorityForm:description")).sendKeys("Support contracts on every rotorcraft programme");
        replace("priorityForm:fromYear", "2026");
        replace("priorityForm:toYear", "2028");
        browser.findElement(By.id("priorityForm:save")).click();
        WebElement row = priorityRow(priority);
        assertFalse(row.findElements(By.cssSelector(".kam-unserved")).isEmpty(), "a new priority is not served yet");
        Chromium.screenshot(browser, JOURNEY, "1-priority-added");
        signOut();

        // 2. The KAM links a strategic objective of her account to it.
        signIn("emma.kam", DEMO_PASSWORD);
        browser.get(app() + "strategy/workspace.xhtml?account=" + accountId(base, ACCOUNT));
        step("Objectives", "objectives:saveObjective");
        browser.findElement(By.id("objectives:title")).sendKeys(objective);
        tick("objectives:objectiveOptions", "Co-develop the H160 blades");
        tick("objectives:corporatePriorities", priority);
        date("objectives:startDate_input", "2026-01-01");
        browser.findElement(By.id("objectives:saveObjective")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objectives:tree"), objective));
        Chromium.screenshot(browser, JOURNEY, "2-objective-linked");
        signOut();

        // 3. The executive sees the priority served by that account and objective.
        signIn("claire.exec", DEMO_PASSWORD);
        browser.get(app() + "executive/priorities.xhtml");
        row = priorityRow(priority);
        assertTrue(row.getText().contains(ACCOUNT) && row.getText().contains(objective), row.getText());
        assertTrue(row.findElements(By.cssSelector(".kam-unserved")).isEmpty(), "served now");
        Chromium.screenshot(browser, JOURNEY, "3-priority-served");
        signOut();

        // 4. The KA Director resolves a congruence line: a strategic account without a sponsor gets one.
        signIn("david.kad", DEMO_PASSWORD);
        String sponsorless = "tr.kam-rule-ACCOUNT_WITHOUT_SPONSOR";
        browser.get(app() + "programme/congruence.xhtml?rule=ACCOUNT_WITHOUT_SPONSOR");
        WebElement line = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(sponsorless)));
        WebElement fix = line.findElement(By.cssSelector("a.kam-fix"));
        String account = line.getText();
        String href = fix.getAttribute("href");
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(href);
        assertTrue(id.find(), href);
        String accountName = accountName(Long.parseLong(id.group(1)));
        assertTrue(account.contains(accountName), account);
        Chromium.screenshot(browser, JOURNEY, "4-congruence-line");
        fix.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account:saveSponsor")));
        select("account:sponsorChoice", "Claire Dumont");
        browser.findElement(By.id("account:saveSponsor")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sponsor"), "Claire Dumont"));
        browser.get(app() + "programme/congruence.xhtml?rule=ACCOUNT_WITHOUT_SPONSOR");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("congruence:lines")));
        List<String> left = browser.findElements(By.cssSelector(sponsorless)).stream().map(WebElement::getText)
                .toList();
        assertTrue(left.stream().noneMatch(text -> text.contains(accountName)), "the line is gone: " + left);
        Chromium.screenshot(browser, JOURNEY, "5-congruence-resolved");

        // 5. The KA Director marks an approved plan of Sofia's account as a best practice; Lucas, another KAM, opens it.
        String comment = "A plan every strategic account should copy" + run;
        browser.get(app() + "library/index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mark:save")));
        select("mark:kind", "Key Account Plan");
        selectStartingWith("mark:item", PRACTICE_ACCOUNT);
        browser.findElement(By.id("mark:comment")).sendKeys(comment);
        browser.findElement(By.id("mark:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library:practices"), comment));
        Chromium.screenshot(browser, JOURNEY, "6-best-practice-marked");
        signOut();

        signIn("lucas.kam", DEMO_PASSWORD);
        browser.get(app() + "library/index.xhtml");
        WebElement practice = wait.until(ExpectedConditions.visibilityOfElementLocated(practiceLink(comment)));
        assertTrue(practice.getText().contains(PRACTICE_ACCOUNT), practice.getText());
        practice.click();
        WebElement content = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("practice")));
        assertTrue(content.getText().contains(PRACTICE_ACCOUNT), content.getText());
        assertTrue(browser.findElements(By.cssSelector("#practice input[type=text], #practice textarea")).isEmpty(),
                "read-only");
        Chromium.screenshot(browser, JOURNEY, "7-best-practice-opened");
        signOut();

        // The KA Director takes the mark back (after a confirmation), which leaves the demo as it was.
        signIn("david.kad", DEMO_PASSWORD);
        browser.get(app() + "library/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='library:practices']//tr[contains(., '"
                + comment + "')]//button[contains(@id, 'unmark')]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(practiceLink(comment)));

        // The other boards render for the KA Director, charts included (screenshots for the record).
        for (String[] board : new String[][] {{"executive/portfolio.xhtml", "segmentChart"},
                {"executive/investments.xhtml", "investments"}, {"executive/people.xhtml", "areas"},
                {"programme/compliance.xhtml", "compliance"}, {"programme/conflicts.xhtml", "conflicts"},
                {"programme/review.xhtml", "comparisonChart"}}) {
            browser.get(app() + board[0]);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(board[1])));
            Chromium.screenshot(browser, JOURNEY, "8-" + board[0].replace('/', '-').replace(".xhtml", ""));
        }
    }

    /** Sofia's strategic account, whose approved plan the demo company has; Lucas is not its KAM. */
    private static final String PRACTICE_ACCOUNT = "Schneider Electric";

    private static By practiceLink(String comment) {
        return By.xpath("//*[@id='library:practices']//tr[contains(., '" + comment
                + "')]//a[contains(@class, 'kam-open-practice')]");
    }

    private WebElement priorityRow(String priority) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='board:priorities']//tr[contains(., '" + priority + "')]")));
    }

    /** Leaves the session behind, as closing the browser would, so that the next person signs in afresh. */
    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    private void step(String label, String readyId) {
        browser.findElement(By.xpath("//ul[@class='kam-step-links']//a[contains(normalize-space(), '" + label
                + "')]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(readyId)));
    }

    private void replace(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }


    private String accountName(long id) throws Exception {
        return ok(api(base, DIRECTOR, "api/accounts/" + id)).getString("name");
    }
}
