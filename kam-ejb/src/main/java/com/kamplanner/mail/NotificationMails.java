package com.kamplanner.mail;

import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.NotificationMade;
import com.kamplanner.notification.NotificationTitles;
import com.kamplanner.platform.Bilingual;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The e-mail side of the notification centre. The review events people act on at once (a plan submitted, returned
 * or approved) reach the recipient's inbox immediately, the default the work-rhythm issue sets for them; the other
 * kinds stay in the application until the daily and weekly digests and each person's preferences exist. The mail
 * is written to the outbox in the transaction of the change (the event is observed synchronously), so a change
 * that rolls back mails nothing, and it carries only the notification's own title and link, which the rights model
 * already chose the recipient for.
 */
@ApplicationScoped
public class NotificationMails {

    /** The kinds mailed as soon as they happen. */
    static final Set<NotificationKind> IMMEDIATE = EnumSet.of(NotificationKind.PLAN_SUBMITTED,
            NotificationKind.PLAN_RETURNED, NotificationKind.PLAN_APPROVED);

    @EJB
    MailOutbox outbox;

    void mail(@Observes NotificationMade made) {
        if (!IMMEDIATE.contains(made.notification().getKind())) {
            return;
        }
        Locale language = made.language();
        String title = made.title();
        outbox.enqueue(made.notification().getRecipientId(), language, title, text(title, language),
                html(title, language), made.notification().getUrl());
    }

    static String text(String title, Locale language) {
        return title + "\n\n" + words(language, "mail.notification.open") + "\n\n-- \n"
                + words(language, "mail.notification.why");
    }

    static String html(String title, Locale language) {
        return "<p><strong>" + MailComposer.escape(title) + "</strong></p>\n<p>"
                + MailComposer.escape(words(language, "mail.notification.open")) + "</p>\n<hr>\n<p><small>"
                + MailComposer.escape(words(language, "mail.notification.why")) + "</small></p>";
    }

    private static String words(Locale language, String key) {
        return ResourceBundle.getBundle(NotificationTitles.BASE_NAME, Bilingual.supported(language),
                NotificationMails.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
