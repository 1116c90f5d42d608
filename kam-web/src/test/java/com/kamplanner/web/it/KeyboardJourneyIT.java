package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * WCAG 2.1 AA for keyboard users (issue 16, section 6): Emma signs in, reaches her account's team page through the
 * menu and updates an action plan's status and progress in place, with the keyboard alone. Only keys reach the
 * browser (TAB, SHIFT+TAB, ENTER, SPACE, arrows, typing): no click and no script that clicks or focuses. Scripts
 * only read where the focus is and how it is drawn. Along the way: the skip link is the first tab stop and moves the
 * focus to the main content, every focused control shows a visible outline or ring, and the focus does not get lost
 * when the update opens or is saved. Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "keyboard";
    private static final String PLAN = "Joint engineering workshops in Marignane every quarter";
    /** More tab stops than any page on the way has before the control sought: a trap or a missing control fails. */
    private static final int MAX_TABS = 250;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void emmaUpdatesAnActionPlanFromTheTeamPageWithoutAMouse() {
        // Sign in: type, TAB, type, ENTER.
        browser.get(app() + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        tabUntil(e -> "login:username".equals(e.getAttribute("id")), "the user name field");
        keys("emma.kam", Keys.TAB);
        assertEquals("login:password", focused().getAttribute("id"));
        keys(DEMO_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        if (!"en".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            tabUntil(e -> "menu:lang-en".equals(e.getAttribute("id")), "the EN button");
            keys(Keys.ENTER);
            wait.ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            // A new page: start again from its top, as the user would after it loads.
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        }

        // The skip link is the first tab stop, shows when focused, and moves the focus to the main content.
        keys(Keys.TAB);
        WebElement skip = focused();
        assertTrue(skip.getAttribute("class").contains("skip-link"), "first tab stop: " + describe(skip));
        assertEquals("Skip to content", skip.getText());
        assertTrue(skip.isDisplayed() && skip.getRect().getX() >= 0, "the focused skip link is on screen");
        assertFocusVisible();
        Chromium.screenshot(browser, JOURNEY, "1-skip-link");
        keys(Keys.ENTER);
        wait.until(d -> "main".equals(focused().getAttribute("id")));
        // From the main content, the next TAB goes into the content, not back to the header.
        keys(Keys.TAB);
        assertTrue(isInside(focused(), "#main"), "after the skip link, TAB stays in the content: " + describe(focused()));
        // SHIFT+TAB goes back out to the header, and on backwards to the menu.
        withModifier(Keys.SHIFT, Keys.TAB);
        assertTrue(isInside(focused(), "header"), "SHIFT+TAB from the content's first stop: " + describe(focused()));
        shiftTabUntil(e -> "nav-accounts".equals(parentDetailsId(e)) && "SUMMARY".equalsIgnoreCase(e.getTagName()),
                "the Accounts menu group");
        assertFocusVisible();

        // The menu: a native disclosure. ENTER opens the group, TAB reaches its first item, ENTER follows it.
        keys(Keys.ENTER);
        wait.until(d -> browser.findElement(By.id("nav-accounts")).getAttribute("open") != null);
        keys(Keys.TAB);
        assertEquals("menu:portfolio", focused().getAttribute("id"), "the group's first item");
        assertFocusVisible();
        Chromium.screenshot(browser, JOURNEY, "2-menu");
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("accounts/index.xhtml"));

        // The portfolio: TAB to Emma's account and follow it.
        tabUntil(e -> "a".equalsIgnoreCase(e.getTagName()) && "Airbus Helicopters".equals(e.getText()),
                "the Airbus Helicopters link");
        assertFocusVisible();
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("accounts/account.xhtml"));

        // The account's tabs: TAB to Team and follow it.
        tabUntil(e -> "tab-team".equals(e.getAttribute("id")), "the Team tab");
        assertFocusVisible();
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("plan/team.xhtml"));
        By planRow = By.xpath("//table[@id='rows']//tr[td[contains(., '" + PLAN + "')]]");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(planRow));
        String shownStatus = row.findElement(By.cssSelector("td[data-label] .kam-badge")).getText();
        int shownProgress = Integer.parseInt(row.findElement(By.cssSelector("td.num")).getText().replaceAll("[^0-9]", ""));
        Chromium.screenshot(browser, JOURNEY, "3-team-page");

        // The action plan's update: TAB to its button (named after the plan), ENTER opens the form in place.
        tabUntil(e -> e.getAttribute("id") != null && e.getAttribute("id").endsWith(":edit")
                && String.valueOf(e.getAttribute("aria-label")).contains(PLAN), "the update button of " + PLAN);
        assertFocusVisible();
        String editButton = focused().getAttribute("id");
        keys(Keys.ENTER);
        By editor = By.cssSelector("tr.kam-edit-row");
        wait.until(ExpectedConditions.visibilityOfElementLocated(editor));
        // The focus moves into the form it opened, on its first field: the status.
        wait.until(d -> String.valueOf(focused().getAttribute("id")).endsWith(":status"));
        assertFocusVisible();
        Select status = new Select(focused());
        assertEquals(shownStatus, status.getFirstSelectedOption().getText(), "pre-filled with the row's status");

        // Arrow keys move a closed select's choice; no list pops up to trap the focus.
        String target = "At risk".equals(shownStatus) ? "On track" : "At risk";
        chooseWithArrows(status, target);
        int next = (shownProgress + 13) % 100;
        keys(Keys.TAB);
        assertTrue(focused().getAttribute("id").endsWith(":progress"), "TAB goes on to the progress");
        assertFocusVisible();
        withModifier(Keys.CONTROL, "a");
        keys(String.valueOf(next));
        keys(Keys.TAB);
        assertTrue(focused().getAttribute("id").endsWith(":updateComment"), "then to the comment");
        keys("Updated with the keyboard alone.");
        keys(Keys.TAB);
        assertTrue(focused().getAttribute("id").endsWith(":saveUpdate"), "then to Save: " + describe(focused()));
        assertFocusVisible();
        Chromium.screenshot(browser, JOURNEY, "4-update-filled");
        keys(Keys.SPACE);

        waitForText("Update of “" + PLAN + "” saved.");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(editor));
        // The focus is not lost with the form the save replaced: it is back on the button that opened it.
        wait.until(d -> editButton.equals(focused().getAttribute("id")));
        assertFocusVisible();
        Chromium.screenshot(browser, JOURNEY, "5-saved");

        // The change is stored: after a reload the row shows the new status, progress and comment.
        browser.navigate().refresh();
        row = wait.until(ExpectedConditions.presenceOfElementLocated(planRow));
        assertEquals(target, row.findElement(By.cssSelector("td[data-label] .kam-badge")).getText());
        assertEquals(next + "%", row.findElement(By.cssSelector("td.num")).getText().trim());
        assertTrue(row.getText().contains("Updated with the keyboard alone."), row.getText());
    }

    /** Presses ArrowDown (or ArrowUp once the end is passed) on the focused select until it shows {@code label}. */
    private void chooseWithArrows(Select select, String label) {
        for (Keys arrow : new Keys[] {Keys.ARROW_DOWN, Keys.ARROW_UP}) {
            for (int i = 0; i < select.getOptions().size(); i++) {
                if (label.equals(select.getFirstSelectedOption().getText())) {
                    return;
                }
                keys(arrow);
            }
        }
        assertEquals(label, select.getFirstSelectedOption().getText(), "the arrow keys reach " + label);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    /** Holds a modifier (SHIFT, CONTROL) down while pressing a key, as a person does. */
    private void withModifier(Keys modifier, CharSequence key) {
        new Actions(browser).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    private void tabUntil(Predicate<WebElement> found, String what) {
        moveUntil(() -> keys(Keys.TAB), found, what);
    }

    private void shiftTabUntil(Predicate<WebElement> found, String what) {
        moveUntil(() -> withModifier(Keys.SHIFT, Keys.TAB), found, what);
    }

    /** Presses a key until the focus reaches the element sought; fails on a trap (the focus stops moving). */
    private void moveUntil(Runnable press, Predicate<WebElement> found, String what) {
        WebElement before = null;
        int stuck = 0;
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement now = focused();
            if (found.test(now)) {
                return;
            }
            stuck = now.equals(before) ? stuck + 1 : 0;
            if (stuck > 3) {
                fail("the focus is trapped on " + describe(now) + " while looking for " + what);
            }
            before = now;
            press.run();
        }
        fail(what + " not reached in " + MAX_TABS + " key presses; the focus is on " + describe(focused()));
    }

    /** The focused element draws an outline or a ring (box-shadow) that a sighted keyboard user sees. */
    private void assertFocusVisible() {
        WebElement element = focused();
        String style = (String) browser.executeScript(
                "var s = getComputedStyle(document.activeElement);"
                        + "return s.outlineStyle + '|' + s.outlineWidth + '|' + s.boxShadow;");
        String[] parts = style.split("\\|", 3);
        boolean outline = !"none".equals(parts[0]) && !parts[1].startsWith("0");
        boolean ring = !"none".equals(parts[2]);
        assertTrue(outline || ring, "no visible focus on " + describe(element) + ": " + style);
    }

    private boolean isInside(WebElement element, String ancestorSelector) {
        return (Boolean) browser.executeScript("return !!arguments[0].closest(arguments[1]);", element, ancestorSelector);
    }

    private String parentDetailsId(WebElement element) {
        Object id = browser.executeScript("var d = arguments[0].closest('details'); return d ? d.id : null;", element);
        return id == null ? null : id.toString();
    }

    private static String describe(WebElement element) {
        return element.getTagName() + "#" + element.getAttribute("id") + " «" + element.getText() + "»";
    }

    private void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }
}
