package com.kamplanner.account;

import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Reads the portfolio under the programme's visibility rule: the KA Director and executives see every account,
 * a KAM sees only the accounts they hold. HR has no access to account data at all.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM})
public class AccountService {

    private static final String SUMMARY = "select new com.kamplanner.account.AccountSummary(a.id, a.name, "
            + "a.industry, a.country, a.annualRevenue, a.currency, a.ourSalesLast12Months, k.displayName) "
            + "from Account a left join a.kam k ";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** The accounts the caller may see, by name, one page at a time. */
    public List<AccountSummary> visibleAccounts(int first, int max) {
        TypedQuery<AccountSummary> query = seesAll()
                ? em.createQuery(SUMMARY + "order by a.name, a.id", AccountSummary.class)
                : em.createQuery(SUMMARY + "where k.username = :me order by a.name, a.id", AccountSummary.class)
                        .setParameter("me", caller());
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countVisibleAccounts() {
        TypedQuery<Long> query = seesAll()
                ? em.createQuery("select count(a) from Account a", Long.class)
                : em.createQuery("select count(a) from Account a where a.kam.username = :me", Long.class)
                        .setParameter("me", caller());
        return query.getSingleResult();
    }

    /** One account; {@link AccessDeniedException} when it exists but is not the caller's to see. */
    public Account find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException();
        }
        if (!(seesAll() || isHeldByCaller(account))) {
            throw new AccessDeniedException();
        }
        return account;
    }

    private boolean isHeldByCaller(Account account) {
        return account.getKam() != null && account.getKam().getUsername().equals(caller());
    }

    private boolean seesAll() {
        return context.isCallerInRole(Role.Names.KA_DIRECTOR) || context.isCallerInRole(Role.Names.EXECUTIVE);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
