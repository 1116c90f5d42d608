package com.kamplanner.notification;

import com.kamplanner.account.AccountAccess;
import com.kamplanner.people.AppUser;
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
 * only those about what the rights model lets them read now, checked when they read, not when the notification
 * was made. A notification about an account counts while the caller still holds the account or is on its team
 * (the KA Director and executives read every account); one about a section of its database, for an external
 * team member, while the section is still granted to them. Paged in the database, ids first (two steps, as
 * {@link AccountAccess#visibleAccountIds()} explains).
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
        AppUser user = em.find(AppUser.class, me);
        boolean external = user != null && user.isExternal();
        return new Reader(me, access.readsAll() ? null : access.visibleAccountIds(), external);
    }

    /** The caller's filter: their id, the accounts they may read (null for all), whether they are external. */
    private final class Reader {
        private final long me;
        private final List<Long> accounts;
        private final boolean external;

        Reader(long me, List<Long> accounts, boolean external) {
            this.me = me;
            this.accounts = accounts;
            this.external = external;
        }

        String where(boolean unreadOnly) {
            StringBuilder where = new StringBuilder("n.recipientId = :me");
            if (accounts != null) {
                where.append(accounts.isEmpty() ? " and n.accountId is null"
                        : " and (n.accountId is null or n.accountId in :accounts)");
            }
            if (external) {
                where.append(" and (n.sectionKey is null or exists (select g.id from SectionGrant g "
                        + "where g.account.id = n.accountId and g.member.id = :me and g.sectionKey = n.sectionKey))");
            }
            if (unreadOnly) {
                where.append(" and n.readAt is null");
            }
            return where.toString();
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            query.setParameter("me", me);
            if (accounts != null && !accounts.isEmpty()) {
                query.setParameter("accounts", accounts);
            }
            return query;
        }

        long count(boolean unreadOnly) {
            return bind(em.createQuery("select count(n) from Notification n where " + where(unreadOnly), Long.class))
                    .getSingleResult();
        }
    }
}
