package com.kamplanner.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.strategy.ComplianceIssue.Check;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compliance checks the KA Director sees, on strategies built in memory. */
class ComplianceCheckTest {

    @Test
    void anUntouchedStrategyHasEveryStepEmpty() {
        List<ComplianceIssue> issues = ComplianceCheck.of(new Strategy(new Account("Empty Co", "Rail", "FR")));
        assertEquals(StrategyStep.values().length, issues.size());
        assertTrue(issues.stream().allMatch(i -> i.getCheck() == Check.STEP_EMPTY));
        assertEquals(Set.of(StrategyStep.values()), issues.stream().map(ComplianceIssue::getStep)
                .collect(Collectors.toSet()));
    }

    @Test
    void eachGapIsFlaggedWithWhatItIsAbout() {
        Strategy strategy = complete();
        assertEquals(List.of(), ComplianceCheck.of(strategy), "a complete strategy has no issue");

        Objective strategic = strategy.getObjectives().get(0);
        strategic.getOptions().clear();
        strategic.setIndicator(null);
        ActionPlan plan = strategy.getProgrammes().get(0).getPlans().get(1);
        plan.setObjective(null);
        strategy.getProgrammes().get(0).getPlans().remove(0);
        strategy.setMission(" ");

        List<String> found = ComplianceCheck.of(strategy).stream().map(ComplianceIssue::toString).toList();
        assertEquals(List.of("STEP_EMPTY(VISION)",
                "OBJECTIVE_WITHOUT_INDICATOR(OBJECTIVES: Become the preferred rotor partner)",
                "STRATEGIC_OBJECTIVE_WITHOUT_OPTION(OBJECTIVES: Become the preferred rotor partner)",
                "PROGRAMME_ONE_KIND(PROGRAMMES: Partnership)",
                "PLAN_WITHOUT_OBJECTIVE(PROGRAMMES: Quarterly executive meeting)"), found);
    }

    @Test
    void anOrientationStepIsEmptyUntilAnOptionAndADirectionExist() {
        Strategy strategy = complete();
        strategy.setOrientation(null);
        assertEquals(List.of("STEP_EMPTY(ORIENTATION)"),
                ComplianceCheck.of(strategy).stream().map(ComplianceIssue::toString).toList());
    }

    /** A strategy with every step written and nothing to flag. */
    static Strategy complete() {
        Strategy strategy = new Strategy(new Account("Airbus Test", "Aerospace", "FR"));
        SituationPotential strength = new SituationPotential(SituationPotential.Kind.STRENGTH, "Rotor know-how");
        SituationPotential opportunity = new SituationPotential(SituationPotential.Kind.OPPORTUNITY, "H160 ramp-up");
        strategy.getPotentials().addAll(List.of(strength, opportunity));
        TowsOption option = new TowsOption(TowsOption.Type.SO, "Co-develop the H160 blades");
        option.getPotentials().addAll(List.of(strength, opportunity));
        strategy.getOptions().add(option);
        strategy.setOrientation(new StrategicOrientation(StrategicOrientation.Direction.INVEST_FOR_GROWTH,
                "Grow with the H160", null));
        Objective strategic = new Objective(Objective.Level.STRATEGIC, "Become the preferred rotor partner");
        strategic.getOptions().add(option);
        strategic.setIndicator(new Indicator("Share of wallet", "%", new BigDecimal("18"), new BigDecimal("30"),
                LocalDate.of(2029, 12, 31)));
        strategy.getObjectives().add(strategic);
        ActionProgramme programme = new ActionProgramme("Partnership");
        ActionPlan contract = new ActionPlan("Five-year framework agreement", ActionPlan.Kind.CONTRACTUAL);
        contract.setObjective(strategic);
        ActionPlan relation = new ActionPlan("Quarterly executive meeting", ActionPlan.Kind.RELATIONAL);
        relation.setObjective(strategic);
        programme.getPlans().addAll(List.of(contract, relation));
        strategy.getProgrammes().add(programme);
        strategy.setVision("The rotor partner Airbus Helicopters cannot do without.");
        strategy.setMission("Deliver certified blades on time, every time.");
        strategy.getContingencies().add(new Contingency("A competitor undercuts by 15 %", "Offer a bundle"));
        return strategy;
    }
}
