package com.kamplanner.notification;

import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * The rights filter on notifications, in one place for everything that shows or sends them: the caller's bell and
 * list ({@link MyNotifications}) and the e-mail digests ({@link PendingNotifications}), written for whoever reads.
 * A notification about an account counts while its reader still holds the account or is on its team (the KA
 * Director and executives read every account); one about a section of its database, for an external team member,
 * while the section is still granted to them. A JPQL condition on the alias {@code n}.
 */
final class ReadableNotifications {

    private final long reader;
    private final List<Long> accounts;
    private final boolean external;
    private final boolean visibleInQuery;

    /**
     * @param accounts the accounts the reader may read, or null when they read all
     * @param external whether the reader is an external team member, who reads only the sections granted to them
     */
    ReadableNotifications(long reader, List<Long> accounts, boolean external) {
        this(reader, accounts, external, false);
    }

    private ReadableNotifications(long reader, List<Long> accounts, boolean external, boolean visibleInQuery) {
        this.reader = reader;
        this.accounts = accounts == null ? null : List.copyOf(accounts);
        this.external = external;
        this.visibleInQuery = visibleInQuery;
    }

    /**
     * For a reader who does not read all and whose accounts are those they hold or are on the team of (the
     * caller's bell on every page): the accounts as subqueries of the same statement, instead of two statements
     * that list them first.
     */
    static ReadableNotifications ofAccountHolder(long reader, boolean external) {
        return new ReadableNotifications(reader, List.of(), external, true);
    }

    /** The condition: the reader's own notifications that they may read now, with {@code extra} if any. */
    String where(String extra) {
        StringBuilder where = new StringBuilder("n.recipientId = :me");
        if (visibleInQuery) {
            where.append(" and (n.accountId is null or n.accountId in (select a.id from Account a where a.kam.id = :me)"
                    + " or n.accountId in (select t.account.id from TeamMembership t where t.member.id = :me))");
        } else if (accounts != null) {
            where.append(accounts.isEmpty() ? " and n.accountId is null"
                    : " and (n.accountId is null or n.accountId in :accounts)");
        }
        if (external) {
            where.append(" and (n.sectionKey is null or exists (select g.id from SectionGrant g "
                    + "where g.account.id = n.accountId and g.member.id = :me and g.sectionKey = n.sectionKey))");
        }
        if (extra != null) {
            where.append(" and ").append(extra);
        }
        return where.toString();
    }

    /** Binds the parameters of {@link #where}. */
    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        query.setParameter("me", reader);
        if (!visibleInQuery && accounts != null && !accounts.isEmpty()) {
            query.setParameter("accounts", accounts);
        }
        return query;
    }
}
