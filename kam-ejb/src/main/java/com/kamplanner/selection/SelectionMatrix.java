package com.kamplanner.selection;

import com.kamplanner.template.DefaultDatabaseTemplate;
import java.util.Map;

import com.kamplanner.account.AccountAccess;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;

/**
 * The key account selection matrix under the active criteria set: every visible account's indices, read from
 * {@code account_index} in one query, placed in a quadrant with the KA Director's thresholds
 * ({@code programme_setting}), and ranked by attractiveness, then strength.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class SelectionMatrix {

    public static final String ATTRACTIVENESS_THRESHOLD = "matrix.attractiveness.threshold";
    public static final String STRENGTH_THRESHOLD = "matrix.strength.threshold";
    public static final String THRESHOLD_RANGE = "selection.threshold.range";

    /** Ranked first: higher attractiveness, then higher strength; accounts with a missing index come last. */
    public static final Comparator<MatrixPosition> RANKING = Comparator
            .comparing(MatrixPosition::getAttractiveness, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(MatrixPosition::getStrength, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(MatrixPosition::getName);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    @Inject
    CriteriaSetService criteriaSets;

    @Inject
    AuditTrail audit;

    /** The visible accounts that match the filter, ranked, each with its quadrant (null when unplaced). */
    public List<MatrixPosition> positions(MatrixFilter filter) {
        Long setId = criteriaSets.active().map(CriteriaSet::getId).orElse(-1L);
        StringBuilder jpql = new StringBuilder("select new com.kamplanner.selection.MatrixPosition(a.id, a.name, "
                + "k.displayName, a.industry, a.country, a.keyAccount, a.ourSalesLast12Months, a.currency, "
                + "a.totalCategorySpend, i.attractiveness, i.strength) from Account a left join a.kam k "
                + "left join AccountIndex i on i.accountId = a.id and i.criteriaSetId = :set where 1 = 1");
        if (!access.readsAll()) {
            jpql.append(" and ").append(AccountAccess.VISIBLE);
        }
        if (filter.getKamId() != null) {
            jpql.append(" and k.id = :kam");
        }
        if (filter.getIndustry() != null) {
            jpql.append(" and a.industry = :industry");
        }
        if (filter.getCountry() != null) {
            jpql.append(" and a.country = :country");
        }
        TypedQuery<MatrixPosition> query = access.bindCaller(em.createQuery(jpql.toString(), MatrixPosition.class))
                .setParameter("set", setId);
        if (filter.getKamId() != null) {
            query.setParameter("kam", filter.getKamId());
        }
        if (filter.getIndustry() != null) {
            query.setParameter("industry", filter.getIndustry());
        }
        if (filter.getCountry() != null) {
            query.setParameter("country", filter.getCountry());
        }
        List<MatrixPosition> positions = query.getResultList();
        MatrixThresholds thresholds = thresholds();
        Map<Long, String> criteria = buyingCriteria();
        positions.forEach(p -> p.place(thresholds, CustomerStrength.fromStored(criteria.get(p.getAccountId()),
                p.getDirectorStrength()), filter.isCustomerWeighted()));
        // Key account status is filtered here, not in JPQL: EclipseLink binds a boolean as 1, which H2 refuses.
        return positions.stream().filter(p -> filter.isCandidates() || p.isKeyAccount()).sorted(RANKING).toList();
    }

    /**
     * The stored buying criteria of every account's Key Account Database, by account, in one statement; the
     * caller keeps only those of the accounts it may see.
     */
    private Map<Long, String> buyingCriteria() {
        Map<Long, String> byAccount = new java.util.HashMap<>();
        for (Object row : em.createNativeQuery("select kd.account_id, dv.field_value from ka_database kd "
                        + "join database_section ds on ds.database_id = kd.id and ds.section_key = ?1 "
                        + "join database_value dv on dv.section_id = ds.id and dv.field_key = ?2")
                .setParameter(1, DefaultDatabaseTemplate.NEEDS).setParameter(2, DefaultDatabaseTemplate.BUYING_CRITERIA)
                .getResultList()) {
            Object[] cells = (Object[]) row;
            byAccount.put(((Number) cells[0]).longValue(), (String) cells[1]);
        }
        return byAccount;
    }

    public MatrixThresholds thresholds() {
        return new MatrixThresholds(setting(ATTRACTIVENESS_THRESHOLD), setting(STRENGTH_THRESHOLD));
    }

    /** Sets both thresholds, each between 0 and 10. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public void changeThresholds(double attractiveness, double strength) {
        for (double threshold : new double[] {attractiveness, strength}) {
            if (Double.isNaN(threshold) || threshold < 0 || threshold > Criterion.LEVELS) {
                throw new BusinessRuleException(THRESHOLD_RANGE);
            }
        }
        store(ATTRACTIVENESS_THRESHOLD, attractiveness);
        store(STRENGTH_THRESHOLD, strength);
        audit.record(AuditAction.MATRIX_THRESHOLDS, "ProgrammeSetting", "matrix",
                "attractiveness " + attractiveness + ", strength " + strength);
    }

    /** The KAMs, industries and countries of the visible accounts, for the filters. */
    public List<KamOption> kams() {
        String where = access.readsAll() ? "" : " and " + AccountAccess.VISIBLE;
        return access.bindCaller(em.createQuery("select distinct new com.kamplanner.selection.KamOption(k.id, "
                + "k.displayName) from Account a join a.kam k where 1 = 1" + where, KamOption.class))
                .getResultList().stream().sorted(java.util.Comparator.comparing(KamOption::getName)).toList();
    }

    public List<String> distinctValues(String field) {
        if (!List.of("industry", "country").contains(field)) {
            throw new IllegalArgumentException(field);
        }
        String where = access.readsAll() ? "" : " and " + AccountAccess.VISIBLE;
        return access.bindCaller(em.createQuery("select distinct a." + field + " from Account a where a." + field
                + " is not null" + where + " order by a." + field, String.class)).getResultList();
    }

    private double setting(String name) {
        List<?> values = em.createNativeQuery("select val from programme_setting where name = ?1")
                .setParameter(1, name).getResultList();
        return values.isEmpty() ? 5.0 : Double.parseDouble(values.get(0).toString());
    }

    private void store(String name, double threshold) {
        int updated = em.createNativeQuery("update programme_setting set val = ?1, version = version + 1 "
                + "where name = ?2").setParameter(1, String.valueOf(threshold)).setParameter(2, name).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into programme_setting (name, val) values (?1, ?2)")
                    .setParameter(1, name).setParameter(2, String.valueOf(threshold)).executeUpdate();
        }
    }
}
