package com.kamplanner.plan;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.strategy.ActionPlan;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may do what with an account's plan, in one place: reading follows {@link AccountAccess} (the KA Director
 * and executives read all, a KAM their accounts, a team member their team's, HR and other KAMs nothing); only
 * the account's KAM writes and submits; only the KA Director reviews; a team member updates the action plans
 * they own and comments on the plans of their team.
 */
@Stateless
@PermitAll
public class PlanAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess accounts;

    @Resource
    SessionContext context;

    public Account readable(long accountId) {
        return accounts.readable(accountId);
    }

    /** The account, if the caller is its KAM; {@link AccessDeniedException} otherwise. */
    public Account writable(long accountId) {
        Account account = accounts.readable(accountId);
        if (!isKamOf(account)) {
            throw new AccessDeniedException();
        }
        return account;
    }

    public boolean isKamOf(Account account) {
        return context.isCallerInRole(Role.Names.KAM) && account.getKam() != null
                && account.getKam().getUsername().equals(callerName());
    }

    public boolean isDirector() {
        return context.isCallerInRole(Role.Names.KA_DIRECTOR);
    }

    public boolean isExecutive() {
        return context.isCallerInRole(Role.Names.EXECUTIVE);
    }

    /** The KAM updates every action plan of their account; a team member only those they own. */
    public boolean canUpdate(Account account, ActionPlan plan) {
        return isKamOf(account) || isOnTeam(account) && plan.getOwner() != null
                && plan.getOwner().getUsername().equals(callerName());
    }

    /** The KAM and the KA team comment; the KA Director and executives read. */
    public boolean canComment(Account account) {
        return isKamOf(account) || isOnTeam(account);
    }

    public boolean isOnTeam(Account account) {
        if (!(context.isCallerInRole(Role.Names.TEAM_MEMBER) || context.isCallerInRole(Role.Names.KAM))) {
            return false;
        }
        return !em.createQuery("select t.id from TeamMembership t where t.account.id = :account "
                        + "and t.member.username = :me", Long.class)
                .setParameter("account", account.getId()).setParameter("me", callerName())
                .setMaxResults(1).getResultList().isEmpty();
    }

    public String callerName() {
        return accounts.callerName();
    }
}
