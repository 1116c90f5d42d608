package com.kamplanner.account;

import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one place that decides who may do what on an account, used by every service that touches accounts: it
 * computes the caller's {@link AccountRights} (one query) that the account, database, strategy and plan policies
 * read. The KA Director and executives read everything; a KAM reads and scores the accounts they hold; a team
 * member the accounts whose KA team they are on; HR nothing. Relations to an account count only for callers who
 * hold an account role: the KAM role to be its KAM, the KAM or team-member role to be on its team. Lists use
 * {@link #VISIBLE}, the same rule as a JPQL filter, to filter in the database.
 */
@Stateless
@PermitAll
public class AccountAccess {

    /**
     * JPQL condition, on the account alias {@code a}, for the accounts the user {@code :meId} holds or is on the
     * team of. Not needed for callers who {@link #readsAll() read all}.
     */
    public static final String VISIBLE = "(a.kam.id = :meId or exists (select t.id from TeamMembership t "
            + "where t.account = a and t.member.id = :meId))";

    /**
     * The caller's membership of the account's KA team, in one row per section grant (none when not on it):
     * whether they are external, the granted section, and their strategy grant. SQL, because JPQL's joins on
     * unrelated entities ({@code SectionGrant}, {@code StrategyGrant}) are not portable (EclipseLink mistranslates
     * them); the statement is plain ANSI and runs on every supported database.
     */
    private static final String MEMBERSHIP = "select u.external, g.section_key, s.id from ka_team_member t "
            + "join app_user u on u.id = t.user_id "
            + "left join section_grant g on g.account_id = t.account_id and g.user_id = t.user_id "
            + "left join strategy_grant s on s.account_id = t.account_id and s.user_id = t.user_id "
            + "where t.account_id = ?1 and u.username = ?2";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource
    TransactionSynchronizationRegistry transaction;

    public boolean readsAll() {
        return context.isCallerInRole(Role.Names.KA_DIRECTOR) || context.isCallerInRole(Role.Names.EXECUTIVE);
    }

    /** Whether a user reads every account, from their stored roles, as {@link #readsAll()} says for the caller. */
    public static boolean readsAll(AppUser user) {
        return user.hasRole(Role.KA_DIRECTOR) || user.hasRole(Role.EXECUTIVE);
    }

    public boolean isDirector() {
        return context.isCallerInRole(Role.Names.KA_DIRECTOR);
    }

    /**
     * The caller's rights on the account, from the security context and one query, once per transaction
     * ({@link TransactionRights}).
     */
    public AccountRights rights(Account account) {
        String me = callerName();
        TransactionRights kept = kept();
        return kept == null ? computeRights(account, me)
                : kept.rights(me, account.getId(), () -> computeRights(account, me));
    }

    /**
     * Forgets the rights, user ids and teams kept for this transaction: to be called after a write that changes an
     * account's KAM, team or grants, so that the rest of the transaction sees the new rights.
     */
    public void forgetRights() {
        TransactionRights kept = kept();
        if (kept != null) {
            kept.forget();
        }
    }

    private AccountRights computeRights(Account account, String me) {
        AccountRights.Builder rights = AccountRights.of(me).readsAll(readsAll()).director(isDirector());
        boolean kamRole = context.isCallerInRole(Role.Names.KAM);
        if (!kamRole && !context.isCallerInRole(Role.Names.TEAM_MEMBER)) {
            return rights.build();
        }
        rights.kam(kamRole && account.getKamId() != null && account.getKamId() == callerId());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(MEMBERSHIP).setParameter(1, account.getId())
                .setParameter(2, me).getResultList();
        if (!rows.isEmpty()) {
            Set<String> sections = new HashSet<>();
            boolean strategyGranted = false;
            for (Object[] row : rows) {
                if (row[1] != null) {
                    sections.add((String) row[1]);
                }
                strategyGranted |= row[2] != null;
            }
            rights.onTeam(isTrue(rows.get(0)[0]), strategyGranted, sections);
        }
        return rights.build();
    }

    /** The account, if the caller may read it; {@link AccessDeniedException} if it is someone else's. */
    public Account readable(long accountId) {
        return allowed(accountId, rights -> true);
    }

    /**
     * The caller's rights on the account, if the caller may read it; {@link AccessDeniedException} otherwise. For
     * views that show what the caller may do (the account header's tabs), with the same refusal as the pages.
     */
    public AccountRights readableRights(long accountId) {
        AccountRights rights = rights(existing(accountId));
        if (!rights.canRead()) {
            throw new AccessDeniedException();
        }
        return rights;
    }

    public Account scorable(long accountId) {
        return allowed(accountId, AccountRights::canScore);
    }

    /**
     * The account, if the caller may read it and {@code policy} allows the caller's rights on it (computed once);
     * {@link AccessDeniedException} otherwise. The document policies check their writes through it.
     */
    public Account allowed(long accountId, Predicate<AccountRights> policy) {
        Account account = existing(accountId);
        AccountRights rights = rights(account);
        if (!rights.canRead() || !policy.test(rights)) {
            throw new AccessDeniedException();
        }
        return account;
    }

    /**
     * The ids of the accounts the caller holds or is on the team of ({@link #VISIBLE}), in one statement. Lists that
     * filter further go in two steps, ids first: EclipseLink inlines the literals of a query holding the membership
     * subquery, and H2 will not compare its boolean column with the inlined 1.
     */
    public List<Long> visibleAccountIds() {
        return visibleAccountIds(callerId());
    }

    /**
     * A user as an account reader, from their stored roles, for work done on their behalf without their login (the
     * calendar feed); empty when the user is unknown or disabled. As for the caller, relations to an account count
     * only with an account role: the KAM or team-member role.
     */
    public Optional<AccountReader> readerFor(long userId) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null || !user.isEnabled()) {
            return Optional.empty();
        }
        boolean kamRole = user.getRoles().contains(Role.KAM);
        boolean accountRole = kamRole || user.getRoles().contains(Role.TEAM_MEMBER);
        return Optional.of(new AccountReader(userId, user.getUsername(), kamRole,
                accountRole ? visibleAccountIds(userId) : List.of()));
    }

    /**
     * The accounts {@link #VISIBLE} to the user, by id: those they hold as KAM and those whose team they are on, as
     * two statements that each read one index ({@code ix_account_kam}, {@code ix_ka_team_member_user}). The single
     * statement with {@code or exists} read every account (10,000 at the benchmark's size) for each home page.
     */
    private List<Long> visibleAccountIds(long userId) {
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>(em.createQuery("select a.id from Account a "
                + "where a.kam.id = :meId", Long.class).setParameter("meId", userId).getResultList());
        ids.addAll(em.createQuery("select t.account.id from TeamMembership t where t.member.id = :meId", Long.class)
                .setParameter("meId", userId).getResultList());
        return new ArrayList<>(ids);
    }

    /**
     * The members of the account's KA team, by name, read once per transaction: the parts of one page (the
     * stakeholder map's owners, the relationship map's people, the section grants) each list them. Checks no right:
     * the callers have checked theirs; the writes to a team {@link #forgetRights() forget} it.
     */
    public List<AppUser> teamMembers(long accountId) {
        TransactionRights kept = kept();
        return kept == null ? readMembers(accountId) : kept.members(accountId, () -> readMembers(accountId));
    }

    private List<AppUser> readMembers(long accountId) {
        return em.createNamedQuery(TeamMembership.MEMBERS, AppUser.class).setParameter("account", accountId)
                .getResultList();
    }

    /** Restricts a query built with {@link #VISIBLE} to the caller, when the caller does not read all. */
    public <T> TypedQuery<T> bindCaller(TypedQuery<T> query) {
        return readsAll() ? query : query.setParameter("meId", callerId());
    }

    public String callerName() {
        return context.getCallerPrincipal().getName();
    }

    public long callerId() {
        return caller().id();
    }

    /** Whether the caller is an external team member (a partner), who reads only the sections granted to them. */
    public boolean callerIsExternal() {
        return caller().external();
    }

    private TransactionRights.CallerRow caller() {
        String me = callerName();
        TransactionRights kept = kept();
        return kept == null ? readCaller(me) : kept.caller(me, () -> readCaller(me));
    }

    /**
     * The caller's id and external flag, as a projection: loading the user entity would read their roles too, one
     * more statement on every page (the roles the pages check come from the security context).
     */
    private TransactionRights.CallerRow readCaller(String callerName) {
        return em.createQuery("select u.id, u.external from AppUser u where u.username = :username", Object[].class)
                .setParameter("username", callerName).getResultStream().findFirst()
                .map(row -> new TransactionRights.CallerRow((Long) row[0], isTrue(row[1])))
                .orElse(TransactionRights.CallerRow.UNKNOWN);
    }

    /** The rights kept in the current transaction; null outside one. */
    private TransactionRights kept() {
        if (transaction == null || transaction.getTransactionKey() == null) { // plain unit tests inject none
            return null;
        }
        Object kept = transaction.getResource(TransactionRights.class);
        if (kept instanceof TransactionRights rights) {
            return rights;
        }
        TransactionRights rights = new TransactionRights();
        transaction.putResource(TransactionRights.class, rights);
        return rights;
    }

    /** A boolean column as the JDBC driver returns it: a Boolean, or a number on databases without booleans. */
    private static boolean isTrue(Object column) {
        return column instanceof Boolean b ? b : column instanceof Number n && n.intValue() != 0;
    }

    private Account existing(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }
}
