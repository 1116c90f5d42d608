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
import com.kamplanner.mail.Delivery;
import com.kamplanner.mail.MailChoices;
import com.kamplanner.mail.MailDigests;
import com.kamplanner.mail.MailOutbox;
import com.kamplanner.mail.MyMailPreferences;
import com.kamplanner.mail.StoredPreferences;
import com.kamplanner.notification.Notification;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * time it fails with the error; and only the administrator reads the outbox. Each person's preferences decide
 * what is mailed at once, what waits for their digest and what is never mailed; a digest arrives once, in the
 * reader's language, with only what they may still read.
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
    MailDigests digests;

    @EJB
    MyMailPreferences myPreferences;

    @EJB
    StoredPreferences storedPreferences;

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

    @Test
    void preferencesDecideWhatIsMailedAtOnceWhatWaitsForTheDigestAndWhatIsNeverMailed() throws Exception {
        String name = "Mail Prefs " + System.nanoTime();
        AppUser emma = user(em, "emma.kam");
        Account account = account(name, emma);
        ZonedDateTime today = ZonedDateTime.now();
        DayOfWeek weeklyDay = today.plusDays(2).getDayOfWeek();
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        chosen.put(NotificationKind.PLAN_RETURNED, Delivery.NONE);
        chosen.put(NotificationKind.ACTION_PLAN_COMMENTED, Delivery.IMMEDIATE);
        chosen.put(NotificationKind.ACTION_PLAN_LATE, Delivery.WEEKLY);
        runAs(asKam, () -> {
            myPreferences.save(new MailChoices(chosen, weeklyDay, myPreferences.load().version()));
            return null;
        });
        try {
            tx.begin();
            Notification returned = one(notifications.notify(Occasion.onAccount(NotificationKind.PLAN_RETURNED,
                    account.getId(), "plan/plan.xhtml?account=" + account.getId(), name, "2", "Non"), null, null));
            Notification commented = one(notifications.notify(Occasion.onAccount(
                    NotificationKind.ACTION_PLAN_COMMENTED, account.getId(), "plan/team.xhtml?account=" + account.getId(),
                    "Supplier day", name, "Tom", "Vu"), null, null));
            Notification late = one(notifications.notify(Occasion.onAccount(NotificationKind.ACTION_PLAN_LATE,
                    account.getId(), "plan/team.xhtml?account=" + account.getId(), "Plant audit", name, "2026-12-01"),
                    null, null));
            Notification assigned = one(notifications.notify(Occasion.onAccount(
                    NotificationKind.ACTION_PLAN_ASSIGNED, account.getId(), "plan/team.xhtml?account=" + account.getId(),
                    "Trade fair", name, "Tom"), null, null));
            tx.commit();

            List<OutboxMail> rows = rowsAbout(name);
            assertEquals(1, rows.size(), "only the kind set to immediately is mailed at once: " + rows);
            assertTrue(rows.get(0).getSubject().contains("Supplier day"), rows.get(0).getSubject());
            assertTrue(rows.get(0).getPlainText().contains("me/mail-preferences.xhtml"), "with the preferences' link");
            assertTrue(rows.get(0).getHtml().contains("plan/team.xhtml?account=" + account.getId()), "and the item's");
            assertNotNull(reread(returned).getDigestedAt(), "not by e-mail: done with, no digest will take it");
            assertNotNull(reread(commented).getDigestedAt(), "mailed at once: no digest will take it again");
            assertEquals(null, reread(late).getDigestedAt(), "weekly: it waits for the digest");
            assertEquals(null, reread(assigned).getDigestedAt(), "daily by default: it waits for the digest");
            assertEquals(Delivery.NONE, storedPreferences.of(emma.getId()).delivery(NotificationKind.PLAN_RETURNED));
            assertEquals(weeklyDay, storedPreferences.of(emma.getId()).weeklyDay());

            digests.writeDue(today);
            List<OutboxMail> daily = rowsAbout(name).stream().filter(m -> m.getPlainText().contains("Trade fair")).toList();
            assertEquals(1, daily.size(), "the daily digest takes the daily kind");
            assertTrue(!daily.get(0).getPlainText().contains("Plant audit")
                    && !daily.get(0).getPlainText().contains("Supplier day"),
                    "and neither the weekly one nor the one mailed at once: " + daily.get(0).getPlainText());
            assertEquals(null, reread(late).getDigestedAt(), "the weekly kind waits for its day");

            digests.writeDue(today.plusDays(2));
            assertNotNull(reread(late).getDigestedAt(), "on its day the weekly digest takes it");
            assertEquals(3, rowsAbout(name).size(), "at once, daily, weekly: " + rowsAbout(name));
        } finally {
            runAs(asKam, () -> {
                myPreferences.save(new MailChoices(Map.of(), DayOfWeek.MONDAY, myPreferences.load().version()));
                return null;
            });
        }
    }

    @Test
    void aFrenchDailyDigestArrivesOnceWithEveryItemAndItsLink() throws Exception {
        String name = "Mail Digest " + System.nanoTime();
        tx.begin();
        AppUser emma = user(em, "emma.kam");
        String before = emma.getLanguage();
        language("emma.kam", "fr");
        tx.commit();
        Account account = account(name, emma);
        try {
            tx.begin();
            notifications.notify(Occasion.onAccount(NotificationKind.ACTION_PLAN_LATE, account.getId(),
                    "plan/team.xhtml?account=" + account.getId(), "Visite usine", name, "2026-12-01"), null, null);
            notifications.notify(Occasion.onAccount(NotificationKind.ACTION_PLAN_COMMENTED, account.getId(),
                    "plan/team.xhtml?account=" + account.getId() + "&plan=7", "Salon", name, "Tom", "Fait"), null, null);
            tx.commit();
            assertTrue(rowsAbout(name).isEmpty(), "daily: nothing mailed at the time of the events");

            GreenMail smtp = smtpServer();
            try {
                digests.writeDue(ZonedDateTime.now());
                digests.writeDue(ZonedDateTime.now());
                List<OutboxMail> rows = rowsAbout(name);
                assertEquals(1, rows.size(), "one digest, however often the job runs: " + rows);
                assertEquals(emma.getEmail(), rows.get(0).getAddress());

                sender.sendDue(Instant.now().plus(Duration.ofMinutes(5)));
                assertTrue(smtp.waitForIncomingEmail(10_000, 1));
                List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> bodyOf(m, 0).contains(name)).toList();
                assertEquals(1, mails.size(), "the digest arrives once");
                MimeMessage mail = mails.get(0);
                assertTrue(mail.getSubject().startsWith("Résumé KAM Planner : "), mail.getSubject());
                assertEquals("fr", mail.getHeader("Content-Language", null));
                assertEquals(emma.getEmail(), mail.getRecipients(Message.RecipientType.TO)[0].toString());
                assertEquals(2, ((MimeMultipart) mail.getContent()).getCount(), "plain text and HTML");
                String text = bodyOf(mail, 0);
                assertTrue(text.contains("Plans d’action en retard"), text);
                assertTrue(text.contains("Commentaires sur les plans d’action"), text);
                assertTrue(text.contains("Visite usine") && text.contains("Salon"), "each item's title: " + text);
                assertTrue(text.contains("plan/team.xhtml?account=" + account.getId() + "&plan=7"), "its link");
                assertTrue(text.contains("me/mail-preferences.xhtml"), "and the preferences' link");
                String html = bodyOf(mail, 1);
                assertTrue(html.contains("plan/team.xhtml?account=" + account.getId() + "&amp;plan=7"), html);
            } finally {
                smtp.stop();
            }
        } finally {
            tx.begin();
            language("emma.kam", before);
            tx.commit();
        }
    }

    @Test
    void aDigestNeverCarriesAnAccountItsReaderNoLongerHolds() throws Exception {
        String kept = "Mail Kept " + System.nanoTime();
        String lost = "Mail Lost " + System.nanoTime();
        AppUser lucas = user(em, "lucas.kam");
        Account keptAccount = account(kept, lucas);
        Account lostAccount = account(lost, lucas);
        tx.begin();
        Notification aboutLost = one(notifications.notify(Occasion.onAccount(NotificationKind.ACTION_PLAN_LATE,
                lostAccount.getId(), "plan/team.xhtml?account=" + lostAccount.getId(), "Audit", lost, "2026-12-01"),
                null, null));
        notifications.notify(Occasion.onAccount(NotificationKind.ACTION_PLAN_LATE, keptAccount.getId(),
                "plan/team.xhtml?account=" + keptAccount.getId(), "Audit", kept, "2026-12-01"), null, null);
        em.find(Account.class, lostAccount.getId()).setKam(user(em, "emma.kam"));
        tx.commit();

        digests.writeDue(ZonedDateTime.now());

        List<OutboxMail> toLucas = em.createQuery("select m from OutboxMail m where m.address = :address "
                + "and m.plainText like :kept", OutboxMail.class).setParameter("address", lucas.getEmail())
                .setParameter("kept", "%" + kept + "%").getResultList();
        assertEquals(1, toLucas.size(), "Lucas's digest carries his account");
        assertTrue(!toLucas.get(0).getPlainText().contains(lost) && !toLucas.get(0).getHtml().contains(lost),
                "and nothing of the account he handed to Emma: " + toLucas.get(0).getPlainText());
        assertTrue(rowsMentioning(lost).isEmpty(), "no mail anywhere carries it");
        assertNotNull(reread(aboutLost).getDigestedAt(), "done with, so it cannot reach him later either");
    }

    @Test
    void eachPersonSavesTheirPreferencesOnTheirPageAndAStalePageCannotOverwriteThem() throws Exception {
        HttpResponse<String> anonymous = new Browserless(base).get("me/mail-preferences.xhtml");
        assertEquals(302, anonymous.statusCode(), "a login first");
        assertDenied(() -> myPreferences.load());
        long lucas = user(em, "lucas.kam").getId();
        Browserless browser = signedIn(base, "lucas.kam");
        try {
            HttpResponse<String> first = browser.get("me/mail-preferences.xhtml");
            HttpResponse<String> second = browser.get("me/mail-preferences.xhtml");
            assertEquals(200, first.statusCode());
            for (int i = 0; i < NotificationKind.values().length; i++) {
                assertTrue(first.body().contains("for=\"preferences:kinds:" + i + ":delivery\""),
                        "every select has its label: " + i);
            }
            assertTrue(first.body().contains("for=\"preferences:weeklyDay\""), "the weekly day too");
            assertTrue(browser.get("notifications.xhtml").body().contains("me/mail-preferences.xhtml"),
                    "reached from the notifications page");

            HttpResponse<String> saved = browser.post("me/mail-preferences.xhtml", form(first.body(), Delivery.NONE));
            assertEquals(200, saved.statusCode());
            assertTrue(saved.body().contains("Your e-mail preferences are saved")
                    || saved.body().contains("Vos préférences de courriel sont enregistrées"), saved.body());
            assertEquals(Delivery.NONE, storedPreferences.of(lucas).delivery(NotificationKind.PLAN_SUBMITTED));
            assertEquals(DayOfWeek.THURSDAY, storedPreferences.of(lucas).weeklyDay());

            HttpResponse<String> stale = browser.post("me/mail-preferences.xhtml", form(second.body(),
                    Delivery.WEEKLY));
            assertTrue(stale.body().contains("Someone else saved this record")
                    || stale.body().contains("Quelqu’un d’autre a enregistré cette fiche"), stale.body());
            assertEquals(Delivery.NONE, storedPreferences.of(lucas).delivery(NotificationKind.PLAN_SUBMITTED),
                    "the page loaded before the save changed nothing");
        } finally {
            tx.begin();
            em.createNativeQuery("delete from mail_preferences where user_id = ?").setParameter(1, lucas)
                    .executeUpdate();
            tx.commit();
        }
    }

    /** The preferences form as posted: {@code first} for the first kind, the rest daily, the digest on Thursday. */
    private static Map<String, String> form(String page, Delivery first) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("preferences", "preferences");
        for (int i = 0; i < NotificationKind.values().length; i++) {
            form.put("preferences:kinds:" + i + ":delivery", (i == 0 ? first : Delivery.DAILY).name());
        }
        form.put("preferences:weeklyDay", "THURSDAY");
        form.put("preferences:save", "");
        form.put("jakarta.faces.ViewState", Browserless.viewState(page));
        return form;
    }

    /** A key account of {@code kam}, committed. */
    private Account account(String name, AppUser kam) throws Exception {
        tx.begin();
        Account account = new Account(name, "Testing", "FR");
        account.setKam(em.find(AppUser.class, kam.getId()));
        account.setKeyAccount(true);
        em.persist(account);
        tx.commit();
        return account;
    }

    private static Notification one(List<Notification> made) {
        assertEquals(1, made.size(), "one recipient: " + made);
        return made.get(0);
    }

    private Notification reread(Notification notification) {
        return em.createQuery("select n from Notification n where n.id = :id", Notification.class)
                .setParameter("id", notification.getId()).setHint("eclipselink.refresh", "true").getSingleResult();
    }

    private List<OutboxMail> rowsAbout(String name) {
        return em.createQuery("select m from OutboxMail m where m.subject like :name or m.plainText like :name",
                OutboxMail.class).setParameter("name", "%" + name + "%").getResultList();
    }

    private List<OutboxMail> rowsMentioning(String name) {
        return em.createQuery("select m from OutboxMail m where m.subject like :name or m.plainText like :name "
                + "or m.html like :name", OutboxMail.class).setParameter("name", "%" + name + "%").getResultList();
    }

    private static String bodyOf(MimeMessage message, int part) {
        try {
            return (String) ((MimeMultipart) message.getContent()).getBodyPart(part).getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
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
