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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The first journey in a real browser: a KAM logs in, sees their home page, switches to French, logs out.
 * Runs with {@code -Pe2e}; needs Debian's chromium and chromium-driver.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirstLoginJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "first-login";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void aKamLogsInSeesTheirHomeSwitchesToFrenchAndLogsOut() {
        browser.get(Chromium.loopback(base));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "anonymous visitors land on the login page");
        browser.findElement(By.id("login:username")).sendKeys("emma.kam");
        browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        Chromium.screenshot(browser, JOURNEY, "1-login");
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
        Chromium.screenshot(browser, JOURNEY, "2-home");

        browser.findElement(By.id("menu:lang-fr")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workRoles"), "Responsable Compte Clé"));
        assertTrue(browser.findElement(By.id("welcome")).getText().contains("Planification Compte Clé"));
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        Chromium.screenshot(browser, JOURNEY, "3-french");

        browser.findElement(By.id("current-user")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu:logout"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:logged-out")));
        assertTrue(browser.findElement(By.id("login:logged-out")).getText().contains("You are logged out"),
                "the session, and with it the French choice, ended: the login page is in the browser's language");
        Chromium.screenshot(browser, JOURNEY, "4-logged-out");

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
}
