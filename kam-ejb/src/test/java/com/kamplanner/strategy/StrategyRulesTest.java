package com.kamplanner.strategy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.SituationPotential.Kind;
import com.kamplanner.strategy.StrategicOrientation.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tracing, tree, indicator, pairing and orientation rules of the Strategy Formulation Process. */
class StrategyRulesTest {

    private static final LocalDate JAN = LocalDate.of(2027, 1, 1);

    @Test
    void aStrategicObjectiveWithoutATowsOptionIsRefused() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkTraces(Objective.Level.STRATEGIC, List.of()));
        assertEquals(StrategyRules.TOWS_REQUIRED, refused.messageKey());
        assertDoesNotThrow(() -> StrategyRules.checkTraces(Objective.Level.STRATEGIC,
                List.of(new TowsOption(TowsOption.Type.SO, "Co-develop the next rotor"))));
        assertDoesNotThrow(() -> StrategyRules.checkTraces(Objective.Level.OPERATIONAL, List.of()),
                "only strategic objectives trace to options");
    }

    @Test
    void everyLowerObjectiveHasAParentOfTheLevelJustAbove() {
        Objective strategic = new Objective(Objective.Level.STRATEGIC, "Double our share");
        Objective operational = new Objective(Objective.Level.OPERATIONAL, "Win the 2027 tender");
        assertEquals(StrategyRules.PARENT_REQUIRED, assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkParent(Objective.Level.OPERATIONAL, null)).messageKey());
        assertEquals(StrategyRules.PARENT_LEVEL, assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkParent(Objective.Level.SUPPORTING, strategic)).messageKey());
        assertEquals(StrategyRules.STRATEGIC_HAS_NO_PARENT, assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkParent(Objective.Level.STRATEGIC, strategic)).messageKey());
        assertDoesNotThrow(() -> StrategyRules.checkParent(Objective.Level.OPERATIONAL, strategic));
        assertDoesNotThrow(() -> StrategyRules.checkParent(Objective.Level.SUPPORTING, operational));
        assertDoesNotThrow(() -> StrategyRules.checkParent(Objective.Level.STRATEGIC, null));
    }

    @Test
    void aTargetDateBeforeTheStartDateIsRefused() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkTargetDate(JAN, JAN.minusDays(1)));
        assertEquals(StrategyRules.TARGET_BEFORE_START, refused.messageKey());
        assertDoesNotThrow(() -> StrategyRules.checkTargetDate(JAN, JAN));
        assertDoesNotThrow(() -> StrategyRules.checkTargetDate(null, JAN));
        assertEquals(StrategyRules.DUE_BEFORE_START, assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkPlanDates(JAN, JAN.minusMonths(1))).messageKey());
    }

    @Test
    void anIndicatorIsAbsentOrCompleteAndNeverWithoutTarget() {
        assertDoesNotThrow(() -> StrategyRules.checkIndicator(new Indicator()));
        assertDoesNotThrow(() -> StrategyRules.checkIndicator(new Indicator("Share of wallet", "%",
                new BigDecimal("18"), new BigDecimal("30"), JAN)));
        assertEquals(StrategyRules.INDICATOR_TARGET, assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkIndicator(new Indicator("Share of wallet", "%", new BigDecimal("18"), null,
                        JAN))).messageKey());
        assertEquals(StrategyRules.INDICATOR_NAME, assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkIndicator(new Indicator(" ", "%", null, BigDecimal.TEN, JAN))).messageKey());
        assertEquals(StrategyRules.INDICATOR_UNIT, assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkIndicator(new Indicator("Visits", null, null, BigDecimal.TEN, JAN)))
                .messageKey());
        assertEquals(StrategyRules.INDICATOR_TARGET_DATE, assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkIndicator(new Indicator("Visits", "per year", null, BigDecimal.TEN, null)))
                .messageKey());
    }

    @Test
    void anOptionPairsPotentialsOfItsOwnTwoKinds() {
        SituationPotential strength = new SituationPotential(Kind.STRENGTH, "Certified rotor know-how");
        SituationPotential opportunity = new SituationPotential(Kind.OPPORTUNITY, "New H160 programme");
        SituationPotential threat = new SituationPotential(Kind.THREAT, "Low-cost competitor");
        assertDoesNotThrow(() -> StrategyRules.checkPairing(TowsOption.Type.SO, List.of(strength, opportunity)));
        assertEquals(StrategyRules.PAIRING, assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkPairing(TowsOption.Type.SO, List.of(strength))).messageKey());
        assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkPairing(TowsOption.Type.SO, List.of(strength, opportunity, threat)));
        assertDoesNotThrow(() -> StrategyRules.checkPairing(TowsOption.Type.ST, List.of(strength, threat)));
    }

    @Test
    void anOrientationAgainstTheMatrixPostureNeedsAJustification() {
        assertTrue(Direction.MANAGE_FOR_CASH.contradicts(Quadrant.STRATEGIC));
        assertFalse(Direction.INVEST_FOR_GROWTH.contradicts(Quadrant.STRATEGIC));
        assertFalse(Direction.MAINTAIN.contradicts(null), "an unplaced account contradicts nothing");
        assertEquals(Direction.INVEST_SELECTIVELY, Direction.postureOf(Quadrant.STAR));
        assertEquals(Direction.MAINTAIN, Direction.postureOf(Quadrant.STATUS));
        assertEquals(Direction.MANAGE_FOR_CASH, Direction.postureOf(Quadrant.STREAMLINE));

        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> StrategyRules
                .checkOrientation(new StrategicOrientation(Direction.INVEST_FOR_GROWTH, "Grow", " "),
                        Quadrant.STREAMLINE));
        assertEquals(StrategyRules.JUSTIFICATION_REQUIRED, refused.messageKey());
        assertDoesNotThrow(() -> StrategyRules.checkOrientation(new StrategicOrientation(Direction.INVEST_FOR_GROWTH,
                "Grow", "The new CEO makes us their sole supplier"), Quadrant.STREAMLINE));
        assertDoesNotThrow(() -> StrategyRules.checkOrientation(new StrategicOrientation(Direction.MANAGE_FOR_CASH,
                "Harvest", null), Quadrant.STREAMLINE));
        assertEquals(StrategyRules.DIRECTION_REQUIRED, assertThrows(BusinessRuleException.class,
                () -> StrategyRules.checkOrientation(new StrategicOrientation(), Quadrant.STAR)).messageKey());
    }
}
