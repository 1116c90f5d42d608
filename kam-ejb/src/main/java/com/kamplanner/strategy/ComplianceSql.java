package com.kamplanner.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL twin of {@link ComplianceCheck}: a condition on a strategy row aliased {@code s} that holds when the
 * check finds no issue against a {@link StrategyTemplate}. It lets the programme boards count compliant strategies
 * and the best-practice form narrow its candidates in the database; {@code ComplianceAgreementTest} runs both on
 * the same strategies and templates. Change the two together. The template's figures are written into the text as
 * integer literals, never user text. Dormant action plans are left out of both. Open "evidence changed"
 * flags ({@link #OPEN_EVIDENCE_FLAGS}) count against compliance whatever the template.
 */
public final class ComplianceSql {

    private static final String OBJECTIVE_WITHOUT_INDICATOR =
            "(o.indicator_name is null or trim(o.indicator_name) = '') "
            + "and (o.indicator_unit is null or trim(o.indicator_unit) = '') and o.indicator_baseline is null "
            + "and o.indicator_target is null and o.indicator_target_date is null";

    /**
     * Whether the potential {@code potential} has a field citation whose baseline differs from the field now (a
     * blank field is empty text); with {@code reviewedAt}, only a field whose section was saved after it.
     */
    private static String drifted(String potential, String reviewedAt) {
        return "exists (select 1 from potential_citation pc join situation_potential dp on dp.id = pc.potential_id "
                + "join strategy dst on dst.id = dp.strategy_id "
                + "left join ka_database dkd on dkd.account_id = dst.account_id "
                + "left join database_section dsec on dsec.database_id = dkd.id and dsec.section_key = pc.section_key "
                + "left join database_value dv on dv.section_id = dsec.id and dv.field_key = pc.field_key "
                + "where pc.potential_id = " + potential + " and pc.source = 'FIELD' "
                + "and coalesce(dv.field_value, '') <> coalesce(pc.cited_value, '')"
                + (reviewedAt == null ? "" : " and (" + reviewedAt + " is null or dsec.updated_at is null "
                + "or dsec.updated_at > " + reviewedAt + ")")
                + ")";
    }

    /**
     * The open "evidence changed" flags of the strategy {@code s}: the SQL twin of
     * {@link StrategyRules#evidenceChanges}, counting flagged potentials, TOWS options and objectives.
     */
    public static final String OPEN_EVIDENCE_FLAGS = "((select count(*) from situation_potential fp "
            + "where fp.strategy_id = s.id and " + drifted("fp.id", null) + ") "
            + "+ (select count(*) from tows_option fo where fo.strategy_id = s.id and exists (select 1 "
            + "from tows_option_potential ftp where ftp.option_id = fo.id and "
            + drifted("ftp.potential_id", "fo.evidence_reviewed_at") + ")) "
            + "+ (select count(*) from objective fob where fob.strategy_id = s.id and exists (select 1 "
            + "from objective_tows_option fot join tows_option_potential fop on fop.option_id = fot.option_id "
            + "where fot.objective_id = fob.id and " + drifted("fop.potential_id", "fob.evidence_reviewed_at") + ")))";

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
        // Open evidence drift flags count whatever the template asks (a template that asks nothing still has this).
        all.add(OPEN_EVIDENCE_FLAGS + " = 0");
        return "(" + String.join(" and ", all) + ")";
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
