package com.kamplanner.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * The compliance checks the KA Director sets in the strategy template ({@link StrategyTemplate}) and sees for
 * every strategy: required steps left empty, too few potentials of a SWOT kind, a TOWS cell left without option
 * though both its kinds have potentials, objectives without indicators, strategic objectives traced to no TOWS
 * option or targeting beyond the horizon, plans serving no objective, programmes with one kind of plan only;
 * and, given them, the open "evidence changed" flags ({@link StrategyRules#evidenceChanges}), whatever the template.
 * Dormant action plans (prepared for a contingency) are checked only once they wake. Pure: it reads a loaded
 * strategy and changes nothing, so it is tested without a server. {@link ComplianceSql} is its SQL twin; change the
 * two together.
 */
public final class ComplianceCheck {

    private ComplianceCheck() {
    }

    /** The issues against the rules the method asked before templates ({@link StrategyTemplate#method()}). */
    public static List<ComplianceIssue> of(Strategy strategy) {
        return of(strategy, StrategyTemplate.method());
    }

    /** The issues of the strategy's own records against the template, without evidence drift. */
    public static List<ComplianceIssue> of(Strategy strategy, StrategyTemplate template) {
        return of(strategy, template, List.of());
    }

    /** Every issue against the template, the open evidence drift {@code flags} last, one per flagged item. */
    public static List<ComplianceIssue> of(Strategy strategy, StrategyTemplate template, List<EvidenceFlag> flags) {
        List<ComplianceIssue> issues = new ArrayList<>();
        for (StrategyStep step : StrategyStep.values()) {
            if (template.requires(step) && step.isEmptyIn(strategy)) {
                issues.add(new ComplianceIssue(ComplianceIssue.Check.STEP_EMPTY, step, null));
            }
        }
        int minimum = template.getMinPotentialsPerKind();
        for (SituationPotential.Kind kind : SituationPotential.Kind.values()) {
            if (strategy.potentialsOf(kind).size() < minimum) {
                issues.add(new ComplianceIssue(ComplianceIssue.Check.POTENTIALS_TOO_FEW, StrategyStep.POTENTIALS,
                        kind.name(), minimum));
            }
        }
        if (template.isTowsPerPairUsed()) {
            for (TowsOption.Type type : TowsOption.Type.values()) {
                if (!strategy.potentialsOf(type.internal()).isEmpty()
                        && !strategy.potentialsOf(type.external()).isEmpty() && strategy.optionsOf(type).isEmpty()) {
                    issues.add(new ComplianceIssue(ComplianceIssue.Check.TOWS_PAIR_MISSING, StrategyStep.ORIENTATION,
                            type.name()));
                }
            }
        }
        for (Objective objective : strategy.getObjectives()) {
            if (template.isIndicatorsRequired() && !objective.hasIndicator()) {
                issues.add(new ComplianceIssue(ComplianceIssue.Check.OBJECTIVE_WITHOUT_INDICATOR,
                        StrategyStep.OBJECTIVES, objective.getTitle()));
            }
            if (objective.getLevel() == Objective.Level.STRATEGIC) {
                if (template.isStrategicTraced() && objective.getOptions().isEmpty()) {
                    issues.add(new ComplianceIssue(ComplianceIssue.Check.STRATEGIC_OBJECTIVE_WITHOUT_OPTION,
                            StrategyStep.OBJECTIVES, objective.getTitle()));
                }
                if (template.isHorizonChecked() && objective.hasIndicator() && StrategyRules.beyondHorizon(objective.getStartDate(),
                        objective.getIndicator().getTargetDate(), template.getHorizonYears())) {
                    issues.add(new ComplianceIssue(ComplianceIssue.Check.OBJECTIVE_BEYOND_HORIZON,
                            StrategyStep.OBJECTIVES, objective.getTitle(), template.getHorizonYears()));
                }
            }
        }
        for (ActionProgramme programme : strategy.getProgrammes()) {
            if (template.isProgrammesBothKinds() && programme.isOneSided()) {
                issues.add(new ComplianceIssue(ComplianceIssue.Check.PROGRAMME_ONE_KIND, StrategyStep.PROGRAMMES,
                        programme.getName()));
            }
            for (ActionPlan plan : programme.getPlans()) {
                if (template.isPlansServeObjective() && plan.getObjective() == null && !plan.isDormant()) {
                    issues.add(new ComplianceIssue(ComplianceIssue.Check.PLAN_WITHOUT_OBJECTIVE,
                            StrategyStep.PROGRAMMES, plan.getTitle()));
                }
            }
        }
        for (EvidenceFlag flag : flags) {
            issues.add(new ComplianceIssue(ComplianceIssue.Check.EVIDENCE_CHANGED,
                    flag.getItem() == EvidenceFlag.Item.POTENTIAL ? StrategyStep.POTENTIALS
                            : flag.getItem() == EvidenceFlag.Item.OPTION ? StrategyStep.ORIENTATION
                            : StrategyStep.OBJECTIVES, flag.getTitle()));
        }
        return issues;
    }
}
