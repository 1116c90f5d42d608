package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The programme's rhythm reaching people, in a real browser with Emma's stored language French: she submits the
 * working version of the Airbus Helicopters plan and the KA Director finds it in the review queue of his home page;
 * he returns it with a comment; Emma's bell shows the one unread notification, her home page the returned plan,
 * and her inbox (GreenMail, on the port of the {@code mail/kam} session the test post-boot file creates) the mail,
 * in French; she resubmits and the queue shows it again. The Director then approves it and Emma goes back to
 * English, so that the plan and her language are as the other journeys expect. Runs with {@code -Pe2e}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewRhythmJourneyIT extends BrowserJourney {

    private static final String JOURNEY = "review-rhythm";
    private static final String EMMA_MAIL = "emma.kam@demo.kam-planner.example";
    /** The outbox sends once a minute: a mail may wait for the next tick and the one after. */
    private static final long MAIL_WAIT_MILLIS = 180_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void emmaHearsInFrenchThatHerPlanWasReturnedAndTheDirectorSeesItAgainWhenSheResubmits() throws Exception {
        long airbus = accountId(base, "Airbus Helicopters");
        String planPage = app() + "plan/plan.xhtml?account=" + airbus;
        // Unique to this run: the journeys' database is kept between builds, and so is its outbox.
        String comment = "Chiffrez la part de portefeuille visée pour le H160 (revue " + System.currentTimeMillis() + ")";
        GreenMail inbox = new GreenMail(new ServerSetup(Integer.parseInt(System.getProperty("kam.smtpPort")),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        inbox.start();
        try {
            // Emma stores French, and it is hers: the next login is in French although the browser asks for English.
            signIn("emma.kam", DEMO_PASSWORD);
            browser.findElement(By.id("menu:lang-fr")).click();
            wait.ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
            logOut();
            signInInStoredLanguage("emma.kam", DEMO_PASSWORD);
            assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
            // Whatever earlier runs told her is read: the bell counts what this journey makes.
            browser.get(app() + "notifications.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
            if (!browser.findElements(By.id("notifications:read-all")).isEmpty()) {
                browser.findElement(By.id("notifications:read-all")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Rien de non lu."));
                browser.navigate().refresh();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
            }
            assertEquals("Rien de non lu.", browser.findElement(By.id("summary")).getText());
            assertTrue(browser.findElements(By.cssSelector("#bell .kam-bell-count")).isEmpty(), "nothing unread");

            // 1. Emma submits her working version; the Director's home page shows it in the review queue.
            workingVersion(planPage);
            Chromium.screenshot(browser, JOURNEY, "1-working-version-fr");
            browser.findElement(By.id("plan:submit")).click();
            waitForText("Version du plan soumise à la revue.");
            logOut();
            signIn("david.kad", DEMO_PASSWORD);
            WebElement waiting = awaitingReview();
            Chromium.screenshot(browser, JOURNEY, "2-director-queue");

            // 2. The Director opens it from his queue and returns it with a comment.
            waiting.findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan:reviewComment"))).sendKeys(comment);
            browser.findElement(By.id("plan:returnToKam")).click();
            waitForText("returned to the KAM");
            browser.get(app());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
            assertTrue(browser.findElements(awaitingAirbus()).isEmpty(), "a returned plan leaves the queue");

            // 3. Emma's bell shows 1, her home page the returned plan with the comment, her inbox the mail in French.
            logOut();
            signInInStoredLanguage("emma.kam", DEMO_PASSWORD);
            assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"), "still French");
            assertEquals("1", browser.findElement(By.cssSelector("#bell .kam-bell-count")).getText());
            assertEquals("Notifications, 1 non lue", browser.findElement(By.id("bell")).getAttribute("aria-label"));
            WebElement returned = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//tr[contains(@class, 'kam-work-PLAN_RETURNED')][contains(., 'Airbus Helicopters')]")));
            assertTrue(returned.getText().contains("renvoyée par le Directeur Comptes Clés")
                    && returned.getText().contains(comment), returned.getText());
            Chromium.screenshot(browser, JOURNEY, "3-emma-home-returned-fr");

            MimeMessage mail = mailTo(inbox, comment);
            assertEquals("fr", mail.getHeader("Content-Language", null));
            assertTrue(mail.getSubject().startsWith("Airbus Helicopters : version ")
                    && mail.getSubject().endsWith(" du plan renvoyée par le Directeur Comptes Clés : « " + comment + " »"),
                    mail.getSubject());
            String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
            assertTrue(text.contains("Ouvrez-la dans KAM Planner avec le lien ci-dessous."), text);
            assertTrue(text.contains("plan/plan.xhtml?account=" + airbus), "the link to the plan: " + text);

            // 4. Emma resubmits from the returned plan; the Director's queue shows it again.
            returned.findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("returned")));
            assertTrue(browser.findElement(By.id("returned")).getText().contains(comment));
            browser.findElement(By.id("plan:submit")).click();
            waitForText("Version du plan soumise à la revue.");
            logOut();
            signIn("david.kad", DEMO_PASSWORD);
            awaitingReview();
            Chromium.screenshot(browser, JOURNEY, "4-director-queue-again");

            // The Director approves it: the plan ends approved, as the plan journey leaves it.
            browser.get(planPage);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("plan:approve"))).click();
            waitForText("Plan version approved.");
            logOut();
        } finally {
            inbox.stop();
            // Emma goes back to English (signIn stores it), the language the other journeys start from.
            browser.manage().deleteAllCookies();
            signIn("emma.kam", DEMO_PASSWORD);
        }
    }

    /** Opens the plan on its working version: a version an interrupted run left submitted is approved first. */
    private void workingVersion(String planPage) {
        browser.get(planPage);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-content")));
        if (browser.findElements(By.id("plan:submit")).isEmpty() && browser.findElements(By.id("plan:rollForward"))
                .isEmpty()) {
            logOut();
            signIn("david.kad", DEMO_PASSWORD);
            browser.get(planPage);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("plan:approve"))).click();
            waitForText("Plan version approved.");
            logOut();
            signInInStoredLanguage("emma.kam", DEMO_PASSWORD);
            browser.get(planPage);
        }
        if (!browser.findElements(By.id("plan:rollForward")).isEmpty()) {
            browser.findElement(By.id("plan:rollForward")).click();
            waitForText("commencée pour la période suivante");
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.id("plan:submit")));
    }

    /** The Director's home page row saying that the Airbus Helicopters plan waits for his review. */
    private WebElement awaitingReview() {
        browser.get(app());
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(awaitingAirbus()));
        assertTrue(row.getText().contains("waits for your review"), row.getText());
        return row;
    }

    private static By awaitingAirbus() {
        return By.xpath("//table[@id='workItems']//tr[contains(@class, 'kam-work-PLAN_AWAITING_REVIEW')]"
                + "[contains(., 'Airbus Helicopters')]");
    }

    /** The one mail to Emma carrying this comment, once the outbox's sender has run. */
    private static MimeMessage mailTo(GreenMail inbox, String comment) throws InterruptedException {
        long deadline = System.currentTimeMillis() + MAIL_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> found = Arrays.stream(inbox.getReceivedMessages())
                    .filter(m -> to(m).contains(EMMA_MAIL) && subject(m).contains(comment)).toList();
            if (!found.isEmpty()) {
                assertEquals(1, found.size(), "mailed once");
                return found.get(0);
            }
            inbox.waitForIncomingEmail(5_000, inbox.getReceivedMessages().length + 1);
        }
        return fail("no mail to Emma with the comment within " + MAIL_WAIT_MILLIS / 1000 + " s; received: "
                + Arrays.stream(inbox.getReceivedMessages()).map(ReviewRhythmJourneyIT::subject).toList());
    }

    private static String to(MimeMessage message) {
        try {
            return Optional.ofNullable(message.getRecipients(Message.RecipientType.TO)).map(Arrays::toString)
                    .orElse("");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }
}
