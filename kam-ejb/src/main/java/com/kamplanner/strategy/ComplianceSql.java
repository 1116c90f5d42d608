package com.kamplanner.strategy;

/**
 * The SQL twin of {@link ComplianceCheck}: a condition on a strategy row aliased {@code s} that holds when the
 * check finds no issue. It lets the programme boards count compliant strategies and the best-practice form narrow
 * its candidates in the database; both are tested to agree with the Java check. Change the two together. Dormant
 * action plans are left out of both.
 */
public final class ComplianceSql {

    private static final String OBJECTIVE_WITHOUT_INDICATOR =
            "(o.indicator_name is null or trim(o.indicator_name) = '') "
            + "and (o.indicator_unit is null or trim(o.indicator_unit) = '') and o.indicator_baseline is null "
            + "and o.indicator_target is null and o.indicator_target_date is null";

    public static final String NO_ISSUE = "(exists (select 1 from situation_potential sp where sp.strategy_id = s.id) "
            + "and exists (select 1 from tows_option tw where tw.strategy_id = s.id) and s.direction is not null "
            + "and exists (select 1 from objective o where o.strategy_id = s.id) "
            + "and exists (select 1 from action_programme ap where ap.strategy_id = s.id) "
            + "and s.vision is not null and trim(s.vision) <> '' and s.mission is not null and trim(s.mission) <> '' "
            + "and exists (select 1 from contingency c where c.strategy_id = s.id) "
            + "and not exists (select 1 from objective o where o.strategy_id = s.id and "
            + OBJECTIVE_WITHOUT_INDICATOR + ") "
            + "and not exists (select 1 from objective o where o.strategy_id = s.id "
            + "and o.objective_level = 'STRATEGIC' "
            + "and not exists (select 1 from objective_tows_option ot where ot.objective_id = o.id)) "
            + "and not exists (select 1 from action_programme ap where ap.strategy_id = s.id "
            + "and exists (select 1 from action_plan x where x.programme_id = ap.id and x.dormant = false) "
            + "and (not exists (select 1 from action_plan x where x.programme_id = ap.id and x.dormant = false "
            + "and x.kind = 'CONTRACTUAL') "
            + "or not exists (select 1 from action_plan x where x.programme_id = ap.id and x.dormant = false "
            + "and x.kind = 'RELATIONAL'))) "
            + "and not exists (select 1 from action_plan x join action_programme ap on ap.id = x.programme_id "
            + "where ap.strategy_id = s.id and x.objective_id is null and x.dormant = false))";

    private ComplianceSql() {
    }
}
