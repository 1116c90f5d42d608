package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * People's own pages in a real browser, one journey per section: a KAM's first login, home page, French and
 * logout; a team member updating his action plan from his home page; HR running a competency campaign and a new
 * framework version. Each section was its own class and booted its own server; one class boots once for all. Runs
 * with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleJourneyIT extends BrowserJourney {

    private static final String FIRST_LOGIN_JOURNEY = "first-login";
    private static final String WORK_JOURNEY = "work";
    private static final String COMPETENCY_JOURNEY = "competency";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    // ======== A first login (formerly FirstLoginJourneyIT) ========
    // The first journey in a real browser: a KAM logs in, sees their home page, switches to French, logs out. Runs
    // with {@code -Pe2e}; needs Debian's chromium and chromium-driver.

    @Test
    void aKamLogsInSeesTheirHomeSwitchesToFrenchAndLogsOut() {
        browser.get(Chromium.loopback(base));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "anonymous visitors land on the login page");
        browser.findElement(By.id("login:username")).sendKeys("emma.kam");
        browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        Chromium.screenshot(browser, FIRST_LOGIN_JOURNEY, "1-login");
        browser.findElement(By.id("login:submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertEquals("emma.kam", browser.findElement(By.id("current-user")).getText());
        if (!"en".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            // The page tour, which runs before, leaves her stored language French: start from English.
            browser.findElement(By.id("menu:lang-en")).click();
            wait.ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        }
        assertTrue(browser.findElement(By.id("workRoles")).getText().contains("Key Account Manager"),
                "the home page is her work as a KAM");
        assertTrue(browser.getPageSource().contains("Airbus Helicopters"));
        Chromium.screenshot(browser, FIRST_LOGIN_JOURNEY, "2-home");

        browser.findElement(By.id("menu:lang-fr")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workRoles"), "Responsable Compte Clé"));
        assertTrue(browser.findElement(By.id("welcome")).getText().contains("Planification Compte Clé"));
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        Chromium.screenshot(browser, FIRST_LOGIN_JOURNEY, "3-french");

        browser.findElement(By.id("current-user")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu:logout"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:logged-out")));
        assertTrue(browser.findElement(By.id("login:logged-out")).getText().contains("You are logged out"),
                "the session, and with it the French choice, ended: the login page is in the browser's language");
        Chromium.screenshot(browser, FIRST_LOGIN_JOURNEY, "4-logged-out");

        browser.get(Chromium.loopback(base) + "index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "after logout the home page needs a login again");

        // Her choice of French was stored: the next login is in French, whatever the browser says.
        browser.findElement(By.id("login:username")).sendKeys("emma.kam");
        browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workRoles"), "Responsable Compte Clé"));
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("menu:lang-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workRoles"), "Key Account Manager"));
    }

    // ======== What needs me (formerly WorkJourneyIT) ========
    // "What needs me" in a real browser: Tom finds the action plan he owns on his home page and updates it there, in
    // its row, with the team page's own update component, pre-filled with what the row shows; the row then shows the
    // new progress. Runs with {@code -Pe2e}.

    @Test
    void aTeamMemberUpdatesTheActionPlanHeOwnsFromHisHomePage() {
        signIn("tom.team", DEMO_PASSWORD);
        By workshops = By.xpath("//table[@id='workItems']//tr[td[contains(., 'Joint engineering workshops in Marignane')]]");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(workshops));
        String shown = row.findElement(By.cssSelector("td[data-label='Status']")).getText();
        String shownProgress = shown.replaceAll("[^0-9]", "");
        Chromium.screenshot(browser, WORK_JOURNEY, "1-home");

        row.findElement(By.xpath(".//button[contains(@id, ':edit')]")).click();
        By editor = By.cssSelector("tr.kam-edit-row");
        wait.until(ExpectedConditions.visibilityOfElementLocated(editor));
        Select status = new Select(browser.findElement(editor).findElement(By.cssSelector("select[id$=':status']")));
        assertTrue(shown.startsWith(status.getFirstSelectedOption().getText()), "pre-filled with the row's status: "
                + shown);
        WebElement progress = browser.findElement(editor).findElement(By.cssSelector("input[id$=':progress']"));
        assertEquals(shownProgress, progress.getAttribute("value"), "pre-filled with the row's progress");
        Chromium.screenshot(browser, WORK_JOURNEY, "2-update-in-place");

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
        Chromium.screenshot(browser, WORK_JOURNEY, "3-updated");
    }

    // ======== HR's competency campaign (formerly CompetencyJourneyIT) ========
    // The competency campaign in a real browser: HR opens a campaign, a KAM self-assesses, the KA Director rates, HR
    // validates, the radar shows the gaps, HR adds a development action, and the KAM sees their plan but cannot open
    // a colleague's profile. Runs with {@code -Pe2e}.

    @Test
    void hrRunsACampaignFromOpeningToTheKamsDevelopmentPlan() throws Exception {
        String campaign = "Journey review " + System.nanoTime() % 1_000_000;
        String action = "Key account strategy course " + System.nanoTime() % 1_000_000;
        String app = app();

        // 1. HR opens a campaign.
        signIn("hana.hr", DEMO_PASSWORD);
        browser.get(app + "competency/campaigns.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaigns:name"))).sendKeys(campaign);
        browser.findElement(By.id("campaigns:openCampaign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progressTitle"), campaign));
        assertTrue(browser.findElement(By.id("campaigns:progress")).getText().contains("Emma Laurent"));
        Chromium.screenshot(browser, COMPETENCY_JOURNEY, "1-campaign-opened");

        // 2. Emma self-assesses from her own profile page, citing her Key Account Plan.
        switchTo("emma.kam");
        browser.get(app + "competency/profile.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile:mine")));
        browser.findElement(By.linkText(campaign)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assessment:saveSelf")));
        long assessment = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        int rows = setLevels("self", 4);
        assertTrue(rows >= 12, "every competency of the framework is on the form");
        browser.findElement(By.id("assessment:evidence")).sendKeys("Renewed the Airbus frame contract");
        browser.findElement(By.id("assessment:evidenceRef")).sendKeys("Key Account Plan Airbus 2026");
        Chromium.screenshot(browser, COMPETENCY_JOURNEY, "2-self-assessment");
        browser.findElement(By.id("assessment:saveSelf")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Self-assessment saved."));

        // 3. The KA Director rates Emma, lower than she rated herself.
        switchTo("david.kad");
        browser.get(app + "competency/assessment.xhtml?id=" + assessment);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assessment:saveManager")));
        setLevels("manager", 2);
        browser.findElement(By.id("assessment:saveManager")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Manager assessment saved."));
        Chromium.screenshot(browser, COMPETENCY_JOURNEY, "3-manager-assessment");

        // 4. HR reviews both, sees where they differ, sets the final levels with a comment and validates.
        switchTo("hana.hr");
        browser.get(app + "competency/assessment.xhtml?id=" + assessment);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assessment:validate")));
        assertTrue(browser.findElement(By.id("assessment:ratings")).getText().contains("Self and manager differ by 2"));
        setLevels("final", 3);
        new Select(browser.findElement(By.id("assessment:ratings:10:final"))).selectByValue("2");
        browser.findElement(By.id("assessment:ratings:10:comment")).sendKeys("No multi-year plan yet");
        browser.findElement(By.id("assessment:validate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Validated"));
        assertFalse(browser.findElement(By.id("assessment:ratings:0:final")).isEnabled(), "validated: read-only");
        Chromium.screenshot(browser, COMPETENCY_JOURNEY, "4-validated");

        // 5. The radar shows Emma's levels against her target, and the gaps largest first.
        browser.findElement(By.linkText("Open the competency profile")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile\\:radar canvas")));
        long emma = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]user=(\\d+).*", "$1"));
        assertTrue(browser.findElement(By.id("lastCampaign")).getText().contains(campaign));
        List<WebElement> gapRows = browser.findElements(By.cssSelector("#profile\\:gaps tbody tr"));
        assertFalse(gapRows.isEmpty());
        assertTrue(gapRows.get(0).getText().contains("Multi-year account strategy"), gapRows.get(0).getText());
        assertTrue(browser.findElement(By.id("profile:disagreements")).getText().contains("Understanding customer needs"));
        Chromium.screenshot(browser, COMPETENCY_JOURNEY, "5-radar-and-gaps");

        // 6. HR adds a development action aimed at the largest gap.
        new Select(browser.findElement(By.id("profile:actionCompetency"))).selectByValue("STRAT_PLANNING");
        new Select(browser.findElement(By.id("profile:actionKind"))).selectByValue("TRAINING");
        browser.findElement(By.id("profile:actionDescription")).sendKeys(action);
        browser.findElement(By.id("profile:addAction")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile:plan"), action));
        Chromium.screenshot(browser, COMPETENCY_JOURNEY, "6-development-action");

        // 6b. On HR's overview Emma's gaps come as chips, largest first; the largest names its open development
        //     action (the demo's workshop or the one just added, whichever is due first) and links to her plan, and
        //     a gap without an action offers to add one, on her profile with that competency chosen.
        browser.get(app + "competency/overview.xhtml");
        List<WebElement> chips = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("#gaps-" + emma + " .kam-chip")));
        List<Integer> sizes = chips.stream().map(chip -> Integer.parseInt(chip.getAttribute("data-gap"))).toList();
        assertEquals(sizes.stream().sorted(java.util.Comparator.reverseOrder()).toList(), sizes, "largest first");
        assertTrue(chips.get(0).getText().startsWith("Multi-year account strategy"), chips.get(0).getText());
        WebElement planned = chips.get(0).findElement(By.className("kam-chip-link"));
        assertTrue(planned.getText().startsWith("Training: "), planned.getText());
        assertTrue(planned.getAttribute("href").endsWith("#development-plan"), planned.getAttribute("href"));
        assertTrue(chips.get(0).findElements(By.className("kam-chip-add")).isEmpty(), "an action, not the add link");
        assertFalse(chips.get(0).getText().contains("STRAT_PLANNING"), "a name, never a code");
        Chromium.screenshot(browser, COMPETENCY_JOURNEY, "6b-overview-gap-chips");
        WebElement without = chips.stream().filter(chip -> !chip.findElements(By.className("kam-chip-add")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("a gap without an action offers to add one"));
        String competency = without.findElement(By.className("kam-chip-name")).getText();
        without.findElement(By.className("kam-chip-add")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile:actionCompetency")));
        assertEquals(competency, new Select(browser.findElement(By.id("profile:actionCompetency")))
                .getFirstSelectedOption().getText(), "the chip's competency is chosen for the new action");

        // 7. Emma sees her plan, and cannot open a colleague's profile.
        long lucas = kamId("lucas.kam");
        switchTo("emma.kam");
        browser.get(app + "competency/profile.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile:plan"), action));
        assertTrue(browser.findElement(By.id("profile:plan")).getText().contains("Training"));
        assertEquals(emma, kamId("emma.kam"));
        Chromium.screenshot(browser, COMPETENCY_JOURNEY, "7a-kam-sees-plan");
        browser.get(app + "competency/profile.xhtml?user=" + lucas);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Access denied"));
        assertFalse(browser.getPageSource().contains("Lucas Girard"), "nothing of the colleague's profile shows");
        Chromium.screenshot(browser, COMPETENCY_JOURNEY, "7b-colleague-forbidden");
    }

    @Test
    void hrPreparesAndActivatesANewFrameworkVersion() {
        String descriptor = "Co-writes the customer's requirements, journey " + System.nanoTime() % 1_000_000;
        signIn("hana.hr", DEMO_PASSWORD);
        browser.get(app() + "competency/framework.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("framework:versions")));
        if (browser.findElements(By.id("framework:draftBox")).isEmpty()) {
            browser.findElement(By.id("framework:newDraft")).click();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("framework:draftBox")));
        new Select(browser.findElement(By.id("framework:code"))).selectByValue("SELL_NEEDS");
        String levelOne = browser.findElement(By.id("framework:descriptorFr")).getAttribute("value");
        assertFalse(levelOne.isBlank(), "the draft's texts of the chosen level are in the fields");
        new Select(browser.findElement(By.id("framework:level"))).selectByValue("5");
        wait.ignoring(StaleElementReferenceException.class).until(d -> !d.findElement(By.id("framework:descriptorFr"))
                .getAttribute("value").equals(levelOne));
        WebElement english = browser.findElement(By.id("framework:descriptorEn"));
        english.clear();
        english.sendKeys(descriptor);
        browser.findElement(By.id("framework:saveDescriptor")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Descriptor saved in the draft."));
        new Select(browser.findElement(By.id("framework:requiredLevel"))).selectByValue("3");
        browser.findElement(By.id("framework:saveTarget")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Required level saved"));
        Chromium.screenshot(browser, COMPETENCY_JOURNEY, "framework-draft");
        browser.findElement(By.cssSelector("#framework\\:versions button")).click();
        // The draft's own fields hold the descriptor too: wait for the draft to go, not for the text.
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("framework:draftBox"), 0));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains(descriptor),
                "the active version shows the new descriptor");
    }

    /** Sets one column of levels on every row of the assessment form; returns the number of rows. */
    private int setLevels(String column, int level) {
        List<WebElement> selects = browser.findElements(By.cssSelector("select[id$=':" + column + "']"));
        for (WebElement select : selects) {
            new Select(select).selectByValue(String.valueOf(level));
        }
        return selects.size();
    }

    private void switchTo(String user) {
        browser.manage().deleteAllCookies();
        signIn(user, DEMO_PASSWORD);
    }

    private long kamId(String user) throws Exception {
        String body = new Browserless(base).getWithBasic("api/competency/profiles/me", user, DEMO_PASSWORD).body();
        Matcher id = Pattern.compile("\"kamId\":(\\d+)").matcher(body);
        assertTrue(id.find(), body);
        return Long.parseLong(id.group(1));
    }
}
