package com.kamplanner.situation;

/** The coverage gaps {@link CoverageRules} flags. Part of the API: never rename a constant. */
public enum CoverageGapKind {
    /** A decision maker or high-influence stakeholder nobody of ours knows. */
    NO_RELATIONSHIP,
    /** A decision maker or high-influence stakeholder we only are acquainted with. */
    WEAK_ONLY,
    /** A decision maker or high-influence stakeholder only one of our people knows well: a single point of failure. */
    SINGLE_OWNER,
    /** A stakeholder none of our people has met within the stakeholder-freshness setting. */
    STALE
}
