package com.kamplanner.strategy;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;

/**
 * Where the account sits in the selection matrix, shown beside the orientation pick: its quadrant today (from its
 * scores under the active criteria, else its segment) and the usual posture that goes with it. Empty when the
 * account has neither.
 */
public class MatrixStanding implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Quadrant quadrant;
    private final boolean fromScores;

    public MatrixStanding(Quadrant quadrant, boolean fromScores) {
        this.quadrant = quadrant;
        this.fromScores = fromScores;
    }

    public boolean isKnown() {
        return quadrant != null;
    }

    public Quadrant getQuadrant() {
        return quadrant;
    }

    /** True when the quadrant comes from the account's scores, false when from its segment. */
    public boolean isFromScores() {
        return fromScores;
    }

    /** The direction the quadrant's posture calls for; null when the account is not placed. */
    public StrategicOrientation.Direction getPosture() {
        return quadrant == null ? null : StrategicOrientation.Direction.postureOf(quadrant);
    }

    public boolean contradictedBy(StrategicOrientation.Direction direction) {
        return direction != null && direction.contradicts(quadrant);
    }
}
