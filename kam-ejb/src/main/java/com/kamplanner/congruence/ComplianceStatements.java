package com.kamplanner.congruence;

import com.kamplanner.strategy.ComplianceRules;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Compliance by KAM in one grouped SQL statement, so the table costs one query whatever the portfolio. Each
 * document's test mirrors the Java rule that owns it, expressed on the tables:
 * <ul>
 *   <li>Key Account Database: {@code Completeness} (mandatory fields of the template plus the segment's required
 *   fields, filled / required, floored) not below the segment's {@code DatabaseRequirement}; with no minimum set it
 *   is met. A table field counts as filled when its JSON is not {@code []}; an account with no database yet meets
 *   only a minimum of 0 (the Java rule measures it against the active template instead).</li>
 *   <li>Strategy: no {@code ComplianceCheck} issue against the strategy template of the account's segment
 *   ({@code ComplianceRules}: required steps filled, minimum potentials, indicators, traces, horizon, programmes).</li>
 *   <li>Key Account Plan: a version has passed the segment's compliance gate, which {@code PlanService.submit}
 *   enforces ({@code PlanCompliance}); the live compliance of a working version is computed only on drill-down.</li>
 * </ul>
 */
public final class ComplianceStatements {

    public static final String PLAN_MET = "exists (select 1 from key_account_plan pp join plan_version pv on pv.plan_id = pp.id "
            + "where pp.account_id = a.id and pv.status in ('SUBMITTED', 'APPROVED', 'SUPERSEDED'))";

    private static final String MANDATORY = "from template_section ts join template_field tf on tf.section_id = ts.id "
            + "where ts.template_id = d.template_id and (tf.mandatory = true or exists (select 1 from "
            + "database_required_field rf where rf.segment = a.segment and rf.field_key = ts.section_key || '.' || tf.field_key))";

    private static final String FILLED = " and exists (select 1 from database_section ds join database_value dv "
            + "on dv.section_id = ds.id where ds.database_id = d.id and ds.section_key = ts.section_key "
            + "and dv.field_key = tf.field_key and trim(dv.field_value) <> '' "
            + "and not (tf.field_type = 'TABLE' and trim(dv.field_value) = '[]'))";

    public static final String DATABASE_MET = "(coalesce(dr.minimum_completeness, 0) = 0 or (d.id is not null and "
            + "100 * (select count(*) " + MANDATORY + FILLED + ") >= dr.minimum_completeness * (select count(*) "
            + MANDATORY + ")))";

    /** A strategy without any issue against its segment's template: the SQL twin of the Java check. */
    public static String strategyMet(ComplianceRules rules) {
        return "(s.id is not null and " + rules.noIssueSql() + ")";
    }

    private static String table(ComplianceRules rules) {
        return "select u.id, u.display_name, coalesce(t.accounts, 0), coalesce(t.db_met, 0), "
            + "coalesce(t.strategy_met, 0), coalesce(t.plan_met, 0) from app_user u "
            + "join app_user_role r on r.user_id = u.id and r.role = 'KAM' left join ("
            + "select a.kam_id as kam_id, count(*) as accounts, "
            + "sum(case when " + DATABASE_MET + " then 1 else 0 end) as db_met, "
            + "sum(case when " + strategyMet(rules) + " then 1 else 0 end) as strategy_met, "
            + "sum(case when " + PLAN_MET + " then 1 else 0 end) as plan_met "
            + "from account a left join database_requirement dr on dr.segment = a.segment "
            + "left join ka_database d on d.account_id = a.id left join strategy s on s.account_id = a.id "
            + "where a.key_account = true and a.kam_id is not null group by a.kam_id) t on t.kam_id = u.id "
            + "where u.enabled = true order by u.display_name, u.id";
    }

    private ComplianceStatements() {
    }

    /**
     * One row per enabled KAM, by name, KAMs without key accounts included (0 / 0); strategies are measured against
     * their segment's template in {@code rules}.
     */
    public static List<KamCompliance> table(EntityManager em, ComplianceRules rules) {
        List<KamCompliance> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery(table(rules)).getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new KamCompliance(((Number) c[0]).longValue(), (String) c[1], ((Number) c[2]).longValue(),
                    ((Number) c[3]).longValue(), ((Number) c[4]).longValue(), ((Number) c[5]).longValue()));
        }
        return rows;
    }

    /** Whether a version of the account's plan has passed its segment's compliance gate. */
    public static boolean planMet(EntityManager em, long accountId) {
        return !em.createNativeQuery("select a.id from account a where a.id = ?1 and " + PLAN_MET)
                .setParameter(1, accountId).getResultList().isEmpty();
    }
}
