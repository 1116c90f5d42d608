package com.kamplanner.mail;

import com.kamplanner.notification.Notification;
import com.kamplanner.notification.NotificationMade;
import com.kamplanner.notification.PendingNotifications;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Locale;

/**
 * The e-mail side of the notification centre, at the moment a notification is made: the recipient's preferences
 * ({@link PreferenceRules}) say whether it is mailed now, waits for their daily or weekly digest
 * ({@link MailDigests}), or is never mailed. An immediate mail is written to the outbox in the transaction of the
 * change (the event is observed synchronously), so a change that rolls back mails nothing; it carries only the
 * notification's own title and link, which the rights model already chose the recipient for, and the link to the
 * preferences. A notification mailed now or never is marked done with, so no digest takes it again.
 */
@ApplicationScoped
public class NotificationMails {

    @EJB
    MailOutbox outbox;

    @EJB
    StoredPreferences preferences;

    @EJB
    PendingNotifications pending;

    void mail(@Observes NotificationMade made) {
        Notification notification = made.notification();
        Delivery delivery = preferences.of(notification.getRecipientId()).delivery(notification.getKind());
        switch (delivery) {
            case IMMEDIATE -> {
                Locale language = made.language();
                String title = made.title();
                outbox.enqueue(notification.getRecipientId(), language, title,
                        text(title, notification.getUrl(), language), html(title, notification.getUrl(), language),
                        notification.getUrl());
                pending.settle(notification, Instant.now());
            }
            case NONE -> pending.settle(notification, Instant.now());
            case DAILY, WEEKLY -> {
                // The digest takes it.
            }
        }
    }

    static String text(String title, String url, Locale language) {
        return title + "\n\n" + MailTexts.words(language, "mail.notification.open") + "\n" + MailTexts.link(url)
                + "\n\n" + MailTexts.footerText(language);
    }

    static String html(String title, String url, Locale language) {
        String link = MailComposer.escape(MailTexts.link(url));
        return "<p><strong>" + MailComposer.escape(title) + "</strong></p>\n<p>"
                + MailComposer.escape(MailTexts.words(language, "mail.notification.open")) + "<br>\n<a href=\""
                + link + "\">" + link + "</a></p>\n" + MailTexts.footerHtml(language);
    }
}
