package com.kamplanner.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser journey shares: a fresh headless Chromium per journey, a patient wait, the deployed
 * application's address on loopback, and signing in through the login page.
 */
abstract class BrowserJourney {

    @ArquillianResource
    URL base;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start("en-GB");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // An ajax update can replace an element between finding it and reading it: look again, don't fail.
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Quits the browser, and fails the journey if a page broke the Content-Security-Policy on the way. */
    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            List<String> violations;
            try {
                violations = CspViolations.since(browser);
            } finally {
                browser.quit();
            }
            assertTrue(violations.isEmpty(), "Content-Security-Policy violations in the console:\n"
                    + String.join("\n", violations));
        }
    }

    /** The application's root URL, on the loopback address the browser may reach. */
    String app() {
        return Chromium.loopback(base);
    }

    /**
     * Signs in and makes sure the pages are in English, the browser's language: a person's stored language wins
     * over the browser's at login, and the page tour, which ends each person's visit in French, stores French.
     */
    void signIn(String user, String password) {
        signInInStoredLanguage(user, password);
        if (!"en".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            browser.findElement(By.id("menu:lang-en")).click();
            wait.ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        }
    }

    /** Signs in and leaves the pages in the language the person stored, for a journey about that language. */
    void signInInStoredLanguage(String user, String password) {
        browser.get(app() + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    }

    /** Logs out through the user menu (the person's name opens it). */
    void logOut() {
        browser.findElement(By.id("current-user")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu:logout"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:logged-out")));
    }

    /** Chooses the option of a PrimeFaces select menu by its visible label. */
    void selectByLabel(String widgetId, String label) {
        js("var menu = PrimeFaces.getWidgetById(arguments[0]);"
                + "var option = Array.from(document.querySelectorAll('[id=\"' + arguments[0] + '_input\"] option'))"
                + ".find(o => o.text === arguments[1]); menu.selectValue(option.value);", widgetId, label);
    }

    void js(String script, Object... args) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(script, args);
    }

    void scrollTo(org.openqa.selenium.WebElement element) {
        js("arguments[0].scrollIntoView(true);", element);
    }

    /** Picks a date (yyyy-MM-dd) in a PrimeFaces date picker through its widget, as choosing it in the panel does. */
    void date(String inputId, String value) {
        String[] ymd = value.split("-");
        js("PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                inputId.replace("_input", ""), Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]),
                Integer.parseInt(ymd[2]));
        wait.until(ExpectedConditions.attributeToBe(By.id(inputId), "value", value));
    }

    /** Chooses the option with this label in a PrimeFaces select menu, firing its change event as a user would. */
    void select(String id, String label) {
        choose(id, "o.text.trim() === arguments[1]", label);
    }

    /** Chooses the first option whose label starts with this prefix, firing its change event. */
    void selectStartingWith(String id, String prefix) {
        choose(id, "o.text.trim().startsWith(arguments[1])", prefix);
    }

    /** Chooses an option of a PrimeFaces select menu through its widget, firing its change as a user would. */
    private void choose(String id, String match, String text) {
        js("var menu = PrimeFaces.getWidgetById(arguments[0]);"
                + "var option = Array.from(document.querySelectorAll('[id=\"' + arguments[0] + '_input\"] option'))"
                + ".find(o => " + match + ");"
                + "if (!option) throw new Error('no option ' + arguments[1]);"
                + "menu.selectValue(option.value); menu.triggerChange();", id, text);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), text));
        wait.until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return PrimeFaces.ajax.Queue.isEmpty()").equals(true));
    }

    /** Ticks the checkbox with this label in a PrimeFaces checkbox list. */
    void tick(String id, String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + id
                + "']//label[contains(normalize-space(), '" + label + "')]"))).click();
    }
}
