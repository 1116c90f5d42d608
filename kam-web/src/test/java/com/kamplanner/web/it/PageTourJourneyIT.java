package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of every role, in English and in French, as a person sees it at 1,366 px, on a 768 px tablet and, for
 * the pages used on the move, on a 390 px phone: one visit of each page takes its full-page screenshot into
 * {@code target/screenshots/tour/<user>-<language>/} and runs the layout checks of {@link PageTour}. A finding fails
 * the test, and the whole list is in that folder's {@code findings.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageTourJourneyIT {

    private static final Set<String> CODES = EnumCodes.ofTheApplication();

    @ArquillianResource
    java.net.URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void theKaDirectorsPages() {
        tour("david.kad", 20, "whitespace/map.xhtml", "whitespace/portfolio.xhtml", "whitespace/catalogue.xhtml",
                "culture/index.xhtml");
    }

    @Test
    void theExecutivesPages() {
        tour("claire.exec", 8, "whitespace/map.xhtml", "whitespace/portfolio.xhtml", "accounts/sponsorships.xhtml", "culture/index.xhtml");
    }

    @Test
    void aKamsPages() {
        tour("emma.kam", 12, "whitespace/map.xhtml", "strategy/sponsor-follow-up.xhtml", "culture/index.xhtml");
    }

    @Test
    void aTeamMembersPages() {
        tour("tom.team", 3, "culture/index.xhtml");
    }

    @Test
    void anExternalPartnersPages() {
        tour("paul.partner", 2);
    }

    @Test
    void hrsPages() {
        tour("hana.hr", 5);
    }

    @Test
    void theAdministratorsPages() {
        tour("admin", 5);
    }

    /**
     * Both languages see the same pages, at least {@code atLeast} of them and every one of {@code reached}, and no
     * page has a finding. The two languages are toured side by side, each in its own browser and session: while one
     * browser renders and runs axe, the server answers the other, which halves what the tour adds to CI's wall clock
     * on two cores.
     */
    private void tour(String username, int atLeast, String... reached) {
        ExecutorService languages = Executors.newFixedThreadPool(2);
        try {
            Future<Visit> english = languages.submit(() -> visit(username, "en"));
            Future<Visit> french = languages.submit(() -> visit(username, "fr"));
            Visit en = outcome(english);
            Visit fr = outcome(french);
            for (Visit visit : List.of(en, fr)) {
                List<String> pages = visit.pages();
                assertTrue(pages.size() >= atLeast, username + " reaches only " + pages);
                for (String page : reached) {
                    assertTrue(pages.contains(page), username + " reaches " + page + ": " + pages);
                }
                assertTrue(pages.contains("me/calendar.xhtml"), username + " reaches their calendar page: " + pages);
                assertTrue(pages.contains("me/mail-preferences.xhtml"),
                        username + " reaches their e-mail preferences: " + pages);
                assertTrue(pages.contains("me/tokens.xhtml"), username + " reaches their API tokens: " + pages);
                assertTrue(!username.equals("admin") || pages.contains("admin/tokens.xhtml"),
                        "the administrator reaches everyone's API tokens: " + pages);
            }
            assertEquals(en.pages().stream().sorted().toList(), fr.pages().stream().sorted().toList(),
                    "the same pages in both languages");
            List<String> findings = new ArrayList<>(en.findings());
            findings.addAll(fr.findings());
            assertTrue(findings.isEmpty(), username + " sees " + findings.size() + " layout findings:\n"
                    + String.join("\n", findings));
        } finally {
            languages.shutdownNow();
        }
    }

    /** What one language's tour saw: the pages visited, and the findings, each prefixed with the language. */
    private record Visit(List<String> pages, List<String> findings) {
    }

    private Visit visit(String username, String language) {
        List<String> findings = new ArrayList<>();
        ChromeDriver browser = Chromium.start(language.equals("en") ? "en-GB" : "fr-FR");
        try {
            signIn(browser, username, language);
            assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
            CspViolations.since(browser).forEach(violation -> findings.add(language + " login: CSP " + violation));
            PageTour tour = new PageTour(browser, Chromium.loopback(base), username + "-" + language, CODES);
            tour.visitAll().forEach(finding -> findings.add(language + " " + finding));
            return new Visit(List.copyOf(tour.visited().keySet()), findings);
        } finally {
            browser.quit();
        }
    }

    /** The language's visit, or what made it fail, thrown as it was. */
    private static Visit outcome(Future<Visit> visit) {
        try {
            return visit.get(30, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new AssertionError("the tour did not end within 30 minutes", e);
        }
    }

    /**
     * Signs in, then makes sure the pages are in {@code language}: a person's stored language wins over the
     * browser's at login, and an earlier tour or journey may have stored the other one.
     */
    private void signIn(ChromeDriver browser, String username, String language) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(Chromium.loopback(base) + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        if (!language.equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            browser.findElement(By.id("menu:lang-" + language)).click();
            wait.ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
        }
    }
}
