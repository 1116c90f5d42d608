package com.kamplanner.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.strategy.WatchedCondition.Kind;
import com.kamplanner.strategy.WatchedCondition.Operator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each kind of watched condition fires exactly once on the value that crosses it, and not on the value just short
 * of it; missing data never fires.
 */
class WatchRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final long OBJECTIVE = 11L;
    private static final long CONTACT = 21L;
    private static final long MILESTONE = 31L;

    @Test
    void anIndicatorBelowItsThresholdFiresOnceAndNotOnTheThresholdItself() {
        Contingency c = watching(new WatchedCondition(Kind.INDICATOR, OBJECTIVE, "Share of H160 blade volume",
                Operator.BELOW, new BigDecimal("10"), null));
        assertFiresOnceOn(c, actual("10"), actual("9.99"), new BigDecimal("9.99"));
    }

    @Test
    void anIndicatorAboveItsThresholdFiresOnceAndNotOnTheThresholdItself() {
        Contingency c = watching(new WatchedCondition(Kind.INDICATOR, OBJECTIVE, "Defects", Operator.ABOVE,
                new BigDecimal("3"), null));
        assertFiresOnceOn(c, actual("3"), actual("3.01"), new BigDecimal("3.01"));
    }

    @Test
    void anIndicatorWithoutActualsNeverFires() {
        Contingency c = watching(new WatchedCondition(Kind.INDICATOR, OBJECTIVE, "Share", Operator.BELOW,
                new BigDecimal("10"), null));
        assertEquals(Optional.empty(), WatchRules.check(c, facts(Map.of(), Set.of(), Set.of(), Map.of(), Map.of()),
                TODAY));
    }

    @Test
    void aContactTurningOpponentFiresOnceAndANeutralOneDoesNot() {
        Contingency c = watching(new WatchedCondition(Kind.STAKEHOLDER_OPPONENT, CONTACT, "Dr. Kessler", null, null,
                null));
        WatchFacts neutral = facts(Map.of(), Set.of(CONTACT), Set.of(), Map.of(), Map.of());
        WatchFacts opposed = facts(Map.of(), Set.of(CONTACT), Set.of(CONTACT), Map.of(), Map.of());
        assertFiresOnceOn(c, neutral, opposed, null);
    }

    @Test
    void aDecisionMakerLeavingTheMapFiresOnceWhileStillOnItDoesNot() {
        Contingency c = watching(new WatchedCondition(Kind.DECISION_MAKER_LEFT, CONTACT, "Ms. Moreau", null, null,
                null));
        WatchFacts present = facts(Map.of(), Set.of(CONTACT, 99L), Set.of(), Map.of(), Map.of());
        WatchFacts gone = facts(Map.of(), Set.of(99L), Set.of(), Map.of(), Map.of());
        assertFiresOnceOn(c, present, gone, null);
    }

    @Test
    void aMilestoneNotDoneFiresTheDayAfterItsDateAndNotOnTheDateItself() {
        Contingency c = watching(new WatchedCondition(Kind.MILESTONE_MISSED, MILESTONE, "First-article inspection",
                null, null, TODAY));
        WatchFacts open = facts(Map.of(), Set.of(), Set.of(), Map.of(MILESTONE, false), Map.of());
        assertEquals(Optional.empty(), WatchRules.check(c, open, TODAY), "the date has not passed yet");
        Optional<WatchRules.Firing> firing = WatchRules.check(c, open, TODAY.plusDays(1));
        assertTrue(firing.isPresent());
        c.fire(Instant.now(), firing.get().value());
        assertEquals(Optional.empty(), WatchRules.check(c, open, TODAY.plusDays(2)), "fired once only");
    }

    @Test
    void aMilestoneDoneInTimeNeverFires() {
        Contingency c = watching(new WatchedCondition(Kind.MILESTONE_MISSED, MILESTONE, "Inspection", null, null,
                TODAY));
        assertEquals(Optional.empty(), WatchRules.check(c, facts(Map.of(), Set.of(), Set.of(), Map.of(MILESTONE,
                true), Map.of()), TODAY.plusDays(30)));
        assertEquals(Optional.empty(), WatchRules.check(c, facts(Map.of(), Set.of(), Set.of(), Map.of(), Map.of()),
                TODAY.plusDays(30)), "a plan that is gone is missing data, not a missed milestone");
    }

    @Test
    void aCompetitorShareRisingAboveItsValueFiresOnceWhateverTheCaseOfItsName() {
        Contingency c = watching(new WatchedCondition(Kind.COMPETITOR_SHARE, null, "AeroLowCost", Operator.ABOVE,
                new BigDecimal("20"), null));
        WatchFacts at = facts(Map.of(), Set.of(), Set.of(), Map.of(), Map.of("aerolowcost", new BigDecimal("20")));
        WatchFacts over = facts(Map.of(), Set.of(), Set.of(), Map.of(), Map.of(WatchFacts.competitorKey(
                " AEROLOWCOST "), new BigDecimal("20.5")));
        assertFiresOnceOn(c, at, over, new BigDecimal("20.5"));
    }

    @Test
    void theAccountsHealthFallingBelowItsValueFiresOnceAndNotOnTheValueItself() {
        Contingency c = watching(new WatchedCondition(Kind.HEALTH_BELOW, null, "Airbus Helicopters", Operator.BELOW,
                new BigDecimal("40"), null));
        assertFiresOnceOn(c, WatchFacts.ofHealth(40), WatchFacts.ofHealth(39), new BigDecimal("39"));
    }

    @Test
    void anUnknownHealthNeverFires() {
        Contingency c = watching(new WatchedCondition(Kind.HEALTH_BELOW, null, "Airbus Helicopters", Operator.BELOW,
                new BigDecimal("40"), null));
        assertEquals(Optional.empty(), WatchRules.check(c, WatchFacts.ofHealth(null), TODAY), "unknown, not 0");
        assertEquals(Optional.empty(), WatchRules.check(c, facts(Map.of(OBJECTIVE, BigDecimal.ZERO), Set.of(),
                Set.of(), Map.of(), Map.of()), TODAY), "other facts are not the account's health");
    }

    @Test
    void aHealthThresholdLiesOnTheHealthScaleAndNeedsNoTarget() {
        WatchRules.checkCondition(new WatchedCondition(Kind.HEALTH_BELOW, null, null, Operator.BELOW,
                BigDecimal.ZERO, null));
        WatchRules.checkCondition(new WatchedCondition(Kind.HEALTH_BELOW, null, null, Operator.BELOW,
                new BigDecimal("100"), null));
        assertRefused(WatchRules.HEALTH_RANGE, new WatchedCondition(Kind.HEALTH_BELOW, null, null, Operator.BELOW,
                new BigDecimal("-1"), null));
        assertRefused(WatchRules.HEALTH_RANGE, new WatchedCondition(Kind.HEALTH_BELOW, null, null, Operator.BELOW,
                new BigDecimal("100.5"), null));
        assertRefused(WatchRules.THRESHOLD_REQUIRED, new WatchedCondition(Kind.HEALTH_BELOW, null, null,
                Operator.BELOW, null, null));
        assertRefused(WatchRules.OPERATOR_REQUIRED, new WatchedCondition(Kind.HEALTH_BELOW, null, null,
                Operator.ABOVE, new BigDecimal("40"), null));
    }

    @Test
    void aReArmedContingencyFiresAgainAndAnAcknowledgedOneDoesNot() {
        Contingency c = watching(new WatchedCondition(Kind.INDICATOR, OBJECTIVE, "Share", Operator.BELOW,
                new BigDecimal("10"), null));
        c.fire(Instant.now(), new BigDecimal("8"));
        c.acknowledge("emma.kam", Instant.now());
        assertEquals(Contingency.State.ACKNOWLEDGED, c.getState());
        assertEquals(Optional.empty(), WatchRules.check(c, actual("7"), TODAY));
        c.rearm();
        assertNull(c.getFiredAt());
        assertEquals(new BigDecimal("7"), WatchRules.check(c, actual("7"), TODAY).orElseThrow().value());
    }

    @Test
    void aTextOnlyTriggerNeverFires() {
        Contingency c = new Contingency("The ramp-up slips", "Stretch the agreement");
        assertFalse(c.isWatching());
        assertEquals(Optional.empty(), WatchRules.check(c, actual("0"), TODAY));
    }

    @Test
    void aConditionNamesWhatItsKindNeeds() {
        WatchRules.checkCondition(new WatchedCondition());
        assertRefused(WatchRules.TARGET_REQUIRED, new WatchedCondition(Kind.INDICATOR, null, null, Operator.BELOW,
                BigDecimal.ONE, null));
        assertRefused(WatchRules.OPERATOR_REQUIRED, new WatchedCondition(Kind.INDICATOR, OBJECTIVE, "x", null,
                BigDecimal.ONE, null));
        assertRefused(WatchRules.OPERATOR_REQUIRED, new WatchedCondition(Kind.COMPETITOR_SHARE, null, "Rival",
                Operator.BELOW, BigDecimal.ONE, null));
        assertRefused(WatchRules.THRESHOLD_REQUIRED, new WatchedCondition(Kind.COMPETITOR_SHARE, null, "Rival",
                Operator.ABOVE, null, null));
        assertRefused(WatchRules.TARGET_REQUIRED, new WatchedCondition(Kind.COMPETITOR_SHARE, null, " ",
                Operator.ABOVE, BigDecimal.ONE, null));
        assertRefused(WatchRules.DATE_REQUIRED, new WatchedCondition(Kind.MILESTONE_MISSED, MILESTONE, "x", null,
                null, null));
        WatchRules.checkCondition(new WatchedCondition(Kind.STAKEHOLDER_OPPONENT, CONTACT, "x", null, null, null));
    }

    @Test
    void aPreparedPlanWakesWithItsDatesCountedFromTheFiringDay() {
        ActionPlan plan = new ActionPlan("Secure a bridge order", ActionPlan.Kind.CONTRACTUAL);
        ActionPlan edited = new ActionPlan("Secure a bridge order", ActionPlan.Kind.CONTRACTUAL);
        edited.setDormant(true);
        edited.setStartDate(TODAY);
        edited.setDueDate(TODAY.plusDays(3));
        edited.setStartOffsetDays(2);
        edited.setDueOffsetDays(30);
        plan.copyFrom(edited);
        assertTrue(plan.isDormant());
        assertNull(plan.getDueDate(), "a dormant plan has no date, so it is never late");
        plan.wake(TODAY);
        assertFalse(plan.isDormant());
        assertEquals(TODAY.plusDays(2), plan.getStartDate());
        assertEquals(TODAY.plusDays(30), plan.getDueDate());
        plan.sleepAgain();
        assertTrue(plan.isDormant(), "re-armed before any work on it, it sleeps again");
        assertNull(plan.getDueDate());
        plan.wake(TODAY.plusDays(1));
        plan.setFollowUpStatus("IN_PROGRESS");
        plan.sleepAgain();
        assertFalse(plan.isDormant(), "once its work has begun, it stays active");
        assertEquals(TODAY.plusDays(31), plan.getDueDate());
        assertRefusedOffsets();
    }

    private static void assertRefusedOffsets() {
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> WatchRules.checkOffsets(10, 5));
        assertEquals(WatchRules.OFFSETS_ORDER, e.messageKey());
        WatchRules.checkOffsets(5, 5);
    }

    private static void assertRefused(String key, WatchedCondition c) {
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> WatchRules.checkCondition(c));
        assertEquals(key, e.messageKey());
    }

    /** Not on {@code shortOf}; on {@code crossing}, with {@code value}; then never again until re-armed. */
    private static void assertFiresOnceOn(Contingency c, WatchFacts shortOf, WatchFacts crossing, BigDecimal value) {
        assertEquals(Optional.empty(), WatchRules.check(c, shortOf, TODAY), "just short of it");
        Optional<WatchRules.Firing> firing = WatchRules.check(c, crossing, TODAY);
        assertTrue(firing.isPresent(), "crossing it");
        assertEquals(value, firing.get().value());
        c.fire(Instant.now(), firing.get().value());
        assertEquals(Contingency.State.FIRED, c.getState());
        assertEquals(value, c.getFiredValue());
        assertEquals(Optional.empty(), WatchRules.check(c, crossing, TODAY), "fired once only");
        assertThrows(IllegalStateException.class, () -> c.fire(Instant.now(), value));
    }

    private static Contingency watching(WatchedCondition condition) {
        Contingency c = new Contingency("If it happens", "We respond");
        c.setCondition(condition);
        return c;
    }

    private static WatchFacts actual(String value) {
        return facts(Map.of(OBJECTIVE, new BigDecimal(value)), Set.of(), Set.of(), Map.of(), Map.of());
    }

    private static WatchFacts facts(Map<Long, BigDecimal> actuals, Set<Long> contacts, Set<Long> opponents,
                                    Map<Long, Boolean> done, Map<String, BigDecimal> shares) {
        return new WatchFacts(actuals, contacts, opponents, done, shares, null);
    }
}
