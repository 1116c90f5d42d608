package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The KA Director's portfolio journey in a real browser: import a CRM export, score the new account, find it in
 * the selection matrix, make it a key account and assign a KAM. Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "portfolio";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void theDirectorImportsScoresSelectsAndAssignsAnAccount() throws Exception {
        String name = "Journey Chemicals " + System.nanoTime() % 1_000_000;
        Path csv = Files.createTempFile("salesforce-journey", ".csv");
        Files.writeString(csv, "\"Account ID\",\"Account Name\",\"Industry\",\"Billing Country\",\"Annual Revenue\","
                + "\"Account Currency\"\n\"001JOURNEY" + System.nanoTime() % 1_000_000 + "\",\"" + name
                + "\",\"Chemicals\",\"Belgium\",\"2,400,000,000.00\",\"EUR\"\n", StandardCharsets.UTF_8);
        String app = app();

        // 1. The KA Director imports a Salesforce export.
        signIn("david.kad", DEMO_PASSWORD);
        browser.get(app + "accounts/import.xhtml");
        WebElement file = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form#upload input[type=file]")));
        file.sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("upload:read")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:preview"), name));
        Chromium.screenshot(browser, JOURNEY, "1-import-preview");
        browser.findElement(By.id("import:start")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Import done: 1 accounts created"));
        Chromium.screenshot(browser, JOURNEY, "2-imported");

        long id = accountId(name);

        // 2. The Director scores it on every criterion of the active set.
        browser.get(app + "selection/score.xhtml?account=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score:criteria")));
        int rows = browser.findElements(By.cssSelector("[id$=':level']")).size();
        assertTrue(rows >= 2, "the score sheet lists the criteria");
        for (int row = 0; row < rows; row++) {
            ((JavascriptExecutor) browser).executeScript(
                    "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                    "score:criteria:" + row + ":level", row % 2 == 0 ? "9" : "8");
        }
        Chromium.screenshot(browser, JOURNEY, "3-score-sheet");
        browser.findElement(By.id("score:save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-info")));

        // 3. It appears in the selection matrix, among the candidates.
        browser.get(app + "selection/matrix.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matrix:ranking")));
        browser.findElement(By.cssSelector("#matrix\\:candidates .ui-chkbox-box")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("matrix:ranking"), name));
        Chromium.screenshot(browser, JOURNEY, "4-matrix");

        // 4. The Director makes it a key account, with the reason.
        browser.get(app + "accounts/account.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:reason")))
                .sendKeys("High attractiveness and a strong position: invest for growth");
        browser.findElement(By.id("account:makeKey")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Key account"));

        // 5. ... and assigns a KAM, confirming with a reason if the KAM is over capacity.
        ((JavascriptExecutor) browser).executeScript(
                "var menu = PrimeFaces.getWidgetById('account:kamChoice');"
                        + "var option = Array.from(document.querySelectorAll('[id=\"account:kamChoice_input\"] option'))"
                        + ".find(o => o.text === 'Hugo Martin'); menu.selectValue(option.value);");
        browser.findElement(By.id("account:assign")).click();
        wait.until(d -> d.findElement(By.id("kam")).getText().contains("Hugo Martin")
                || !d.findElements(By.id("capacityWarning")).isEmpty());
        if (!browser.findElements(By.id("capacityWarning")).isEmpty()) {
            Chromium.screenshot(browser, JOURNEY, "5a-capacity-warning");
            browser.findElement(By.id("account:capacityReason")).sendKeys("Hugo knows the chemicals buyers");
            browser.findElement(By.id("account:assignAnyway")).click();
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kam"), "Hugo Martin"));
        Chromium.screenshot(browser, JOURNEY, "5-assigned");
        assertTrue(browser.findElement(By.id("account:history")).getText().contains("invest for growth"),
                "the decision and its reason are in the history");
    }

    private long accountId(String name) throws Exception {
        String body = new Browserless(base).getWithBasic("api/accounts?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), "david.kad", DEMO_PASSWORD).body();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(body);
        assertTrue(id.find(), body);
        return Long.parseLong(id.group(1));
    }
}
