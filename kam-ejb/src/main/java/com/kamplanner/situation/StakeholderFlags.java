package com.kamplanner.situation;

/** The thresholds of the stakeholder map's warnings, in one place so that pages, exports and tests agree. */
public final class StakeholderFlags {

    /** Influence from which an opponent is flagged. */
    public static final int INFLUENTIAL = 7;

    /** Months without contact after which a contact is flagged. */
    public static final int NOT_MET_MONTHS = 6;

    private StakeholderFlags() {
    }
}
