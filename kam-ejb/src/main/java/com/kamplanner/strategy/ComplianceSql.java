package com.kamplanner.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL twin of {@link ComplianceCheck}: a condition on a strategy row aliased {@code s} that holds when the
 * check finds no issue against a {@link StrategyTemplate}. It lets the programme boards count compliant strategies
 * and the best-practice form narrow its candidates in the database; {@code ComplianceAgreementTest} runs both on
 * the same strategies and templates. Change the two together. The template's figures are written into the text as
 * integer literals, never user text. Dormant action plans are left out of both.
 */
public final class ComplianceSql {

    private static final String OBJECTIVE_WITHOUT_INDICATOR =
            "(o.indicator_name is null or trim(o.indicator_name) = '') "
            + "and (o.indicator_unit is null or trim(o.indicator_unit) = '') and o.indicator_baseline is null "
            + "and o.indicator_target is null and o.indicator_target_date is null";

    /** The strategy meets the method as it was before templates: {@link StrategyTemplate#method()}. */
    public static final String NO_ISSUE = noIssue(StrategyTemplate.method());

    private ComplianceSql() {
    }

    /** The condition on {@code s} that holds when {@link ComplianceCheck#of(Strategy, StrategyTemplate)} is empty. */
    public static String noIssue(StrategyTemplate template) {
        List<String> all = new ArrayList<>();
        for (StrategyStep step : StrategyStep.values()) {
            if (template.requires(step)) {
                all.add(filled(step));
            }
        }
        int minimum = template.getMinPotentialsPerKind();
        if (minimum > 0) {
            for (SituationPotential.Kind kind : SituationPotential.Kind.values()) {
                all.add("(select count(*) from situation_potential sp where sp.strategy_id = s.id and sp.kind = '"
                        + kind.name() + "') >= " + minimum);
            }
        }
        if (template.isTowsPerPairUsed()) {
            for (TowsOption.Type type : TowsOption.Type.values()) {
                all.add("(not exists (select 1 from situation_potential sp where sp.strategy_id = s.id and sp.kind = '"
                        + type.internal().name() + "') or not exists (select 1 from situation_potential sp "
                        + "where sp.strategy_id = s.id and sp.kind = '" + type.external().name() + "') "
                        + "or exists (select 1 from tows_option tw where tw.strategy_id = s.id and tw.option_type = '"
                        + type.name() + "'))");
            }
        }
        if (template.isIndicatorsRequired()) {
            all.add("not exists (select 1 from objective o where o.strategy_id = s.id and "
                    + OBJECTIVE_WITHOUT_INDICATOR + ")");
        }
        if (template.isStrategicTraced()) {
            all.add("not exists (select 1 from objective o where o.strategy_id = s.id "
                    + "and o.objective_level = 'STRATEGIC' "
                    + "and not exists (select 1 from objective_tows_option ot where ot.objective_id = o.id))");
        }
        if (template.isHorizonChecked()) {
            all.add("not exists (select 1 from objective o where o.strategy_id = s.id "
                    + "and o.objective_level = 'STRATEGIC' and o.start_date is not null "
                    + "and o.indicator_target_date is not null and " + dayNumber("o.indicator_target_date", 0)
                    + " > " + dayNumber("o.start_date", template.getHorizonYears()) + ")");
        }
        if (template.isProgrammesBothKinds()) {
            all.add("not exists (select 1 from action_programme ap where ap.strategy_id = s.id "
                    + "and exists (select 1 from action_plan x where x.programme_id = ap.id and x.dormant = false) "
                    + "and (not exists (select 1 from action_plan x where x.programme_id = ap.id "
                    + "and x.dormant = false and x.kind = 'CONTRACTUAL') "
                    + "or not exists (select 1 from action_plan x where x.programme_id = ap.id "
                    + "and x.dormant = false and x.kind = 'RELATIONAL')))");
        }
        if (template.isPlansServeObjective()) {
            all.add("not exists (select 1 from action_plan x join action_programme ap on ap.id = x.programme_id "
                    + "where ap.strategy_id = s.id and x.objective_id is null and x.dormant = false)");
        }
        // A template that asks nothing still gives a condition, one every strategy meets.
        return all.isEmpty() ? "(1 = 1)" : "(" + String.join(" and ", all) + ")";
    }

    /**
     * A date as the number yyyymmdd, {@code years} later: comparing these is comparing {@code plusYears}, a 29
     * February start included (29 February of a year without one sits between the 28th and 1 March). Both H2 and
     * PostgreSQL extract date parts; they share no date arithmetic.
     */
    private static String dayNumber(String column, int years) {
        return "((extract(year from " + column + ") + " + years + ") * 10000 + extract(month from " + column
                + ") * 100 + extract(day from " + column + "))";
    }

    private static String filled(StrategyStep step) {
        return switch (step) {
            case POTENTIALS -> "exists (select 1 from situation_potential sp where sp.strategy_id = s.id)";
            case ORIENTATION -> "(exists (select 1 from tows_option tw where tw.strategy_id = s.id) "
                    + "and s.direction is not null)";
            case OBJECTIVES -> "exists (select 1 from objective o where o.strategy_id = s.id)";
            case PROGRAMMES -> "exists (select 1 from action_programme ap where ap.strategy_id = s.id)";
            case VISION -> "(s.vision is not null and trim(s.vision) <> '' and s.mission is not null "
                    + "and trim(s.mission) <> '')";
            case CONTINGENCIES -> "exists (select 1 from contingency c where c.strategy_id = s.id)";
        };
    }
}
