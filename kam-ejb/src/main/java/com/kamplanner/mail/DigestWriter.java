package com.kamplanner.mail;

import com.kamplanner.notification.Notification;
import com.kamplanner.notification.NotificationTitles;
import com.kamplanner.notification.PendingNotifications;
import com.kamplanner.people.AppUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One person's digest, in a transaction of its own: their pending notifications that they may still read
 * ({@link PendingNotifications}), sorted by their preferences ({@link PreferenceRules#fate}), grouped
 * ({@link DigestGroups}) into one multipart mail in their stored language, written to the outbox together with the
 * marks that say these notifications are done with. If another run marked any of them first, nothing of this one
 * is kept: a notification is never mailed twice. Notifications the person can no longer read, or chose not to
 * receive, are marked done with unmailed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DigestWriter {

    /** The page every digest links to besides its items. */
    static final String NOTIFICATIONS_PAGE = "notifications.xhtml";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    PendingNotifications pending;

    @EJB
    StoredPreferences preferences;

    @EJB
    MailOutbox outbox;

    /** Writes the person's digest due at {@code now}, if any; returns the mail written (none with e-mail off). */
    public Optional<OutboxMail> write(long userId, ZonedDateTime now) {
        PendingNotifications.Owed owed = pending.owedTo(userId);
        if (owed.allIds().isEmpty()) {
            return Optional.empty();
        }
        MailChoices choices = preferences.of(userId);
        Instant oldestWeekly = owed.readable().stream()
                .filter(n -> choices.delivery(n.getKind()) == Delivery.WEEKLY)
                .map(Notification::getCreatedAt).min(Instant::compareTo).orElse(null);
        boolean weeklyDue = PreferenceRules.weeklyDue(now, choices.weeklyDay(), oldestWeekly);
        List<Notification> digested = new ArrayList<>();
        Set<Long> waiting = new HashSet<>();
        for (Notification notification : owed.readable()) {
            switch (PreferenceRules.fate(choices.delivery(notification.getKind()), weeklyDue)) {
                case DIGEST -> digested.add(notification);
                case WAIT -> waiting.add(notification.getId());
                case DROP -> {
                    // Done with, unmailed.
                }
            }
        }
        List<Long> done = owed.allIds().stream().filter(id -> !waiting.contains(id)).toList();
        Optional<OutboxMail> mail = digested.isEmpty() ? Optional.empty() : mail(userId, digested);
        if (pending.settle(done, now.toInstant()) != done.size()) {
            context.setRollbackOnly();
            return Optional.empty();
        }
        return mail;
    }

    private Optional<OutboxMail> mail(long userId, List<Notification> notifications) {
        AppUser user = em.find(AppUser.class, userId);
        Locale language = user == null || user.getLanguage() == null ? Locale.ENGLISH
                : Locale.forLanguageTag(user.getLanguage());
        List<DigestGroups.Group> groups = DigestGroups.group(notifications.stream()
                .map(n -> new DigestGroups.Item(n.getId(), n.getKind(), NotificationTitles.title(n, language),
                        MailTexts.link(n.getUrl()), n.getCreatedAt())).toList());
        String subject = MailTexts.words(language, "mail.digest.subject", notifications.size());
        return outbox.enqueue(userId, language, subject, text(groups, language), html(groups, language),
                NOTIFICATIONS_PAGE);
    }

    static String text(List<DigestGroups.Group> groups, Locale language) {
        StringBuilder text = new StringBuilder(MailTexts.words(language, "mail.digest.intro")).append("\n");
        for (DigestGroups.Group group : groups) {
            text.append("\n").append(NotificationTitles.kindName(group.kind(), language)).append("\n");
            for (DigestGroups.Item item : group.items()) {
                text.append("- ").append(item.title()).append("\n  ").append(item.link()).append("\n");
            }
        }
        text.append("\n").append(MailTexts.words(language, "mail.digest.all")).append(" ")
                .append(MailTexts.link(NOTIFICATIONS_PAGE)).append("\n\n").append(MailTexts.footerText(language));
        return text.toString();
    }

    static String html(List<DigestGroups.Group> groups, Locale language) {
        StringBuilder html = new StringBuilder("<p>").append(MailComposer.escape(
                MailTexts.words(language, "mail.digest.intro"))).append("</p>\n");
        for (DigestGroups.Group group : groups) {
            html.append("<h2>").append(MailComposer.escape(NotificationTitles.kindName(group.kind(), language)))
                    .append("</h2>\n<ul>\n");
            for (DigestGroups.Item item : group.items()) {
                html.append("<li><a href=\"").append(MailComposer.escape(item.link())).append("\">")
                        .append(MailComposer.escape(item.title())).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        String all = MailComposer.escape(MailTexts.link(NOTIFICATIONS_PAGE));
        html.append("<p>").append(MailComposer.escape(MailTexts.words(language, "mail.digest.all")))
                .append(" <a href=\"").append(all).append("\">").append(all).append("</a></p>\n")
                .append(MailTexts.footerHtml(language));
        return html.toString();
    }
}
