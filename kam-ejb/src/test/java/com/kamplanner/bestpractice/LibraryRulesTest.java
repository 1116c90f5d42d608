package com.kamplanner.bestpractice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.CitedEvidence;
import com.kamplanner.strategy.Citation;
import com.kamplanner.strategy.ComplianceRules;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.StrategyTemplate;
import com.kamplanner.strategy.TemplateFixtures;
import com.kamplanner.selection.Quadrant;
import java.util.List;
import com.kamplanner.strategy.Indicator;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.SituationPotential;
import com.kamplanner.strategy.StrategicOrientation;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.TowsOption;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which strategies and programmes may be marked, what a marking's comment needs, and who reads a marked item. */
class LibraryRulesTest {

    private static final CitedEvidence NOTHING_CITED = new CitedEvidence(Map.of(), Map.of());

    @Test
    void aStrategyCountsAsCompleteOnlyWhenEveryComplianceCheckPasses() {
        ComplianceRules rules = ComplianceRules.of(List.of(StrategyTemplate.method(),
                TemplateFixtures.strict(Quadrant.STRATEGIC)));
        Strategy strategy = complete();
        assertTrue(LibraryRules.eligible(strategy, rules, NOTHING_CITED));
        strategy.getAccount().setSegment(Quadrant.STRATEGIC, false, null);
        assertFalse(LibraryRules.eligible(strategy, rules, NOTHING_CITED), "the Strategic template asks for more potentials");
        strategy.getAccount().setSegment(null, false, null);
        strategy.setMission(null);
        assertFalse(LibraryRules.eligible(strategy, rules, NOTHING_CITED), "a step left empty");
        assertFalse(LibraryRules.eligible(new Strategy(new Account("Empty Co", "Rail", "FR")), rules,
                NOTHING_CITED));
    }

    @Test
    void aStrategyWithAnOpenEvidenceChangedFlagIsNotCompleteAsItsSqlTwinSays() {
        ComplianceRules rules = ComplianceRules.of(List.of(StrategyTemplate.method()));
        Strategy strategy = complete();
        Instant cited = Instant.parse("2026-01-10T09:00:00Z");
        strategy.getPotentials().get(1).getCitations().add(Citation.ofField("competition", "ourShare", "Our share",
                "/db#competition", "19", cited));
        Map<String, Instant> saved = Map.of("competition", cited.plusSeconds(86_400));
        assertTrue(LibraryRules.eligible(strategy, rules, new CitedEvidence(Map.of(CitedEvidence.key("competition",
                "ourShare"), "19"), saved)), "the cited field still holds its baseline");
        assertFalse(LibraryRules.eligible(strategy, rules, new CitedEvidence(Map.of(CitedEvidence.key("competition",
                "ourShare"), "12"), saved)), "the cited field changed: the potential, option and objective are flagged");
    }

    @Test
    void anActionProgrammeNeedsBothKindsOfPlansAllServingAnObjective() {
        Objective objective = new Objective(Objective.Level.STRATEGIC, "Grow");
        ActionProgramme empty = new ActionProgramme("Nothing yet");
        assertFalse(LibraryRules.eligible(empty));

        ActionProgramme oneSided = new ActionProgramme("Contracts only");
        oneSided.addPlan(plan("Framework agreement", ActionPlan.Kind.CONTRACTUAL), objective, null);
        assertFalse(LibraryRules.eligible(oneSided));

        ActionProgramme unserved = new ActionProgramme("Partnership");
        unserved.addPlan(plan("Framework agreement", ActionPlan.Kind.CONTRACTUAL), objective, null);
        unserved.addPlan(plan("Plant visits", ActionPlan.Kind.RELATIONAL), null, null);
        assertFalse(LibraryRules.eligible(unserved), "a plan serving no objective");

        ActionProgramme sound = new ActionProgramme("Partnership");
        sound.addPlan(plan("Framework agreement", ActionPlan.Kind.CONTRACTUAL), objective, null);
        sound.addPlan(plan("Plant visits", ActionPlan.Kind.RELATIONAL), objective, null);
        assertTrue(LibraryRules.eligible(sound));
    }

    @Test
    void aMarkingNeedsACommentOfAtMost2000Characters() {
        for (String missing : new String[] {null, "", "  \n "}) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> LibraryRules.checkComment(missing));
            assertEquals(LibraryRules.COMMENT_REQUIRED, refused.messageKey());
        }
        BusinessRuleException tooLong = assertThrows(BusinessRuleException.class,
                () -> LibraryRules.checkComment("x".repeat(2001)));
        assertEquals(LibraryRules.COMMENT_SIZE, tooLong.messageKey());
        assertEquals("x".repeat(2000), LibraryRules.checkComment(" " + "x".repeat(2000) + " "));
    }

    @Test
    void onlyMarkedItemsAreReadAndOnlyByTheDirectorOrAKam() {
        assertTrue(LibraryRules.mayRead(false, true, true), "any KAM reads a marked item");
        assertTrue(LibraryRules.mayRead(true, false, true));
        assertFalse(LibraryRules.mayRead(false, true, false), "nobody reads an unmarked item through the library");
        assertFalse(LibraryRules.mayRead(true, false, false));
        assertFalse(LibraryRules.mayRead(false, false, true), "team members, executives and HR read nothing here");
    }

    private static ActionPlan plan(String title, ActionPlan.Kind kind) {
        ActionPlan plan = new ActionPlan(title, kind);
        plan.setStartDate(LocalDate.of(2026, 1, 1));
        plan.setDueDate(LocalDate.of(2026, 12, 31));
        return plan;
    }

    /** A strategy with every step filled and nothing for the compliance checks to flag, built through its API. */
    static Strategy complete() {
        return complete(new Account("Complete Aerospace", "Aerospace", "FR"));
    }

    static Strategy complete(Account account) {
        Strategy strategy = new Strategy(account);
        SituationPotential strength = strategy.addPotential(new SituationPotential(SituationPotential.Kind.STRENGTH,
                "Rotor know-how"));
        SituationPotential opportunity = strategy.addPotential(new SituationPotential(
                SituationPotential.Kind.OPPORTUNITY, "H160 ramp-up"));
        TowsOption option = strategy.addOption(new TowsOption(TowsOption.Type.SO, "Co-develop the H160 blades"),
                strength, opportunity);
        strategy.setOrientation(new StrategicOrientation(StrategicOrientation.Direction.INVEST_FOR_GROWTH,
                "Grow with the H160", null));
        Objective strategic = new Objective(Objective.Level.STRATEGIC, "Become the preferred rotor partner");
        strategic.setIndicator(new Indicator("Share of wallet", "%", new BigDecimal("18"), new BigDecimal("30"),
                LocalDate.of(2029, 12, 31)));
        strategy.addObjective(strategic, null, option);
        ActionProgramme programme = strategy.addProgramme(new ActionProgramme("Partnership"));
        programme.addPlan(plan("Five-year framework agreement", ActionPlan.Kind.CONTRACTUAL), strategic, null);
        programme.addPlan(plan("Quarterly executive meeting", ActionPlan.Kind.RELATIONAL), strategic, null);
        strategy.setVision("The rotor partner they cannot do without.");
        strategy.setMission("Deliver certified blades on time, every time.");
        strategy.addContingency(new Contingency("A competitor undercuts by 15 %", "Offer a bundle"));
        return strategy;
    }
}
