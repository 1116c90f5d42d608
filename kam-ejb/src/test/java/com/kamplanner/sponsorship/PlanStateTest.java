package com.kamplanner.sponsorship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kamplanner.plan.PlanStanding;
import com.kamplanner.plan.VersionStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A sponsored account's plan reads as approved, being worked on, overdue for review, or missing. */
class PlanStateTest {

    @Test
    void noPlanIsMissing() {
        assertEquals(PlanState.MISSING, PlanState.of(null));
    }

    @Test
    void aPlanPastItsReviewDateIsStaleWhateverItsNewestVersion() {
        assertEquals(PlanState.STALE, PlanState.of(standing(VersionStatus.APPROVED, true)));
        assertEquals(PlanState.STALE, PlanState.of(standing(VersionStatus.WORKING, true)));
    }

    @Test
    void anApprovedNewestVersionIsApprovedAndAnyOtherIsBeingWorkedOn() {
        assertEquals(PlanState.APPROVED, PlanState.of(standing(VersionStatus.APPROVED, false)));
        for (VersionStatus status : new VersionStatus[] {VersionStatus.WORKING, VersionStatus.SUBMITTED,
                VersionStatus.RETURNED}) {
            assertEquals(PlanState.WORKING, PlanState.of(standing(status, false)), status.name());
        }
    }

    private static PlanStanding standing(VersionStatus status, boolean stale) {
        return new PlanStanding(1L, "Airbus Helicopters", "Emma Laurent", 2, status, LocalDate.now(), stale, true);
    }
}
