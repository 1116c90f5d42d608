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
 * query, which also loads the account), the KAM's name with the newest plan version's status (one query) and the quadrant its scores
 * place it in. A caller who may not read the account is refused exactly as the account's pages refuse them.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class AccountWorkspace {

    /** The account's KAM's name and its newest plan version's status (null without a KAM or a plan). */
    private static final String HEADER = "select u.display_name, (select v.status from plan_version v "
            + "join key_account_plan p on p.id = v.plan_id where p.account_id = a.id and v.version_number = "
            + "(select max(w.version_number) from plan_version w where w.plan_id = p.id)) "
            + "from account a left join app_user u on u.id = a.kam_id where a.id = ?1";

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
        // The KAM's name and the newest version's status in one statement; loading the KAM would cost a second
        // statement for their roles. SQL, because JPQL reaches the plan only from the plan's side.
        Object[] row = (Object[]) em.createNativeQuery(HEADER).setParameter(1, accountId).getSingleResult();
        String kamName = (String) row[0];
        VersionStatus plan = row[1] == null ? null : VersionStatus.valueOf((String) row[1]);
        return new AccountHeader(accountId, account.getName(), account.getSegment(),
                quadrants.quadrantOf(accountId).orElse(null), kamName, plan, AccountTab.openedBy(rights));
    }
}
