package com.kamplanner.account;

import com.kamplanner.people.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads the portfolio under the programme's visibility rule ({@link AccountAccess}): the KA Director and
 * executives see every account, a KAM the accounts they hold, a team member the accounts whose team they are
 * on. HR has no access to account data at all.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class AccountService {

    private static final String SUMMARY = "select new com.kamplanner.account.AccountSummary(a.id, a.name, "
            + "a.industry, a.country, a.annualRevenue, a.currency, a.ourSalesLast12Months, k.displayName) "
            + "from Account a left join a.kam k ";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    /** The accounts the caller may see, by name, one page at a time. */
    public List<AccountSummary> visibleAccounts(int first, int max) {
        String where = access.readsAll() ? "" : "where " + AccountAccess.VISIBLE + " ";
        return access.bindCaller(em.createQuery(SUMMARY + where + "order by a.name, a.id", AccountSummary.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countVisibleAccounts() {
        String where = access.readsAll() ? "" : " where " + AccountAccess.VISIBLE;
        return access.bindCaller(em.createQuery("select count(a) from Account a" + where, Long.class))
                .getSingleResult();
    }

    /** One account; {@code AccessDeniedException} when it exists but is not the caller's to see. */
    public Account find(long id) {
        return access.readable(id);
    }
}
