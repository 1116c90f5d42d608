package com.kamplanner.strategy;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may read and who may write an account's strategy. Reading follows {@link AccountAccess} (the KA Director
 * and executives read all, a KAM their accounts, a team member the accounts of their team, HR nothing). Writing
 * is for the account's KAM and for the members of its KA team whom the KAM granted it.
 */
@Stateless
@PermitAll
public class StrategyAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess accounts;

    @Resource
    SessionContext context;

    /** The account, if the caller may read its strategy; {@link AccessDeniedException} otherwise. */
    public Account readable(long accountId) {
        return accounts.readable(accountId);
    }

    /** The account, if the caller may write its strategy; {@link AccessDeniedException} otherwise. */
    public Account writable(long accountId) {
        Account account = accounts.readable(accountId);
        if (!canWrite(account)) {
            throw new AccessDeniedException();
        }
        return account;
    }

    public boolean canWrite(Account account) {
        return isKamOf(account) || hasGrant(account);
    }

    /** True when the caller is the KAM who holds the account: the only one who grants write access. */
    public boolean isKamOf(Account account) {
        return context.isCallerInRole(Role.Names.KAM) && account.getKam() != null
                && account.getKam().getUsername().equals(accounts.callerName());
    }

    public String callerName() {
        return accounts.callerName();
    }

    /** A grant counts only while its holder is still on the account's KA team. */
    private boolean hasGrant(Account account) {
        if (!(context.isCallerInRole(Role.Names.TEAM_MEMBER) || context.isCallerInRole(Role.Names.KAM))) {
            return false;
        }
        return !em.createQuery("select g.id from StrategyGrant g, TeamMembership t where g.account.id = :account "
                        + "and g.member.username = :me and t.account = g.account and t.member = g.member", Long.class)
                .setParameter("account", account.getId()).setParameter("me", accounts.callerName())
                .setMaxResults(1).getResultList().isEmpty();
    }
}
