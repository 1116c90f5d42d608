package com.kamplanner.plan;

import java.io.Serializable;

/**
 * One key account on the plans page: its plan's standing, or none yet, and whether the caller may start the plan
 * (they are the account's KAM and it has none).
 */
public record AccountPlan(long accountId, String accountName, String kamName, PlanStanding plan, boolean startable,
                          boolean sponsoredByMe) implements Serializable {

    public boolean isPlanned() {
        return plan != null;
    }
}
