package com.kamplanner.sponsorship;

import com.kamplanner.plan.PlanStanding;
import com.kamplanner.plan.VersionStatus;

/**
 * Where a sponsored account's Key Account Plan stands, in the four words an executive needs: its newest version
 * approved, a version being worked on (or in review), past its review date, or no plan at all.
 */
public enum PlanState {
    APPROVED, WORKING, STALE, MISSING;

    /** From the plan's standing ({@code null}: the account has no plan). Stale wins over the version's status. */
    public static PlanState of(PlanStanding standing) {
        if (standing == null) {
            return MISSING;
        }
        if (standing.isStale()) {
            return STALE;
        }
        return standing.getStatus() == VersionStatus.APPROVED ? APPROVED : WORKING;
    }
}
