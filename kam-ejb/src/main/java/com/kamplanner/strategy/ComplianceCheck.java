package com.kamplanner.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * The compliance checks the KA Director sees for every strategy: objectives without indicators, strategic
 * objectives traced to no TOWS option, plans serving no objective, programmes with one kind of plan only, and
 * steps left empty, and, given them, the open "evidence changed" flags ({@link StrategyRules#evidenceChanges}).
 * Pure: it reads a loaded strategy and changes nothing, so it is tested without a server.
 */
public final class ComplianceCheck {

    private ComplianceCheck() {
    }

    /** The issues of the strategy's own records, without evidence drift (which needs the database's values). */
    public static List<ComplianceIssue> of(Strategy strategy) {
        return of(strategy, List.of());
    }

    /** Every issue, the open evidence drift {@code flags} last, one per flagged item. */
    public static List<ComplianceIssue> of(Strategy strategy, List<EvidenceFlag> flags) {
        List<ComplianceIssue> issues = new ArrayList<>();
        for (StrategyStep step : StrategyStep.values()) {
            if (step.isEmptyIn(strategy)) {
                issues.add(new ComplianceIssue(ComplianceIssue.Check.STEP_EMPTY, step, null));
            }
        }
        for (Objective objective : strategy.getObjectives()) {
            if (!objective.hasIndicator()) {
                issues.add(new ComplianceIssue(ComplianceIssue.Check.OBJECTIVE_WITHOUT_INDICATOR,
                        StrategyStep.OBJECTIVES, objective.getTitle()));
            }
            if (objective.getLevel() == Objective.Level.STRATEGIC && objective.getOptions().isEmpty()) {
                issues.add(new ComplianceIssue(ComplianceIssue.Check.STRATEGIC_OBJECTIVE_WITHOUT_OPTION,
                        StrategyStep.OBJECTIVES, objective.getTitle()));
            }
        }
        for (ActionProgramme programme : strategy.getProgrammes()) {
            if (programme.isOneSided()) {
                issues.add(new ComplianceIssue(ComplianceIssue.Check.PROGRAMME_ONE_KIND, StrategyStep.PROGRAMMES,
                        programme.getName()));
            }
            for (ActionPlan plan : programme.getPlans()) {
                if (plan.getObjective() == null) {
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
