package com.kamplanner.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Anyone's e-mail preferences, read for work done on their behalf: the immediate mail of each notification and
 * the digests. Read-only, and reached from no page ({@code @PermitAll}); the person changes theirs through
 * {@link MyMailPreferences}.
 */
@Stateless
@PermitAll
public class StoredPreferences {

    @PersistenceContext
    EntityManager em;

    /** The person's choices, or the defaults when they never saved any. */
    public MailChoices of(long userId) {
        MailPreferences stored = em.find(MailPreferences.class, userId);
        return stored == null ? MailChoices.defaults() : stored.choices();
    }
}
