package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A KA culture the executive fosters, in a real browser (issue 19, section 3): Emma records that the Airbus
 * Helicopters relationship moved up; Claire recognises the team for it, the only kind of achievement the form can
 * offer; Lucas, another KAM, reads the recognition on his home page and still opens nothing of the account but
 * its marked best practice; David's message to the KAMs shows on Emma's home page in French when she reads French.
 * Emma puts the stage back at the end, so the demo stays as it was. Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CultureJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "culture";
    private static final String ACCOUNT = "Airbus Helicopters";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void claireRecognisesTheAirbusTeamLucasReadsItAndEmmaReadsDavidsMessageInFrench() throws Exception {
        String run = " #" + System.nanoTime() % 100_000;
        String citation = "The whole programme learns from you" + run;
        long airbus = accountId(base, ACCOUNT);
        browser.manage().window().setSize(new Dimension(1366, 900));
        try {
            // 1. Emma records the relationship moved up: the account's own evidence.
            signIn("emma.kam", DEMO_PASSWORD);
            browser.get(app() + "accounts/account.xhtml?id=" + airbus);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account:saveStages")));
            choose("account:currentStage", "Interdependent");
            browser.findElement(By.id("account:saveStages")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stages"), "Interdependent →"));
            Chromium.screenshot(browser, JOURNEY, "1-stage-moved-up");
            signOut();

            // 2. Claire recognises the team; the form offers only what the records show.
            signIn("claire.exec", DEMO_PASSWORD);
            browser.get(app() + "culture/index.xhtml");
            Select achievements = new Select(wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.id("recognise:achievement"))));
            String option = ACCOUNT + " — Relationship moved up from Cooperative to Interdependent";
            WebElement offered = achievements.getOptions().stream().filter(o -> o.getText().startsWith(option))
                    .findFirst().orElseThrow(() -> new AssertionError("not offered: " + achievements.getOptions()
                            .stream().map(WebElement::getText).toList()));
            assertTrue(achievements.getOptions().stream().map(WebElement::getText)
                    .noneMatch(t -> t.contains("contingency")), "no achievement the records cannot show");
            achievements.selectByVisibleText(offered.getText());
            browser.findElement(By.id("recognise:citation")).sendKeys(citation);
            Chromium.screenshot(browser, JOURNEY, "2-recognise-form");
            browser.findElement(By.id("recognise:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recognitions"), citation));
            Chromium.screenshot(browser, JOURNEY, "3-recognised");
            signOut();

            // 3. Lucas reads it on his home page, and nothing more of the account than before.
            signIn("lucas.kam", DEMO_PASSWORD);
            WebElement news = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeNews")));
            scrollTo(news);
            assertTrue(news.getText().contains(ACCOUNT) && news.getText().contains(citation), news.getText());
            assertTrue(news.getText().contains("Emma Laurent"), "the recognition names the team: " + news.getText());
            assertTrue(news.findElements(By.cssSelector("a[href*='account']")).isEmpty(),
                    "nothing to open of the account");
            Chromium.screenshot(browser, JOURNEY, "4-lucas-home");
            for (String page : List.of("accounts/account.xhtml?id=", "situation/database.xhtml?account=",
                    "strategy/workspace.xhtml?account=", "plan/plan.xhtml?account=", "plan/team.xhtml?account=",
                    "whitespace/map.xhtml?account=")) {
                browser.get(app() + page + airbus);
                WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-title")));
                assertFalse(browser.getPageSource().contains(citation), page);
                assertFalse(title.getText().isBlank(), page);
            }
            Chromium.screenshot(browser, JOURNEY, "5-lucas-forbidden");
            for (String path : List.of("api/accounts/" + airbus, "api/accounts/" + airbus + "/database",
                    "api/accounts/" + airbus + "/strategy", "api/accounts/" + airbus + "/plan")) {
                assertForbidden(api(base, "lucas.kam", path));
            }
            browser.get(app() + "library/index.xhtml");
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='library:practices']//a[contains("
                    + "@class, 'kam-open-practice') and contains(., '" + ACCOUNT + "')]"))).click();
            WebElement practice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("practice")));
            assertTrue(practice.getText().contains(ACCOUNT), "the marked best practice still opens");
            Chromium.screenshot(browser, JOURNEY, "6-lucas-best-practice");
            signOut();

            // 4. David writes to the KAMs, in both languages.
            signIn("david.kad", DEMO_PASSWORD);
            browser.get(app() + "culture/index.xhtml");
            new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish:audience"))))
                    .selectByVisibleText("The KAMs");
            browser.findElement(By.id("publish:textEn")).sendKeys("Submit your plans before the holidays" + run);
            browser.findElement(By.id("publish:textFr")).sendKeys("Soumettez vos plans avant les congés" + run);
            browser.findElement(By.id("publish:send")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programmeMessages"),
                    "Submit your plans before the holidays" + run));
            Chromium.screenshot(browser, JOURNEY, "7-message-published");
            signOut();

            // 5. Emma reads French: her home page shows the French text.
            signIn("emma.kam", DEMO_PASSWORD);
            browser.findElement(By.id("menu:lang-fr")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
            news = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeNews")));
            scrollTo(news);
            assertTrue(news.getText().contains("Soumettez vos plans avant les congés" + run), news.getText());
            assertFalse(news.getText().contains("Submit your plans before the holidays" + run), news.getText());
            Chromium.screenshot(browser, JOURNEY, "8-emma-home-fr");
            browser.get(app() + "culture/index.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recognitions"), citation));
            Chromium.screenshot(browser, JOURNEY, "9-culture-fr");
            browser.findElement(By.id("menu:lang-en")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        } catch (RuntimeException | AssertionError e) {
            Chromium.screenshot(browser, JOURNEY, "failure");
            Files.createDirectories(Path.of("target", "screenshots", JOURNEY));
            Files.writeString(Path.of("target", "screenshots", JOURNEY, "failure.html"), browser.getPageSource());
            throw e;
        } finally {
            putTheStageBack(airbus);
        }
    }

    /** Emma sets Airbus Helicopters back to cooperative, as the demo company has it (a move down is no evidence). */
    private void putTheStageBack(long airbus) {
        signOut();
        signIn("emma.kam", DEMO_PASSWORD);
        browser.get(app() + "accounts/account.xhtml?id=" + airbus);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account:saveStages")));
        choose("account:currentStage", "Cooperative");
        browser.findElement(By.id("account:saveStages")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stages"), "Cooperative →"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    /** Leaves the session behind, as closing the browser would, so that the next person signs in afresh. */
    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    /** Chooses an option of a PrimeFaces select menu through its widget, as a user would. */
    private void choose(String id, String label) {
        ((JavascriptExecutor) browser).executeScript(
                "var menu = PrimeFaces.getWidgetById(arguments[0]);"
                        + "var option = Array.from(document.querySelectorAll('[id=\"' + arguments[0] + '_input\"] option'))"
                        + ".find(o => o.text.trim() === arguments[1]);"
                        + "if (!option) throw new Error('no option ' + arguments[1]);"
                        + "menu.selectValue(option.value); menu.triggerChange();", id, label);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
    }
}
