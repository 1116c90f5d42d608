package com.kamplanner.workspace;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.account.AccountRights;
import com.kamplanner.people.Role;
import com.kamplanner.plan.VersionStatus;
import com.kamplanner.selection.QuadrantLookup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The header of every page of one account, read once per page: the caller's rights (the rights model's one
 * query, which also loads the account), the newest plan version's status (one query) and the quadrant its scores
 * place it in. A caller who may not read the account is refused exactly as the account's pages refuse them.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class AccountWorkspace {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    @Inject
    QuadrantLookup quadrants;

    /** The account's header; {@code AccessDeniedException} for someone else's account, {@code NotFoundException}. */
    public AccountHeader header(long accountId) {
        AccountRights rights = access.readableRights(accountId);
        Account account = em.find(Account.class, accountId);
        VersionStatus plan = em.createQuery("select v.status from PlanVersion v where v.plan.account.id = :account "
                        + "order by v.number desc", VersionStatus.class)
                .setParameter("account", accountId).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new AccountHeader(accountId, account.getName(), account.getSegment(),
                quadrants.quadrantOf(accountId).orElse(null),
                account.getKam() == null ? null : account.getKam().getDisplayName(), plan, AccountTab.openedBy(rights));
    }
}
