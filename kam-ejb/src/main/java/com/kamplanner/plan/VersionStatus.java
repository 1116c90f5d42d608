package com.kamplanner.plan;

/**
 * Where a plan version is in its review: the KAM works on it, submits it, and the KA Director approves it or
 * returns it with comments (the KAM then fixes and resubmits); an approved version is superseded by the next one.
 */
public enum VersionStatus {
    WORKING, SUBMITTED, APPROVED, RETURNED, SUPERSEDED;

    /** Only a working or returned version can still change; submitted, approved and superseded ones cannot. */
    public boolean isEditable() {
        return this == WORKING || this == RETURNED;
    }

    /** Versions from a submission on render from their stored snapshot, not from the live data. */
    public boolean isFrozen() {
        return !isEditable();
    }
}
