package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.runAs;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Arrays;
import com.kamplanner.account.Account;
import com.kamplanner.notification.Occasion;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.NotificationKind;
import com.icegreen.greenmail.util.ServerSetup;
import com.kamplanner.mail.MailOutbox;
import com.kamplanner.mail.MailSender;
import com.kamplanner.mail.MailStatus;
import com.kamplanner.mail.Outbox;
import com.kamplanner.mail.OutboxMail;
import com.kamplanner.people.AppUser;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail through a real SMTP server: GreenMail runs inside Payara Micro on the port of the {@code mail/kam}
 * session that the test post-boot file created (a port the build reserved). A committed mail arrives once as
 * plain text and HTML; with the server down it waits and arrives once when the server is back; past the give-up
 * time it fails with the error; and only the administrator reads the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(MailOutboxIT.class)
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class));
    }

    @Resource(lookup = "mail/kam")
    Session session;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @EJB
    MailOutbox outbox;

    @EJB
    MailSender sender;

    @EJB
    Notifications notifications;

    @EJB
    Outbox adminOutbox;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    AsKam asKam;

    @ArquillianResource
    URL base;

    @Test
    void aCommittedMailArrivesOnceAsPlainTextAndHtmlInTheRecipientsLanguage() throws Exception {
        GreenMail smtp = smtpServer();
        try {
            AppUser emma = user(em, "emma.kam");
            long id = enqueue(emma.getId(), "Votre plan a été renvoyé", "Bonjour Emma,\nvotre plan a été renvoyé.",
                    "<p>Bonjour Emma,</p><p>votre plan a été <strong>renvoyé</strong>.</p>");

            sender.sendDue(Instant.now());
            assertTrue(smtp.waitForIncomingEmail(10_000, 1), "the mail reached the SMTP server");
            sender.sendDue(Instant.now().plus(Duration.ofHours(2)));

            List<MimeMessage> received = received(smtp, "Votre plan a été renvoyé");
            assertEquals(1, received.size(), "sent once, however often the sender runs");
            MimeMessage mail = received.get(0);
            assertEquals(emma.getEmail(), mail.getRecipients(Message.RecipientType.TO)[0].toString());
            assertEquals("Votre plan a été renvoyé", mail.getSubject());
            assertEquals("fr", mail.getHeader("Content-Language", null));
            assertTrue(mail.getContentType().startsWith("multipart/alternative"), mail.getContentType());
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            assertEquals(2, parts.getCount());
            assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
            assertTrue(((String) parts.getBodyPart(0).getContent()).contains("votre plan a été renvoyé"));
            assertTrue(((String) parts.getBodyPart(0).getContent()).contains("plan/plan.xhtml?id=1"),
                    "the link to the item is in the text");
            assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
            assertTrue(((String) parts.getBodyPart(1).getContent()).contains("<strong>renvoyé</strong>"));

            OutboxMail row = row(id);
            assertEquals(MailStatus.SENT, row.getStatus());
            assertEquals(1, row.getAttempts());
            assertNotNull(row.getSentAt());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMailIsWrittenOnlyInTheTransactionOfItsEvent() {
        assertThrows(EJBTransactionRequiredException.class, () -> outbox.enqueue("it@example.test", Locale.ENGLISH,
                "Outside", "No transaction", "<p>No transaction</p>", null));
    }

    @Test
    void withTheSmtpServerDownTheMailWaitsAndArrivesOnceWhenItIsBack() throws Exception {
        long id = enqueue(user(em, "lucas.kam").getId(), "Plan returned", "Your plan was returned.",
                "<p>Your plan was returned.</p>");
        Instant firstTry = Instant.now();

        sender.sendDue(firstTry);
        OutboxMail refused = row(id);
        assertEquals(MailStatus.WAITING, refused.getStatus(), "kept for another attempt");
        assertEquals(1, refused.getAttempts());
        assertNotNull(refused.getLastError(), "the refusal is recorded");
        assertTrue(refused.getNextAttemptAt().isAfter(firstTry), "tried again later, not at once");

        GreenMail smtp = smtpServer();
        try {
            sender.sendDue(refused.getNextAttemptAt().plusSeconds(1));
            assertTrue(smtp.waitForIncomingEmail(10_000, 1), "the mail arrives once the server is back");
            sender.sendDue(refused.getNextAttemptAt().plus(Duration.ofHours(1)));
            assertEquals(1, received(smtp, "Plan returned").size(), "and only once");
            OutboxMail sent = row(id);
            assertEquals(MailStatus.SENT, sent.getStatus());
            assertEquals(2, sent.getAttempts());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMailStillRefusedAtItsGiveUpTimeFailsWithTheError() throws Exception {
        long id = enqueue(user(em, "david.kad").getId(), "Review due", "A plan waits for your review.",
                "<p>A plan waits for your review.</p>");
        tx.begin();
        em.createNativeQuery("update mail_outbox set created_at = ?1, next_attempt_at = ?1 where id = ?2")
                .setParameter(1, Timestamp.from(Instant.now().minus(Duration.ofDays(2)))).setParameter(2, id)
                .executeUpdate();
        tx.commit();

        sender.sendDue(Instant.now());

        OutboxMail failed = row(id);
        assertEquals(MailStatus.FAILED, failed.getStatus(), "given up a day after it was written");
        assertNotNull(failed.getLastError());
        assertTrue(failed.getLastError().contains("onnect"), "the error says why: " + failed.getLastError());
        long failedCount = runAs(asAdministrator, () -> adminOutbox.count(Optional.of(MailStatus.FAILED)));
        assertTrue(failedCount >= 1, "the administrator sees it among the failed");
    }

    @Test
    void onlyTheAdministratorReadsTheOutbox() throws Exception {
        assertTrue(runAs(asAdministrator, () -> adminOutbox.isMailOn()), "mail/kam is there: e-mail is on");
        assertDenied(() -> runAs(asKam, () -> adminOutbox.counts()));
        assertDenied(() -> runAs(asKam, () -> adminOutbox.page(Optional.empty(), 0, 25)));

        HttpResponse<String> forKam = signedIn(base, "emma.kam").get("admin/outbox.xhtml");
        assertForbidden(forKam);
        HttpResponse<String> forAdmin = signedIn(base, "admin").get("admin/outbox.xhtml");
        assertEquals(200, forAdmin.statusCode());
        assertTrue(forAdmin.body().contains("E-mail is on"), "the page says e-mail is on");
    }

    @Test
    void theMetricsCountTheMailsSentFailedAndWaiting() throws Exception {
        GreenMail smtp = smtpServer();
        try {
            enqueue(user(em, "claire.exec").getId(), "Sponsor meeting due", "Your sponsor meeting is due.",
                    "<p>Your sponsor meeting is due.</p>");
            sender.sendDue(Instant.now());
            assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        } finally {
            smtp.stop();
        }
        String metrics = new Browserless(base).get("metrics").body();
        assertTrue(metrics.matches("(?s).*\\bkam_mails_sent_total(\\{[^}]*\\})? [1-9].*"), metrics);
        assertTrue(metrics.matches("(?s).*\\bkam_mails_failed_total(\\{[^}]*\\})? [0-9].*"), metrics);
        assertTrue(metrics.matches("(?s).*\\bkam_mails_waiting(\\{[^}]*\\})? [0-9].*"), metrics);

        long before = notificationsMade(metrics);
        tx.begin();
        Account account = new Account("Metrics " + System.nanoTime(), "Testing", "FR");
        account.setKam(user(em, "emma.kam"));
        em.persist(account);
        notifications.notify(Occasion.onAccount(NotificationKind.PLAN_APPROVED, account.getId(),
                "plan/plan.xhtml?account=" + account.getId(), account.getName(), "1"), null, null);
        tx.commit();
        assertEquals(before + 1, notificationsMade(new Browserless(base).get("metrics").body()),
                "one notification, to Emma: one more counted");
    }

    private static long notificationsMade(String metrics) {
        java.util.regex.Matcher value = java.util.regex.Pattern
                .compile("(?m)^kam_notifications_total(\\{[^}]*\\})? ([0-9.]+)").matcher(metrics);
        assertTrue(value.find(), metrics);
        return (long) Double.parseDouble(value.group(2));
    }

    @Test
    void aReturnedPlanIsMailedAtOnceToItsKamInHerLanguageAndNothingReachesAnotherKam() throws Exception {
        String name = "Mail Returned " + System.nanoTime();
        tx.begin();
        AppUser emma = user(em, "emma.kam");
        String before = emma.getLanguage();
        language("emma.kam", "fr");
        Account account = new Account(name, "Testing", "FR");
        account.setKam(emma);
        account.setKeyAccount(true);
        em.persist(account);
        tx.commit();
        try {
            tx.begin();
            notifications.notify(Occasion.onAccount(NotificationKind.PLAN_RETURNED, account.getId(),
                    "plan/plan.xhtml?account=" + account.getId(), name, "2", "Plus de chiffres"), null, null);
            notifications.notify(Occasion.onAccount(NotificationKind.ACTION_PLAN_COMMENTED, account.getId(),
                    "plan/team.xhtml?account=" + account.getId(), "Visite", name, "Tom", "Vu"), user(em, "tom.team"),
                    null);
            tx.commit();
            List<OutboxMail> rows = em.createQuery("select m from OutboxMail m where m.subject like :name",
                    OutboxMail.class).setParameter("name", "%" + name + "%").getResultList();
            assertEquals(1, rows.size(), "the return is mailed at once; a comment waits for the digests: " + rows);
            assertEquals(emma.getEmail(), rows.get(0).getAddress());
            assertEquals("fr", rows.get(0).getLanguage());

            GreenMail smtp = smtpServer();
            try {
                sender.sendDue(Instant.now());
                assertTrue(smtp.waitForIncomingEmail(10_000, 1));
                MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectOf(m).contains(name))
                        .findFirst().orElseThrow();
                assertEquals(name + " : version 2 du plan renvoyée par le Directeur Comptes Clés : « Plus de chiffres »",
                        mail.getSubject());
                assertEquals(emma.getEmail(), mail.getRecipients(Message.RecipientType.TO)[0].toString());
                String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
                assertTrue(text.contains("Ouvrez-la dans KAM Planner"), text);
                assertTrue(text.contains("plan/plan.xhtml?account=" + account.getId()), text);
                String lucas = user(em, "lucas.kam").getEmail();
                assertTrue(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectOf(m).contains(name))
                        .noneMatch(m -> recipientsOf(m).contains(lucas)), "nothing of Emma's account reaches Lucas");
            } finally {
                smtp.stop();
            }
        } finally {
            tx.begin();
            language("emma.kam", before);
            tx.commit();
        }
    }

    /** Stores a person's language as their EN/FR switch would, and forgets the cached user. */
    private void language(String username, String language) {
        em.createNativeQuery("update app_user set language = ? where username = ?").setParameter(1, language)
                .setParameter(2, username).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(AppUser.class);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipientsOf(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a mail to a user in a transaction of its own, as an event would, and returns its id. */
    private long enqueue(long userId, String subject, String text, String html) throws Exception {
        tx.begin();
        try {
            OutboxMail mail = outbox.enqueue(userId, subject.startsWith("Votre") ? Locale.FRENCH : Locale.ENGLISH,
                    subject, text, html, "/plan/plan.xhtml?id=1").orElseThrow();
            tx.commit();
            return mail.getId();
        } catch (Exception | AssertionError e) {
            tx.rollback();
            throw e;
        }
    }

    /** The mails GreenMail received with this subject (the outbox may hold other tests' mails too). */
    private static List<MimeMessage> received(GreenMail smtp, String subject) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                found.add(message);
            }
        }
        return found;
    }

    private OutboxMail row(long id) {
        return em.createQuery("select m from OutboxMail m where m.id = :id", OutboxMail.class)
                .setParameter("id", id).setHint("eclipselink.refresh", "true").getSingleResult();
    }

    /** GreenMail on the loopback port of the mail session, started. */
    private GreenMail smtpServer() {
        int port = Integer.parseInt(session.getProperty("mail.smtp.port"));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
