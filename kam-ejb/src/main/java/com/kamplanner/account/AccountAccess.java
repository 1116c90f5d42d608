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

/**
 * The one place that decides who may read or score an account, used by every service that touches accounts:
 * the KA Director and executives read everything; a KAM reads and scores the accounts they hold; a team member
 * the accounts whose KA team they are on; HR nothing. Queries use {@link #VISIBLE} to filter in the database.
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

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public boolean readsAll() {
        return context.isCallerInRole(Role.Names.KA_DIRECTOR) || context.isCallerInRole(Role.Names.EXECUTIVE);
    }

    public boolean isDirector() {
        return context.isCallerInRole(Role.Names.KA_DIRECTOR);
    }

    public boolean canRead(Account account) {
        return readsAll() || holdsOrIsOnTeam(account);
    }

    /** Scoring is for the KA Director, the account's KAM and its team; executives only read. */
    public boolean canScore(Account account) {
        return isDirector() || holdsOrIsOnTeam(account);
    }

    /** The account, if the caller may read it; {@link AccessDeniedException} if it is someone else's. */
    public Account readable(long accountId) {
        Account account = existing(accountId);
        if (!canRead(account)) {
            throw new AccessDeniedException();
        }
        return account;
    }

    public Account scorable(long accountId) {
        Account account = existing(accountId);
        if (!canScore(account)) {
            throw new AccessDeniedException();
        }
        return account;
    }

    /** Restricts a query built with {@link #VISIBLE} to the caller, when the caller does not read all. */
    public <T> TypedQuery<T> bindCaller(TypedQuery<T> query) {
        return readsAll() ? query : query.setParameter("meId", callerId());
    }

    public String callerName() {
        return context.getCallerPrincipal().getName();
    }

    public long callerId() {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", callerName())
                .getResultStream().findFirst().map(AppUser::getId).orElse(-1L);
    }

    private boolean holdsOrIsOnTeam(Account account) {
        if (!(context.isCallerInRole(Role.Names.KAM) || context.isCallerInRole(Role.Names.TEAM_MEMBER))) {
            return false;
        }
        String me = callerName();
        if (account.getKam() != null && me.equals(account.getKam().getUsername())) {
            return true;
        }
        return !em.createQuery("select t.id from TeamMembership t where t.account.id = :account "
                        + "and t.member.username = :me", Long.class)
                .setParameter("account", account.getId()).setParameter("me", me)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private Account existing(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }
}
