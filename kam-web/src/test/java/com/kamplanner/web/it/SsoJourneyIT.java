package com.kamplanner.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Single sign-on in a real headless Chromium against a real Keycloak ({@code -Psso}): Emma chooses "Sign in with
 * Keycloak", types her password on Keycloak's own page, lands on her home page as a Key Account Manager, and logs
 * out, which ends Keycloak's session too: signing in again asks Keycloak for her password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "sso";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void emmaSignsInThroughKeycloakAndHerLogoutEndsTheKeycloakSessionToo() {
        browser.get(app());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sso-login")));
        assertTrue(browser.findElement(By.id("sso-login")).getText().contains("Sign in with Keycloak"));
        Chromium.screenshot(browser, JOURNEY, "1-login-page");
        browser.findElement(By.id("sso-login")).click();

        signInOnKeycloak("emma.kam");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertTrue(browser.getCurrentUrl().startsWith(app()), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("current-user")).getText().contains("emma.kam"));
        assertTrue(browser.getPageSource().contains("Key Account Manager"), "the role from her Keycloak group");
        Chromium.screenshot(browser, JOURNEY, "3-home");

        logOut();
        assertTrue(browser.getCurrentUrl().startsWith(app() + "login.xhtml"), browser.getCurrentUrl());
        Chromium.screenshot(browser, JOURNEY, "4-logged-out");

        browser.get(app());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sso-login"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        assertTrue(browser.getCurrentUrl().contains("/realms/" + TestKeycloak.REALM + "/"),
                "Keycloak asks for the password again: its session ended with the application's");
        Chromium.screenshot(browser, JOURNEY, "5-keycloak-asks-again");
    }

    @Test
    void noraInNoMappedGroupSeesWhyAndIsNotSignedIn() {
        browser.get(app() + "login.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sso-login"))).click();
        signInOnKeycloak("nora.nogroup");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sso-refused-reason")));
        assertTrue(browser.findElement(By.id("sso-refused-reason")).getText()
                .contains("Your account has no role in KAM Planner"));
        Chromium.screenshot(browser, JOURNEY, "6-no-role");
        browser.get(app());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sso-login")));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "not signed in");
    }

    private void signInOnKeycloak(String user) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(TestKeycloak.PASSWORD);
        Chromium.screenshot(browser, JOURNEY, "2-keycloak-" + user);
        browser.findElement(By.id("kc-login")).click();
    }
}
