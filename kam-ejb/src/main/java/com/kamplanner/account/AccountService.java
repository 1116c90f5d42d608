package com.kamplanner.account;

import com.kamplanner.people.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the portfolio under the programme's visibility rule ({@link AccountAccess}): the KA Director and
 * executives see every account, a KAM the accounts they hold, a team member the accounts whose team they are
 * on. HR has no access to account data at all. Filtering, sorting and paging all happen in the database.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    /** The accounts the caller may see, by name, one page at a time. */
    public List<AccountSummary> visibleAccounts(int first, int max) {
        return page(new PortfolioQuery().page(first, max));
    }

    public long countVisibleAccounts() {
        return count(new PortfolioQuery());
    }

    /** One page of the accounts the caller may see, filtered and sorted as asked. */
    public List<AccountSummary> page(PortfolioQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        String order = " order by " + query.getSortBy().orderBy(query.isDescending()) + ", a.id asc";
        TypedQuery<AccountSummary> jpql = em.createQuery(AccountSummary.SELECT + where + order, AccountSummary.class);
        parameters.forEach(jpql::setParameter);
        return access.bindCaller(jpql).setFirstResult(query.getFirst()).setMaxResults(query.getPageSize())
                .getResultList();
    }

    /** How many accounts match the query's filters, for the pager. */
    public long count(PortfolioQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> jpql = em.createQuery("select count(a) from Account a left join a.kam k "
                + (query.getHealthBelow() == null ? "" : AccountSummary.HEALTH_JOIN) + where(query, parameters),
                Long.class);
        parameters.forEach(jpql::setParameter);
        return access.bindCaller(jpql).getSingleResult();
    }

    /** The distinct industries and countries of the visible portfolio, for filter lists. */
    public List<String> industries() {
        return distinct("a.industry");
    }

    public List<String> countries() {
        return distinct("a.country");
    }

    /** One account; {@code AccessDeniedException} when it exists but is not the caller's to see. */
    public Account find(long id) {
        return access.readable(id);
    }

    /** What the caller may do on the account, for its page: read it from here, not from the security context. */
    public AccountRights rights(Account account) {
        return access.rights(account);
    }

    private List<String> distinct(String path) {
        String where = access.readsAll() ? " where " : " where " + AccountAccess.VISIBLE + " and ";
        return access.bindCaller(em.createQuery("select distinct " + path + " from Account a" + where + path
                + " is not null order by " + path, String.class)).getResultList();
    }

    private String where(PortfolioQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!access.readsAll()) {
            conditions.add(AccountAccess.VISIBLE);
        }
        if (query.getNameContains() != null) {
            conditions.add("lower(a.name) like :name");
            parameters.put("name", "%" + query.getNameContains().toLowerCase(Locale.ROOT)
                    .replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        if (query.getIndustry() != null) {
            conditions.add("a.industry = :industry");
            parameters.put("industry", query.getIndustry());
        }
        if (query.getCountry() != null) {
            conditions.add("a.country = :country");
            parameters.put("country", query.getCountry());
        }
        if (query.getSegment() != null) {
            conditions.add("a.segment = :segment");
            parameters.put("segment", query.getSegment());
        }
        if (query.getKamId() != null) {
            conditions.add("k.id = :kamId");
            parameters.put("kamId", query.getKamId());
        }
        if (query.getHealthBelow() != null) {
            conditions.add("h.score < :healthBelow");
            parameters.put("healthBelow", query.getHealthBelow());
        }
        if (query.getKeyAccount() != null) {
            // A literal, not a parameter: EclipseLink binds a Boolean as 1, which H2 refuses to compare.
            conditions.add(query.getKeyAccount() ? "a.keyAccount = true" : "a.keyAccount = false");
        }
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
    }
}
