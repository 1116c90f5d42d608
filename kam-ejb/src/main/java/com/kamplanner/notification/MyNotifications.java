package com.kamplanner.notification;

import com.kamplanner.account.AccountAccess;
import com.kamplanner.people.Role;
import com.kamplanner.platform.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * The caller's notifications, as the bell, the notifications page and {@code /api/me/notifications} show them:
 * only those about what the rights model lets them read now ({@link ReadableNotifications}), checked when they
 * read, not when the notification was made. Paged in the database; the caller's accounts are subqueries of the
 * same statement, so the bell costs one statement on every page.
 */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE,
        Role.Names.HR, Role.Names.ADMIN})
public class MyNotifications {

    /** The most a page or an API call asks for at once. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    /** From {@code first}, at most {@code size} (capped at {@link #MAX_PAGE}), newest first; only unread ones if asked. */
    public NotificationList page(boolean unreadOnly, int first, int size) {
        Reader reader = reader();
        List<Notification> items = reader.bind(em.createQuery("select n from Notification n where "
                        + reader.where(unreadOnly) + " order by n.createdAt desc, n.id desc", Notification.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(0, Math.min(size, MAX_PAGE)))
                .getResultList();
        long unread = reader.count(true);
        return new NotificationList(items, unreadOnly ? unread : reader.count(false), unread);
    }

    /** The number the bell shows. */
    public long unreadCount() {
        return reader().count(true);
    }

    /** Marks one of the caller's notifications read; {@link NotFoundException} for anyone else's. */
    public void markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.getRecipientId().equals(access.callerId())) {
            throw new NotFoundException();
        }
        notification.markRead(Instant.now());
    }

    /** Marks every notification of the caller read. */
    public int markAllRead() {
        return em.createQuery("update Notification n set n.readAt = :now, n.version = n.version + 1 "
                        + "where n.recipientId = :me and n.readAt is null")
                .setParameter("now", Instant.now()).setParameter("me", access.callerId()).executeUpdate();
    }

    private Reader reader() {
        long me = access.callerId();
        boolean external = access.callerIsExternal();
        return new Reader(access.readsAll() ? new ReadableNotifications(me, null, external)
                : ReadableNotifications.ofAccountHolder(me, external));
    }

    /** The caller's filter, counted and listed. */
    private final class Reader {
        private final ReadableNotifications readable;

        Reader(ReadableNotifications readable) {
            this.readable = readable;
        }

        String where(boolean unreadOnly) {
            return readable.where(unreadOnly ? "n.readAt is null" : null);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            return readable.bind(query);
        }

        long count(boolean unreadOnly) {
            return bind(em.createQuery("select count(n) from Notification n where " + where(unreadOnly), Long.class))
                    .getSingleResult();
        }
    }
}
