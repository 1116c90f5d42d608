package com.kamplanner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The review date's limit the work list's query tests, checked against {@link ReviewCadence#nextReview} itself. */
class ReviewCadenceTest {

    @Test
    void lastBaseDueByIsTheLastDayWhoseReviewFallsOnOrBeforeTheHorizon() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int months : new int[] {1, 3, 6, 12, 0}) {
            for (LocalDate horizon = start; horizon.isBefore(LocalDate.of(2026, 1, 1)); horizon = horizon.plusDays(1)) {
                LocalDate last = ReviewCadence.lastBaseDueBy(horizon, months);
                assertFalse(ReviewCadence.nextReview(last, last, months).isAfter(horizon), months + " " + horizon);
                assertTrue(ReviewCadence.nextReview(last.plusDays(1), last.plusDays(1), months).isAfter(horizon),
                        months + " " + horizon);
            }
        }
    }

    @Test
    void monthEndsFollowPlusMonths() {
        // 29, 30 and 31 January plus one month are all 28 February 2025, so all are due by then.
        assertEquals(LocalDate.of(2025, 1, 31), ReviewCadence.lastBaseDueBy(LocalDate.of(2025, 2, 28), 1));
        assertEquals(LocalDate.of(2024, 3, 31), ReviewCadence.lastBaseDueBy(LocalDate.of(2025, 3, 31), 12));
        assertEquals(LocalDate.of(2024, 2, 29), ReviewCadence.lastBaseDueBy(LocalDate.of(2025, 2, 28), 12));
    }
}
