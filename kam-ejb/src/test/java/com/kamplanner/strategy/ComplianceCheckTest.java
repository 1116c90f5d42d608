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

    @Test
    void theTemplateDecidesWhichStepsAreRequiredAndWhichChecksApply() {
        Strategy strategy = complete();
        strategy.getContingencies().clear();
        strategy.getProgrammes().get(0).getPlans().get(0).setObjective(null);
        assertEquals(List.of("STEP_EMPTY(CONTINGENCIES)", "PLAN_WITHOUT_OBJECTIVE(PROGRAMMES: Five-year framework "
                + "agreement)"), names(ComplianceCheck.of(strategy, StrategyTemplate.method())));
        StrategyTemplate lax = TemplateFixtures.template(null, e -> {
            e.getSteps().get(StrategyStep.CONTINGENCIES.ordinal()).setRequired(false);
            e.setPlansServeObjective(false);
        });
        assertEquals(List.of(), ComplianceCheck.of(strategy, lax), "neither is asked any more");
    }

    @Test
    void aStricterTemplateAsksForPotentialsInEachQuadrantAndAnOptionForEachPairUsed() {
        Strategy strategy = complete();
        assertEquals(List.of("POTENTIALS_TOO_FEW(POTENTIALS: STRENGTH)", "POTENTIALS_TOO_FEW(POTENTIALS: WEAKNESS)",
                "POTENTIALS_TOO_FEW(POTENTIALS: OPPORTUNITY)", "POTENTIALS_TOO_FEW(POTENTIALS: THREAT)"),
                names(ComplianceCheck.of(strategy, TemplateFixtures.strict(null))));
        assertEquals(2, ComplianceCheck.of(strategy, TemplateFixtures.strict(null)).get(0).getLimit());
        for (SituationPotential.Kind kind : SituationPotential.Kind.values()) {
            strategy.getPotentials().add(new SituationPotential(kind, "One " + kind));
            strategy.getPotentials().add(new SituationPotential(kind, "Two " + kind));
        }
        assertEquals(List.of("TOWS_PAIR_MISSING(ORIENTATION: ST)", "TOWS_PAIR_MISSING(ORIENTATION: WO)",
                "TOWS_PAIR_MISSING(ORIENTATION: WT)"), names(ComplianceCheck.of(strategy, TemplateFixtures.strict(null))),
                "SO has its option; the other three pairs are used and have none");
        for (TowsOption.Type type : List.of(TowsOption.Type.ST, TowsOption.Type.WO, TowsOption.Type.WT)) {
            strategy.getOptions().add(new TowsOption(type, "Option " + type));
        }
        assertEquals(List.of(), ComplianceCheck.of(strategy, TemplateFixtures.strict(null)));
    }

    @Test
    void aStrategicObjectiveTargetsWithinTheTemplateHorizonFromItsStart() {
        Strategy strategy = complete();
        Objective strategic = strategy.getObjectives().get(0);
        strategic.setStartDate(LocalDate.of(2026, 1, 1));
        assertEquals(List.of(), ComplianceCheck.of(strategy), "the method's first template shows the horizon only");
        StrategyTemplate threeYears = TemplateFixtures.template(null, e -> e.setHorizonChecked(true));
        assertEquals(List.of("OBJECTIVE_BEYOND_HORIZON(OBJECTIVES: Become the preferred rotor partner)"),
                names(ComplianceCheck.of(strategy, threeYears)), "2029-12-31 is after 2029-01-01, three years on");
        strategic.setStartDate(LocalDate.of(2027, 1, 1));
        assertEquals(List.of(), ComplianceCheck.of(strategy, threeYears), "within three years of 2027-01-01");
        StrategyTemplate twoYears = TemplateFixtures.template(null, e -> {
            e.setHorizonChecked(true);
            e.setHorizonYears(2);
        });
        List<ComplianceIssue> issues = ComplianceCheck.of(strategy, twoYears);
        assertEquals(List.of("OBJECTIVE_BEYOND_HORIZON(OBJECTIVES: Become the preferred rotor partner)"), names(issues));
        assertEquals(2, issues.get(0).getLimit());
        strategic.setStartDate(null);
        assertEquals(List.of(), ComplianceCheck.of(strategy, twoYears), "without a start, only the save checks it");
    }

    @Test
    void savingAStrategicObjectiveBeyondTheHorizonIsRefused() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        StrategyRules.checkHorizon(Objective.Level.STRATEGIC, null, LocalDate.of(2029, 12, 5), 3, today);
        com.kamplanner.platform.BusinessRuleException refused = org.junit.jupiter.api.Assertions.assertThrows(
                com.kamplanner.platform.BusinessRuleException.class, () -> StrategyRules.checkHorizon(
                        Objective.Level.STRATEGIC, null, LocalDate.of(2029, 12, 6), 3, today));
        assertEquals(StrategyRules.BEYOND_HORIZON, refused.messageKey());
        StrategyRules.checkHorizon(Objective.Level.OPERATIONAL, null, LocalDate.of(2035, 1, 1), 3, today);
        StrategyRules.checkHorizon(Objective.Level.STRATEGIC, LocalDate.of(2028, 1, 1), LocalDate.of(2030, 12, 31), 3,
                today);
    }

    @Test
    void theTemplateForAllSegmentsAppliesWhereASegmentHasNoneOfItsOwn() {
        ComplianceRules rules = ComplianceRules.of(List.of(StrategyTemplate.method(),
                TemplateFixtures.strict(com.kamplanner.selection.Quadrant.STRATEGIC)));
        Strategy strategy = complete();
        assertEquals(List.of(), rules.check(strategy), "no segment: the template for all");
        strategy.getAccount().setSegment(com.kamplanner.selection.Quadrant.STAR, false, null);
        assertEquals(List.of(), rules.check(strategy));
        strategy.getAccount().setSegment(com.kamplanner.selection.Quadrant.STRATEGIC, false, null);
        assertEquals(4, rules.check(strategy).size(), "the Strategic template's minimum potentials");
    }

    private static List<String> names(List<ComplianceIssue> issues) {
        return issues.stream().map(ComplianceIssue::toString).toList();
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
