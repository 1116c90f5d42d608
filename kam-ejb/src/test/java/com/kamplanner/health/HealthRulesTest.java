package com.kamplanner.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.RelationshipStage;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.selection.Quadrant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each component of account health from its facts, the missing-data cases, the score and the weights' rules. */
class HealthRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Map<HealthComponent, Integer> ALL_EQUAL = HealthRules.weights(10, 20, 10, 20, 10, 20, 10);

    private static HealthFacts facts() {
        return new HealthFacts(1).segment(Quadrant.STRATEGIC, 3);
    }

    private static ComponentValue value(HealthComponent component, HealthFacts facts) {
        return HealthRules.value(component, facts, TODAY);
    }

    @Test
    void planFreshnessIsFullUntilTheReviewDateThenFallsOverOneMorePeriod() {
        assertEquals(100, value(HealthComponent.PLAN_FRESHNESS, facts().planBase(TODAY.minusMonths(3))).getValue());
        ComponentValue halfway = value(HealthComponent.PLAN_FRESHNESS, facts().planBase(LocalDate.of(2026, 2, 1)));
        assertEquals(134, halfway.getFactA(), "days since the last approval");
        assertEquals(3, halfway.getFactB(), "the segment's cadence in months");
        assertEquals(49, halfway.getValue(), "due on 1 May after 89 days, overdue by 45 days");
        assertEquals(0, value(HealthComponent.PLAN_FRESHNESS, facts().planBase(TODAY.minusYears(1))).getValue());
    }

    @Test
    void planFreshnessIsMissingWithoutAPlanNeverZero() {
        ComponentValue none = value(HealthComponent.PLAN_FRESHNESS, facts());
        assertNull(none.getValue());
        assertFalse(none.isKnown());
    }

    @Test
    void documentComplianceIsTheShareOfTheThreeDocumentsAtTheRequiredLevel() {
        assertEquals(0, value(HealthComponent.DOCUMENT_COMPLIANCE, facts()).getValue());
        assertEquals(67, value(HealthComponent.DOCUMENT_COMPLIANCE, facts().documentsMet(2)).getValue());
        assertEquals(100, value(HealthComponent.DOCUMENT_COMPLIANCE, facts().documentsMet(3)).getValue());
    }

    @Test
    void stakeholderCoverageCountsSupportersMetRecentlyAndIsMissingWithoutStakeholdersThatMatter() {
        ComponentValue coverage = value(HealthComponent.STAKEHOLDER_COVERAGE, facts().stakeholders(4, 1, 90));
        assertEquals(25, coverage.getValue());
        assertEquals(List.of(1, 4, 90), List.of(coverage.getFactA(), coverage.getFactB(), coverage.getFactC()));
        assertNull(value(HealthComponent.STAKEHOLDER_COVERAGE, facts().stakeholders(0, 0, 90)).getValue());
    }

    @Test
    void actionProgressCountsLatePlansAndProgressBehindTheTimeElapsed() {
        HealthFacts f = facts();
        HealthStatements.actionPlan(f, null, "PLANNED", null, TODAY.minusDays(1), null, TODAY);
        HealthStatements.actionPlan(f, "DONE", "PLANNED", null, TODAY.minusDays(1), 100, TODAY);
        HealthStatements.actionPlan(f, "CANCELLED", "PLANNED", null, TODAY.minusDays(1), null, TODAY);
        HealthStatements.actionPlan(f, "ON_TRACK", "IN_PROGRESS", TODAY.minusDays(50), TODAY.plusDays(50), 50, TODAY);
        HealthStatements.actionPlan(f, null, "DONE", null, TODAY.minusDays(5), null, TODAY);
        ComponentValue v = value(HealthComponent.ACTION_PROGRESS, f);
        assertEquals(1, v.getFactA(), "one late: the planned one past its due date");
        assertEquals(4, v.getFactB(), "the cancelled plan does not count");
        assertEquals(0, v.getFactC(), "the plan on track has 50% done at half its time");
        assertEquals(75, v.getValue());

        HealthFacts behind = facts();
        HealthStatements.actionPlan(behind, "AT_RISK", "IN_PROGRESS", TODAY.minusDays(80), TODAY.plusDays(20), 20, TODAY);
        ComponentValue lagging = value(HealthComponent.ACTION_PROGRESS, behind);
        assertEquals(60, lagging.getFactC(), "80% of the time gone, 20% done");
        assertEquals(70, lagging.getValue(), "none late, less half the 60 points behind");
    }

    @Test
    void actionProgressIsMissingWithoutActionPlans() {
        assertNull(value(HealthComponent.ACTION_PROGRESS, facts()).getValue());
    }

    @Test
    void indicatorTrajectoryComparesTheLatestActualWithTheStraightPath() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2027, 1, 1);
        // half-way along 100 -> 200, the path is at ~150
        assertTrue(HealthRules.onTrack(BigDecimal.valueOf(100), BigDecimal.valueOf(200), start, end,
                BigDecimal.valueOf(160), LocalDate.of(2026, 7, 2)));
        assertFalse(HealthRules.onTrack(BigDecimal.valueOf(100), BigDecimal.valueOf(200), start, end,
                BigDecimal.valueOf(140), LocalDate.of(2026, 7, 2)));
        // a target below the baseline (lower is better)
        assertTrue(HealthRules.onTrack(BigDecimal.TEN, BigDecimal.ZERO, start, end, BigDecimal.valueOf(4),
                LocalDate.of(2026, 7, 2)));
        ComponentValue v = value(HealthComponent.INDICATOR_TRAJECTORY, facts().objective(true).objective(false).objective(true));
        assertEquals(67, v.getValue());
        assertEquals(2, v.getFactA());
        assertNull(value(HealthComponent.INDICATOR_TRAJECTORY, facts()).getValue(), "nothing measured is missing");
    }

    @Test
    void sponsorEngagementFollowsTheCadenceWhereASponsorIsRequired() {
        assertNull(value(HealthComponent.SPONSOR_ENGAGEMENT, facts().sponsor(false, null, false, null)).getValue(),
                "not required: weighted out");
        assertEquals(0, value(HealthComponent.SPONSOR_ENGAGEMENT, facts().sponsor(true, 3, false, null)).getValue(),
                "required and none named: a known gap");
        assertEquals(0, value(HealthComponent.SPONSOR_ENGAGEMENT, facts().sponsor(true, 3, true, null)).getValue());
        assertEquals(100, value(HealthComponent.SPONSOR_ENGAGEMENT,
                facts().sponsor(true, 3, true, TODAY.minusMonths(2))).getValue());
        assertEquals(0, value(HealthComponent.SPONSOR_ENGAGEMENT,
                facts().sponsor(true, 3, true, TODAY.minusMonths(7))).getValue());
    }

    @Test
    void relationshipStageLosesAQuarterPerStageShortOfTheTarget() {
        assertEquals(50, value(HealthComponent.RELATIONSHIP_STAGE,
                facts().stages(RelationshipStage.BASIC, RelationshipStage.INTERDEPENDENT)).getValue());
        assertEquals(100, value(HealthComponent.RELATIONSHIP_STAGE,
                facts().stages(RelationshipStage.INTEGRATED, RelationshipStage.COOPERATIVE)).getValue());
        assertNull(value(HealthComponent.RELATIONSHIP_STAGE, facts().stages(RelationshipStage.BASIC, null)).getValue());
    }

    @Test
    void theScoreWeighsOutMissingAndSwitchedOffComponents() {
        HealthFacts f = facts().documentsMet(3).stages(RelationshipStage.BASIC, RelationshipStage.COOPERATIVE);
        List<ComponentValue> components = HealthRules.components(f, ALL_EQUAL, TODAY);
        // known: documents 100 (weight 20), stage 75 (weight 10); the rest unknown
        assertEquals(92, HealthRules.score(components));
        List<ComponentValue> stageOff = HealthRules.components(f, HealthRules.weights(10, 20, 10, 30, 10, 20, 0), TODAY);
        assertEquals(100, HealthRules.score(stageOff));
        HealthFacts nothing = new HealthFacts(2).segment(Quadrant.STAR, 6);
        assertNull(HealthRules.score(HealthRules.components(nothing, HealthRules.weights(0, 0, 50, 50, 0, 0, 0), TODAY)),
                "nothing known: no score, never 0");
    }

    @Test
    void weightsMustSumTo100OverTheComponentsSwitchedOn() {
        HealthRules.checkWeights(ALL_EQUAL, 15, 40);
        BusinessRuleException sum = assertThrows(BusinessRuleException.class,
                () -> HealthRules.checkWeights(HealthRules.weights(10, 10), 15, 40));
        assertEquals("health.weights.sum", sum.messageKey());
        assertThrows(BusinessRuleException.class, () -> HealthRules.checkWeights(HealthRules.weights(110, -10), 15, 40));
        assertThrows(BusinessRuleException.class, () -> HealthRules.checkWeights(ALL_EQUAL, 0, 40));
        assertThrows(BusinessRuleException.class, () -> HealthRules.checkWeights(ALL_EQUAL, 15, 101));
    }

    @Test
    void aDropNotifiesOnlyBeyondTheThresholdBetweenKnownScores() {
        assertTrue(HealthRules.dropped(80, 64, 15));
        assertFalse(HealthRules.dropped(80, 65, 15));
        assertFalse(HealthRules.dropped(null, 10, 15));
        assertFalse(HealthRules.dropped(80, null, 15));
        assertTrue(HealthRules.below(39, 40));
        assertFalse(HealthRules.below(null, 40));
    }
}
