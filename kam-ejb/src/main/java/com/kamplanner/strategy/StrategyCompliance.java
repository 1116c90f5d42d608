package com.kamplanner.strategy;

import com.kamplanner.account.Account;
import com.kamplanner.people.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The KA Director's view of how far every key account's strategy follows the method: the key accounts are paged
 * and filtered by name in the database, and each line carries its strategy's issues against its segment's
 * template ({@link ComplianceRules}), open "evidence changed" flags included.
 * Executives read it too.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
public class StrategyCompliance {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    StrategyTemplates templates;

    /** One page of key accounts, by name, with their strategies' issues. */
    public List<AccountCompliance> page(String nameContains, int first, int max) {
        List<Account> accounts = em.createQuery("select a from Account a left join fetch a.kam where "
                        + WHERE + " order by a.name, a.id", Account.class)
                .setParameter("name", pattern(nameContains)).setFirstResult(first).setMaxResults(max)
                .getResultList();
        ComplianceRules rules = templates.rules();
        List<AccountCompliance> lines = new ArrayList<>();
        for (Account account : accounts) {
            Strategy strategy = em.createNamedQuery(Strategy.BY_ACCOUNT, Strategy.class)
                    .setParameter("account", account.getId()).getResultStream().findFirst()
                    .map(StrategyRecords::loaded).orElse(null);
            lines.add(new AccountCompliance(account.getId(), account.getName(),
                    account.getKam() == null ? null : account.getKam().getDisplayName(), strategy != null,
                    strategy == null ? rules.check(new Strategy(account)) : rules.check(strategy,
                            StrategyRules.evidenceChanges(strategy, CitedEvidence.load(em, account.getId())))));
        }
        return lines;
    }

    /**
     * The calling KAM's key accounts whose strategy is missing or does not follow the method yet
     * ({@link ComplianceRules#noIssueSql()}), by name, as {id, name}: one statement whatever the number of accounts.
     */
    @RolesAllowed(Role.Names.KAM)
    public List<Object[]> notCompliantOfMine() {
        List<?> rows = em.createNativeQuery("select a.id, a.name from account a join app_user u on u.id = a.kam_id "
                        + "left join strategy s on s.account_id = a.id where u.username = ?1 and a.key_account = true "
                        + "and (s.id is null or not " + templates.rules().noIssueSql() + ") order by a.name, a.id")
                .setParameter(1, context.getCallerPrincipal().getName()).getResultList();
        return rows.stream().map(r -> new Object[] {((Number) ((Object[]) r)[0]).longValue(), ((Object[]) r)[1]})
                .toList();
    }

    public long count(String nameContains) {
        return em.createQuery("select count(a) from Account a where " + WHERE, Long.class)
                .setParameter("name", pattern(nameContains)).getSingleResult();
    }

    // A literal, not a parameter, for the boolean: EclipseLink binds a Boolean as 1, which H2 refuses.
    private static final String WHERE = "a.keyAccount = true and lower(a.name) like :name";

    private static String pattern(String nameContains) {
        String text = nameContains == null ? "" : nameContains.toLowerCase(Locale.ROOT).replace("\\", "")
                .replace("%", "").replace("_", "");
        return "%" + text.trim() + "%";
    }
}
