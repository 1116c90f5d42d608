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

/**
 * The plan services' entry to the rights model: reading follows {@link AccountAccess}; writing, updating and
 * commenting follow {@link PlanRights} over the caller's account rights; reviewing is the KA Director's role.
 */
@Stateless
@PermitAll
public class PlanAccess {

    @Inject
    AccountAccess accounts;

    @Resource
    SessionContext context;

    public Account readable(long accountId) {
        return accounts.readable(accountId);
    }

    /** The account, if the caller is its KAM; {@link AccessDeniedException} otherwise. */
    public Account writable(long accountId) {
        return accounts.allowed(accountId, rights -> PlanRights.of(rights).canWrite());
    }

    public boolean isKamOf(Account account) {
        return rights(account).canWrite();
    }

    public boolean isDirector() {
        return context.isCallerInRole(Role.Names.KA_DIRECTOR);
    }

    public boolean isExecutive() {
        return context.isCallerInRole(Role.Names.EXECUTIVE);
    }

    /** The KAM updates every action plan of their account; a team member only those they own. */
    public boolean canUpdate(Account account, ActionPlan plan) {
        return rights(account).canUpdate(plan.getOwner() == null ? null : plan.getOwner().getUsername());
    }

    /** The KAM and the KA team comment; the KA Director and executives read. */
    public boolean canComment(Account account) {
        return rights(account).canComment();
    }

    public boolean isOnTeam(Account account) {
        return accounts.rights(account).isOnTeam();
    }

    /** The ids of the accounts the caller holds or is on the team of, for lists across accounts. */
    public java.util.List<Long> visibleAccountIds() {
        return accounts.visibleAccountIds();
    }

    public long callerId() {
        return accounts.callerId();
    }

    /** Whether the caller holds the KAM role, which is what makes them the KAM of the accounts they hold. */
    public boolean holdsKamRole() {
        return context.isCallerInRole(Role.Names.KAM);
    }

    public String callerName() {
        return accounts.callerName();
    }

    /** The caller's plan rights on the account, computed once (one query) for a page of rows. */
    public PlanRights rights(Account account) {
        return PlanRights.of(accounts.rights(account));
    }
}
