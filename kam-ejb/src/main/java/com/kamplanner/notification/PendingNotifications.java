package com.kamplanner.notification;

import com.kamplanner.account.AccountAccess;
import com.kamplanner.account.AccountReader;
import com.kamplanner.people.AppUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The notifications e-mail still owes someone (their {@code digested_at} is empty), for the digests, which work
 * for a person without their login: what each person may read now is settled from their stored roles
 * ({@link AccountAccess#readerFor}) and filtered by the same rule as their bell ({@link ReadableNotifications}),
 * so a digest never carries an account its reader lost. A notification is done with by e-mail once
 * ({@link #settle}); the count of the update tells a caller whether another run took it first. No role of its
 * own ({@code @PermitAll}): the scheduled digest and the immediate mail call it, never a page.
 */
@Stateless
@PermitAll
public class PendingNotifications {

    /** Ids per statement, to bound the list of an {@code in}. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    /** The people with notifications e-mail still owes, by id. */
    public List<Long> recipients() {
        return em.createQuery("select distinct n.recipientId from Notification n where n.digestedAt is null "
                + "order by n.recipientId", Long.class).getResultList();
    }

    /** What the person is owed: the ids of all their pending notifications, and those they may still read. */
    public Owed owedTo(long userId) {
        List<Long> all = em.createQuery("select n.id from Notification n where n.recipientId = :me "
                + "and n.digestedAt is null", Long.class).setParameter("me", userId).getResultList();
        AppUser user = em.find(AppUser.class, userId);
        List<Notification> readable = all.isEmpty() ? List.of() : access.readerFor(userId)
                .map(reader -> filter(reader, user))
                .map(filter -> filter.bind(em.createQuery("select n from Notification n where "
                        + filter.where("n.digestedAt is null") + " order by n.createdAt, n.id", Notification.class))
                        .getResultList())
                .orElse(List.of());
        return new Owed(all, readable);
    }

    /** The pending notifications of one person: all their ids, and the notifications they may read now, oldest first. */
    public record Owed(List<Long> allIds, List<Notification> readable) {
        public Owed {
            allIds = List.copyOf(allIds);
            readable = List.copyOf(readable);
        }
    }

    /** Marks these done with by e-mail at {@code now}; returns how many were still pending (not taken by another run). */
    public int settle(Collection<Long> ids, Instant now) {
        List<Long> list = new ArrayList<>(ids);
        int settled = 0;
        for (int from = 0; from < list.size(); from += CHUNK) {
            settled += em.createQuery("update Notification n set n.digestedAt = :now, n.version = n.version + 1 "
                            + "where n.id in :ids and n.digestedAt is null")
                    .setParameter("now", now).setParameter("ids", list.subList(from, Math.min(list.size(), from + CHUNK)))
                    .executeUpdate();
        }
        return settled;
    }

    /** Marks a notification just made done with by e-mail (mailed at once, or not to be mailed). */
    public void settle(Notification made, Instant now) {
        made.settleMail(now);
    }

    private static ReadableNotifications filter(AccountReader reader, AppUser user) {
        return new ReadableNotifications(reader.userId(), AccountAccess.readsAll(user) ? null
                : reader.visibleAccountIds(), user.isExternal());
    }
}
