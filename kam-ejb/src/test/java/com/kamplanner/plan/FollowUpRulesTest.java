package com.kamplanner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Late is computed from the due date, and stale from the segment's review cadence. */
class FollowUpRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void anOpenPlanPastItsDueDateIsLateWhateverWasTyped() {
        assertEquals(FollowUpStatus.LATE, FollowUpStatus.effective(FollowUpStatus.ON_TRACK, TODAY.minusDays(1), TODAY));
        assertEquals(FollowUpStatus.LATE, FollowUpStatus.effective(FollowUpStatus.AT_RISK, TODAY.minusDays(1), TODAY));
        assertEquals(FollowUpStatus.LATE, FollowUpStatus.effective(null, TODAY.minusDays(1), TODAY));
    }

    @Test
    void aPlanDueTodayOrLaterOrWithoutDueDateKeepsItsStatus() {
        assertEquals(FollowUpStatus.ON_TRACK, FollowUpStatus.effective(FollowUpStatus.ON_TRACK, TODAY, TODAY));
        assertEquals(FollowUpStatus.AT_RISK, FollowUpStatus.effective(FollowUpStatus.AT_RISK, TODAY.plusDays(9), TODAY));
        assertEquals(FollowUpStatus.NOT_STARTED, FollowUpStatus.effective(null, null, TODAY));
    }

    @Test
    void aClosedPlanIsNeverLate() {
        assertEquals(FollowUpStatus.DONE, FollowUpStatus.effective(FollowUpStatus.DONE, TODAY.minusYears(1), TODAY));
        assertEquals(FollowUpStatus.CANCELLED,
                FollowUpStatus.effective(FollowUpStatus.CANCELLED, TODAY.minusDays(3), TODAY));
    }

    @Test
    void anUpdateKeepsItsStatusOnThePlanBesideTheStrategysStatus() {
        com.kamplanner.strategy.ActionPlan plan = new com.kamplanner.strategy.ActionPlan("Pilot",
                com.kamplanner.strategy.ActionPlan.Kind.values()[0]);
        assertEquals(null, plan.getFollowUpStatus());
        FollowUpMapping.follow(plan, FollowUpStatus.DONE);
        assertEquals("DONE", plan.getFollowUpStatus());
        assertEquals(com.kamplanner.strategy.ActionPlan.Status.DONE, plan.getStatus());
        FollowUpMapping.follow(plan, FollowUpStatus.AT_RISK);
        assertEquals("AT_RISK", plan.getFollowUpStatus());
        assertEquals(com.kamplanner.strategy.ActionPlan.Status.IN_PROGRESS, plan.getStatus());
    }

    @Test
    void lateCannotBeTyped() {
        assertFalse(FollowUpStatus.LATE.isTypable());
        for (FollowUpStatus s : FollowUpStatus.TYPABLE) {
            assertTrue(s.isTypable(), s.name());
        }
    }

    @Test
    void aPlanIsStaleTheDayAfterItsSegmentsReviewDate() {
        LocalDate approved = LocalDate.of(2026, 8, 1);
        LocalDate next = ReviewCadence.nextReview(approved, LocalDate.of(2026, 1, 1), 3);
        assertEquals(LocalDate.of(2026, 11, 1), next, "quarterly: three months after the last approval");
        assertFalse(ReviewCadence.isStale(next, next));
        assertTrue(ReviewCadence.isStale(next, next.plusDays(1)));
    }

    @Test
    void aNeverApprovedPlanCountsFromItsCreationAndNoSegmentMeansYearly() {
        LocalDate created = LocalDate.of(2026, 1, 15);
        assertEquals(LocalDate.of(2026, 7, 15), ReviewCadence.nextReview(null, created, 6));
        assertEquals(LocalDate.of(2027, 1, 15), ReviewCadence.nextReview(null, created, 0));
        assertTrue(ReviewCadence.isStale(ReviewCadence.nextReview(null, created, 6), TODAY));
    }
}
