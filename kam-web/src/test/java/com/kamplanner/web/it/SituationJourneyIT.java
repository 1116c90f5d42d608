package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Key Account Database journey in a real browser, on the demo account Airbus Helicopters (Emma's, with Tom on
 * its KA team): the KAM fills part 1, adds two stakeholders and sees the org chart, grants Tom the competition
 * section; Tom edits it; the KAM sees the change in the section's history and downloads the DOCX. Runs with
 * {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SituationJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "situation";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void theKamAndATeamMemberBuildTheKeyAccountDatabase() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            Chromium.screenshot(browser, JOURNEY, "failure");
            Files.writeString(Path.of("target", "screenshots", JOURNEY, "failure.html"), browser.getPageSource());
            throw e;
        }
    }

    private void journey() throws Exception {
        String run = String.valueOf(System.nanoTime() % 1_000_000);
        long id = accountId(base, "Airbus Helicopters");
        String page = app() + "situation/database.xhtml?account=" + id;

        // 1. The KAM fills part 1: the business model (rich text) and a strategic priority (a table row).
        signIn("emma.kam", DEMO_PASSWORD);
        browser.get(app() + "accounts/account.xhtml?id=" + id);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-database"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("section-customer")));
        WebElement editor = browser.findElement(By.cssSelector("[data-field='customer.businessModel'] .ql-editor"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        editor.sendKeys("Helicopter maker " + run + ", civil and military, with a global support network.");
        WebElement priority = browser.findElement(By.cssSelector(
                "[data-table='customer.strategicPriorities'] input[data-cell='priority']"));
        priority.clear();
        priority.sendKeys("Win the next-generation rotorcraft programme " + run);
        Chromium.screenshot(browser, JOURNEY, "1-part-one-filled");
        browser.findElement(By.cssSelector("[data-save='customer']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));
        Chromium.screenshot(browser, JOURNEY, "1-part-one-saved");

        // 2. ... adds two stakeholders, the second reporting to the first, and sees the org chart.
        String chief = "Chief Buyer " + run;
        String engineer = "Lead Engineer " + run;
        addStakeholder(chief, "OPPONENT", "DECISION_MAKER", "9", null);
        addStakeholder(engineer, "SUPPORTER", "INFLUENCER", "6", chief);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stakeholderForm:orgChart"), engineer));
        WebElement chart = browser.findElement(By.id("stakeholderForm:orgChart"));
        assertTrue(chart.getText().contains(chief), "both contacts on the org chart");
        assertEquals(1, browser.findElements(By.cssSelector(
                "[id='stakeholderForm:orgChart_target'] [data-contact='" + engineer + "']")).size(),
                "each contact once");
        assertEquals(chartNode(chief).getAttribute("data-rowkey"), chartNode(engineer).getAttribute("data-parent-rowkey"),
                "the engineer sits under the chief buyer they report to");
        assertTrue(!chart.findElements(By.cssSelector(".opponent-flag")).isEmpty(), "the influential opponent is flagged");
        scrollTo(chart);
        Chromium.screenshot(browser, JOURNEY, "2-org-chart");

        // 3. ... grants Tom the competition section.
        selectByLabel("grantForm:grantSection", "4. Competition");
        selectByLabel("grantForm:grantMember", "Tom Bernard");
        browser.findElement(By.id("grantForm:grant")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("grantForm:grantList"), "Tom Bernard"));
        scrollTo(browser.findElement(By.id("grants")));
        Chromium.screenshot(browser, JOURNEY, "3-granted");

        // 4. Tom, a team member, adds a competitor in the section granted to him.
        browser.manage().deleteAllCookies();
        signIn("tom.team", DEMO_PASSWORD);
        browser.get(page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-save='competition']")));
        assertTrue(browser.findElements(By.cssSelector("[data-save='customer']")).isEmpty(),
                "part 1 is not Tom's to write");
        String competitor = "Rival Rotors " + run;
        int rows = browser.findElements(By.cssSelector(
                "[data-table='competition.competitors'] input[data-cell='competitor']")).size();
        browser.findElement(By.cssSelector("[data-add-row='competition.competitors']")).click();
        wait.until(d -> d.findElements(By.cssSelector(
                "[data-table='competition.competitors'] input[data-cell='competitor']")).size() == rows + 1);
        List<WebElement> names = browser.findElements(By.cssSelector(
                "[data-table='competition.competitors'] input[data-cell='competitor']"));
        names.get(names.size() - 1).sendKeys(competitor);
        List<WebElement> shares = browser.findElements(By.cssSelector(
                "[data-table='competition.competitors'] input[data-cell='share']"));
        shares.get(shares.size() - 1).sendKeys("15");
        browser.findElement(By.cssSelector("[data-save='competition']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));
        Chromium.screenshot(browser, JOURNEY, "4-team-member-edited");

        // 5. The KAM sees the change in the section's history: who, and the new value.
        browser.manage().deleteAllCookies();
        signIn("emma.kam", DEMO_PASSWORD);
        browser.get(page);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-history='competition']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historyForm:changes"),
                "Competitor: " + competitor));
        assertTrue(browser.findElement(By.id("historyForm:changes")).getText().contains("tom.team"));
        Chromium.screenshot(browser, JOURNEY, "5-history");
        browser.findElement(By.cssSelector("#historyDialog .ui-dialog-titlebar-close")).click();

        // 6. ... and downloads the Word document, which holds the team member's competitor.
        Path downloads = Files.createDirectories(Path.of("target", "downloads", JOURNEY + run)).toAbsolutePath();
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.findElement(By.id("exports:docx")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> docx(downloads) != null);
        Path docx = docx(downloads);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("Airbus Helicopters"), "the title page names the account");
            assertTrue(text.contains(competitor), "the competitor Tom added");
            assertTrue(text.contains(chief), "the stakeholder map");
        }
        Chromium.screenshot(browser, JOURNEY, "6-downloaded");
    }

    @Test
    void aBadValueGetsAMessageOnItsFieldAndTheSecondOfTwoSavesKeepsItsText() throws Exception {
        try {
            conflict();
        } catch (Exception | AssertionError e) {
            Chromium.screenshot(browser, JOURNEY, "conflict-failure");
            throw e;
        }
    }

    private void conflict() throws Exception {
        long id = accountId(base, "Thales Alenia Space");
        // Values of this run: a save that changes nothing keeps the section's version.
        String theirs = String.valueOf(4000 + System.nanoTime() % 1000);
        String mine = String.valueOf(6000 + System.nanoTime() % 1000);
        String page = app() + "situation/database.xhtml?account=" + id;
        signIn("emma.kam", DEMO_PASSWORD);
        browser.get(page);
        String first = browser.getWindowHandle();
        By employees = By.cssSelector("input[data-input='customer.employees']");

        // A number field given text: the message is on the field, the text stays for correction.
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(employees));
        field.clear();
        field.sendKeys("about four thousand");
        browser.findElement(By.cssSelector("[data-save='customer']")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-error='customer.employees']")));
        assertEquals("Enter a number, such as 1250 or 12.5.", error.getText());
        assertEquals("about four thousand", browser.findElement(employees).getAttribute("value"));
        Chromium.screenshot(browser, JOURNEY, "7-message-on-the-field");

        // Someone else (the same KAM in a second tab) saves the section meanwhile.
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.get(page);
        WebElement other = wait.until(ExpectedConditions.elementToBeClickable(employees));
        other.clear();
        other.sendKeys(theirs);
        browser.findElement(By.cssSelector("[data-save='customer']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));
        browser.close();
        browser.switchTo().window(first);

        // The first tab's save is refused, and what was typed there is still on screen.
        field = browser.findElement(employees);
        field.clear();
        field.sendKeys(mine);
        browser.findElement(By.cssSelector("[data-save='customer']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Someone else saved"));
        assertEquals(mine, browser.findElement(employees).getAttribute("value"), "the unsaved text stays");
        Chromium.screenshot(browser, JOURNEY, "8-conflict-keeps-the-text");
        assertTrue(new Browserless(base).getWithBasic("api/accounts/" + id + "/database", "emma.kam", DEMO_PASSWORD)
                .body().contains("\"value\":\"" + theirs + "\""), "no lost update: the other save stands");
    }

    private void addStakeholder(String name, String attitude, String role, String influence, String reportsTo) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id("stakeholderEdit:name")));
        field.clear();
        field.sendKeys(name);
        js("PrimeFaces.getWidgetById('stakeholderEdit:role').selectValue(arguments[0]);", role);
        js("PrimeFaces.getWidgetById('stakeholderEdit:attitude').selectValue(arguments[0]);", attitude);
        WebElement level = browser.findElement(By.id("stakeholderEdit:influence_input"));
        level.sendKeys(Keys.chord(Keys.CONTROL, "a"), influence);
        if (reportsTo != null) {
            selectByLabel("stakeholderEdit:reportsTo", reportsTo);
        }
        browser.findElement(By.id("stakeholderEdit:saveContact")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stakeholderForm:contacts"), name));
    }

    private WebElement chartNode(String contact) {
        return browser.findElement(By.xpath("//div[@id='stakeholderForm:orgChart_target']//div[contains(@class,"
                + "'ui-organigram-node')][.//div[@data-contact='" + contact + "']]"));
    }

    private static Path docx(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".docx")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
