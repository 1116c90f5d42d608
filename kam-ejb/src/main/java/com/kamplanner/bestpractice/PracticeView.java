package com.kamplanner.bestpractice;

import com.kamplanner.plan.PlanContent;
import com.kamplanner.plan.ProgrammeItem;
import java.io.Serializable;

/**
 * A marked item as the library shows it, read-only: the marking, and exactly one of the plan version's content
 * (from its approved snapshot), the strategy's content, or the action programme with its action plans.
 */
public record PracticeView(PracticeSummary marking, PlanContent plan, StrategyView strategy,
                           ProgrammeItem programme) implements Serializable {

    public PracticeSummary getMarking() {
        return marking;
    }

    public PlanContent getPlan() {
        return plan;
    }

    public StrategyView getStrategy() {
        return strategy;
    }

    public ProgrammeItem getProgramme() {
        return programme;
    }
}
