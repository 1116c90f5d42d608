package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
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
 * The Key Account Plan's review and follow-up in a real browser, on the demo plan of Airbus Helicopters: the KAM
 * submits, the KA Director returns it with a comment, the KAM fixes and resubmits, the Director approves, a team
 * member updates the action plan he owns to at risk, and the KAM compares two versions and downloads the PDF.
 * Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "plan";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void theKamAndTheDirectorReviewThePlanAndTheTeamFollowsItUp() throws Exception {
        long airbus = accountId(base, "Airbus Helicopters");
        String planPage = app() + "plan/plan.xhtml?account=" + airbus;

        // 1. The KAM submits the working version (rolling the plan forward first if the newest is approved).
        signIn("emma.kam", DEMO_PASSWORD);
        browser.get(planPage);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-content")));
        if (browser.findElements(By.id("plan:submit")).isEmpty() && browser.findElements(By.id("plan:rollForward"))
                .isEmpty()) {
            // An earlier, interrupted run left the newest version submitted: the Director settles it first.
            switchTo("david.kad");
            browser.get(planPage);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("plan:approve"))).click();
            waitForText("Plan version approved.");
            switchTo("emma.kam");
            browser.get(planPage);
        }
        if (!browser.findElements(By.id("plan:rollForward")).isEmpty()) {
            browser.findElement(By.id("plan:rollForward")).click();
            waitForText("started for the next period");
        }
        String version = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stamp"))).getText();
        Chromium.screenshot(browser, JOURNEY, "1-working-version");
        browser.findElement(By.id("plan:submit")).click();
        waitForText("Plan version submitted for review.");
        Chromium.screenshot(browser, JOURNEY, "2-submitted");

        // 2. The KA Director finds it in the review queue and returns it with a comment.
        switchTo("david.kad");
        browser.get(app() + "plan/review.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submitted")));
        browser.findElement(By.id("submitted")).findElement(By.linkText("Airbus Helicopters")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan:reviewComment")))
                .sendKeys("Quote the customer's own priority for the H160 in the summary.");
        Chromium.screenshot(browser, JOURNEY, "3-review");
        browser.findElement(By.id("plan:returnToKam")).click();
        waitForText("returned to the KAM");

        // 3. The KAM reads the comment, fixes the summary and resubmits.
        switchTo("emma.kam");
        browser.get(planPage);
        WebElement returned = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("returned")));
        assertTrue(returned.getText().contains("Quote the customer's own priority"), returned.getText());
        WebElement summary = browser.findElement(By.id("plan:summary"));
        summary.sendKeys(" Airbus: \"a second source we can trust for the H160\".");
        browser.findElement(By.id("plan:save")).click();
        waitForText("Plan version saved.");
        browser.findElement(By.id("plan:submit")).click();
        waitForText("Plan version submitted for review.");
        Chromium.screenshot(browser, JOURNEY, "4-resubmitted");

        // 4. The KA Director approves it from the review bar, in sight at the top of a plan far longer than the window.
        switchTo("david.kad");
        browser.get(planPage);
        WebElement approve = wait.until(ExpectedConditions.elementToBeClickable(By.id("plan:approve")));
        Number pageHeight = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        Number windowHeight = (Number) browser.executeScript("return window.innerHeight");
        assertTrue(pageHeight.intValue() > 2 * windowHeight.intValue(), "a long plan: " + pageHeight);
        assertTrue(inWindow(approve), "the approve button is in sight without scrolling");
        browser.executeScript("window.scrollTo(0, document.documentElement.scrollHeight / 2)");
        assertTrue(inWindow(approve), "and stays in sight while the plan is read");
        Chromium.screenshot(browser, JOURNEY, "4a-review-bar");
        approve.click();
        waitForText("Plan version approved.");
        assertTrue(browser.findElement(By.id("stamp")).getText().contains("Approved by david.kad"));
        Chromium.screenshot(browser, JOURNEY, "5-approved");

        // 5. Tom updates the action plan he owns to at risk.
        switchTo("tom.team");
        browser.get(app() + "plan/team.xhtml?account=" + airbus);
        // The update opens in place, in the action plan's row, with the status and progress the row shows.
        By workshops = By.xpath("//table[@id='rows']//tr[td[contains(., 'Joint engineering workshops in Marignane')]]");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(workshops));
        String shownStatus = row.findElement(By.cssSelector("td[data-label] .kam-badge")).getText();
        String shownProgress = row.findElement(By.cssSelector("td.num")).getText().replaceAll("[^0-9]", "");
        row.findElement(By.xpath(".//button[contains(@id, ':edit')]")).click();
        By editor = By.cssSelector("tr.kam-edit-row");
        wait.until(ExpectedConditions.visibilityOfElementLocated(editor));
        Select status = new Select(browser.findElement(editor).findElement(By.cssSelector("select[id$=':status']")));
        assertEquals(shownStatus, status.getFirstSelectedOption().getText(), "pre-filled with the row's status");
        WebElement progress = browser.findElement(editor).findElement(By.cssSelector("input[id$=':progress']"));
        assertEquals(shownProgress, progress.getAttribute("value"), "pre-filled with the row's progress");
        assertEquals(progress.getAttribute("id").replace(":progress", ":status"),
                browser.switchTo().activeElement().getAttribute("id"), "the keyboard lands on the first field");
        Chromium.screenshot(browser, JOURNEY, "6a-team-update-in-place");
        status.selectByVisibleText("At risk");
        progress.clear();
        progress.sendKeys("150");
        browser.findElement(editor).findElement(By.cssSelector("button[id$=':saveUpdate']")).click();
        waitForText("Progress is a percentage from 0 to 100.");
        progress = browser.findElement(editor).findElement(By.cssSelector("input[id$=':progress']"));
        progress.clear();
        progress.sendKeys("55");
        browser.findElement(editor).findElement(By.cssSelector("input[id$=':updateComment']"))
                .sendKeys("The blade test rig is booked until March.");
        browser.findElement(editor).findElement(By.cssSelector("button[id$=':saveUpdate']")).click();
        waitForText("Update of “Joint engineering workshops in Marignane every quarter” saved.");
        new Select(browser.findElement(By.id("team:commentPlan"))).selectByVisibleText(
                "Joint engineering workshops in Marignane every quarter");
        browser.findElement(By.id("team:comment")).sendKeys("Can we borrow the Toulouse rig in February?");
        browser.findElement(By.id("team:saveComment")).click();
        waitForText("Comment added.");
        assertTrue(browser.findElement(By.id("comments")).getText().contains("Can we borrow the Toulouse rig"));
        WebElement rows = browser.findElement(By.id("rows"));
        assertTrue(rows.getText().contains("At risk") && rows.getText().contains("55%"), rows.getText());
        Chromium.screenshot(browser, JOURNEY, "6-team-update");

        // 6. The KAM compares the approved version with the one before it.
        switchTo("emma.kam");
        browser.get(planPage);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan:compareWith")));
        browser.findElement(By.id("plan:compareButton")).click();
        WebElement versions = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("versions")));
        assertTrue(versions.getText().matches("v\\d+ → v\\d+.*"), versions.getText());
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("Indicator targets moved"));
        Chromium.screenshot(browser, JOURNEY, "7-compare");

        // 7. And downloads the PDF of the approved version, in the browser's session.
        browser.get(planPage);
        String href = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan:pdf"))).getAttribute("href");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        String cover = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(cover.contains("Airbus Helicopters") && cover.contains("Approved by david.kad"), cover);
        reader.close();
        assertTrue(version.startsWith("Version"), version);
    }

    private void switchTo(String user) {
        // The logout link sits in the user menu: open it (the user's name) first.
        browser.findElement(By.id("current-user")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu:logout"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:logged-out")));
        signIn(user, DEMO_PASSWORD);
    }

    private void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    private boolean inWindow(WebElement element) {
        return (Boolean) browser.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", element);
    }

}
