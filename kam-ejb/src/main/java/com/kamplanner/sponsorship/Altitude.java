package com.kamplanner.sponsorship;

import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.StakeholderFlags;

/**
 * The altitude of a sponsorship: an executive sponsor should meet the customer at their own level, a decision maker
 * of high influence ({@link StakeholderFlags#INFLUENTIAL} or more). Anyone else is a mismatch of level. Pure, so
 * that the page, the API and the tests agree.
 */
public final class Altitude {

    private Altitude() {
    }

    /** True when a counterpart of this role and influence is below the sponsor's level. */
    public static boolean mismatch(DecisionRole role, int influence) {
        return role != DecisionRole.DECISION_MAKER || influence < StakeholderFlags.INFLUENTIAL;
    }
}
