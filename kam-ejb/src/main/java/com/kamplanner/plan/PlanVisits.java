package com.kamplanner.plan;

import com.kamplanner.account.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Remembers when a person last opened an account's team page, in a transaction of its own: the page's view reads in
 * one transaction ({@code PageViewTransaction}), and two tabs of the same person opening the page for the first time
 * at once both insert the visit. The second insert is refused by the unique key; in its own transaction that refusal
 * costs nothing but the second visit time, and never the page.
 */
@Stateless
@PermitAll
public class PlanVisits {

    @PersistenceContext
    EntityManager em;

    /** Records the visit now: moves the time of an existing visit forward, or inserts the first one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long accountId, String username) {
        int moved = em.createQuery("update PlanVisit v set v.visitedAt = :now where v.account.id = :account "
                        + "and v.username = :me").setParameter("now", Instant.now()).setParameter("account", accountId)
                .setParameter("me", username).executeUpdate();
        if (moved == 0) {
            em.persist(new PlanVisit(em.getReference(Account.class, accountId), username));
            em.flush();
        }
    }
}
