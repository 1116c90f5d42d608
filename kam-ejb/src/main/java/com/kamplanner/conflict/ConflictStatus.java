package com.kamplanner.conflict;

/** Where a conflict is in its handling; the order of the constants is the only direction it may move in. */
public enum ConflictStatus {
    OPEN, IN_MEDIATION, RESOLVED;

    /** Forward only: open to in mediation or resolved, in mediation to resolved; never back, never in place. */
    public boolean canMoveTo(ConflictStatus next) {
        return next != null && next.ordinal() > ordinal();
    }
}
