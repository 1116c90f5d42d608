package com.kamplanner.selection;

/**
 * The four quadrants of the key account selection matrix, and the posture each calls for. Attractiveness is the
 * vertical axis, our relative strength the horizontal one; the KA Director sets both thresholds.
 */
public enum Quadrant {
    /** High attractiveness, high strength: invest for growth. */
    STRATEGIC("investForGrowth"),
    /** High attractiveness, low strength: invest selectively. */
    STAR("investSelectively"),
    /** Low attractiveness, high strength: maintain. */
    STATUS("maintain"),
    /** Low attractiveness, low strength: manage for cash. */
    STREAMLINE("manageForCash");

    private final String posture;

    Quadrant(String posture) {
        this.posture = posture;
    }

    /** The bundle key suffix of the usual posture, e.g. {@code posture.investForGrowth}. */
    public String posture() {
        return posture;
    }

    /**
     * The quadrant of a position; an index equal to its threshold counts as high. Null when either index is
     * missing: an account without scores has no place in the matrix.
     */
    public static Quadrant of(Double attractiveness, Double strength, double attractivenessThreshold,
                              double strengthThreshold) {
        if (attractiveness == null || strength == null) {
            return null;
        }
        boolean attractive = attractiveness >= attractivenessThreshold;
        boolean strong = strength >= strengthThreshold;
        if (attractive) {
            return strong ? STRATEGIC : STAR;
        }
        return strong ? STATUS : STREAMLINE;
    }
}
