package com.kamplanner.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quarters, the change from last quarter, and when an improvement action is late. */
class QuarterReviewTest {

    @Test
    void quartersFollowTheCalendarAndTheFirstOneLooksBackAtLastYear() {
        Quarter q4 = Quarter.of(LocalDate.of(2026, 11, 26));
        assertEquals(new Quarter(2026, 4), q4);
        assertEquals(LocalDate.of(2026, 10, 1), q4.start());
        assertEquals(LocalDate.of(2026, 12, 31), q4.end());
        assertEquals(new Quarter(2025, 4), Quarter.of(LocalDate.of(2026, 3, 31)).previous());
        assertEquals("2026 Q3", q4.previous().label());
    }

    @Test
    void theChangeIsInPercentagePointsForRatesAndInPlansForLateOnes() {
        ProgrammeFigures last = new ProgrammeFigures(10, 6, 4, 5, 7);
        ProgrammeFigures now = new ProgrammeFigures(12, 9, 6, 6, 3);
        QuarterReview review = new QuarterReview(new Quarter(2026, 4), now, last, List.of());
        assertEquals(60, last.coveragePercent());
        assertEquals(75, now.coveragePercent());
        assertEquals(15, review.change(QuarterReview.Figure.COVERAGE));
        assertEquals(10, review.change(QuarterReview.Figure.COMPLIANCE));
        assertEquals(0, review.change(QuarterReview.Figure.FRESHNESS));
        assertEquals(-4, review.change(QuarterReview.Figure.LATE_ACTION_PLANS));
        assertFalse(QuarterReview.Figure.LATE_ACTION_PLANS.higherIsBetter());
    }

    @Test
    void withoutLastQuarterThereIsNoChangeToShow() {
        QuarterReview review = new QuarterReview(new Quarter(2026, 4), new ProgrammeFigures(3, 3, 1, 1, 0), null,
                List.of());
        assertNull(review.change(QuarterReview.Figure.COVERAGE));
        assertEquals(33, review.current().compliancePercent());
    }

    @Test
    void anOpenActionPastItsDueDateIsLateAndAClosedOneNeverIs() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        ImprovementAction action = new ImprovementAction();
        action.setDueDate(today.minusDays(1));
        assertTrue(action.isLate(today));
        action.setStatus(ImprovementAction.Status.DROPPED);
        assertFalse(action.isLate(today));
        action.setStatus(ImprovementAction.Status.IN_PROGRESS);
        action.setDueDate(today);
        assertFalse(action.isLate(today));
    }
}
