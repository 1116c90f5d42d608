package com.kamplanner.mail;

import com.kamplanner.people.AppUser;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Where events leave their mails. The row is written in the caller's transaction (hence MANDATORY): a mail about
 * an event that rolls back is never sent, and a mail about one that commits is never lost. With e-mail off (no
 * {@code mail/kam} session) nothing is written: notifications stay in the application, and a backlog never
 * floods inboxes on the day IT turns e-mail on.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSession mailSession;

    /**
     * A mail to a user, at the address of their account; empty when e-mail is off, or the user has no address or
     * is disabled.
     * {@code link} is the page the mail is about, absolute or relative to the application's public address.
     */
    public Optional<OutboxMail> enqueue(long recipientUserId, Locale language, String subject, String plainText,
                                        String html, String link) {
        AppUser recipient = em.find(AppUser.class, recipientUserId);
        if (recipient == null || recipient.getEmail() == null || !recipient.isEnabled()) {
            return Optional.empty();
        }
        return write(recipientUserId, recipient.getEmail(), language, subject, plainText, html, link);
    }

    /** A mail to an address that is no user's (e.g. a shared mailbox); empty when e-mail is off. */
    public Optional<OutboxMail> enqueue(String address, Locale language, String subject, String plainText,
                                        String html, String link) {
        return write(null, address, language, subject, plainText, html, link);
    }

    private Optional<OutboxMail> write(Long userId, String address, Locale language, String subject,
                                       String plainText, String html, String link) {
        if (!mailSession.isConfigured()) {
            return Optional.empty();
        }
        OutboxMail mail = new OutboxMail(userId, address == null ? null : address.strip(), languageCode(language),
                subject == null ? null : subject.strip(), plainText, html, link, Instant.now());
        em.persist(mail);
        return Optional.of(mail);
    }

    /** French for a French locale, English for any other: the two languages the application speaks. */
    static String languageCode(Locale language) {
        return language != null && Locale.FRENCH.getLanguage().equals(language.getLanguage()) ? "fr" : "en";
    }
}
