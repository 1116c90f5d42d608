package com.kamplanner.situation;

/** How well one of our people knows a stakeholder, weakest first. Part of the API: never rename a constant. */
public enum RelationshipStrength {
    NONE, ACQUAINTED, REGULAR, TRUSTED;

    /** Regular or trusted: a relationship that carries the account, not a handshake. */
    public boolean isStrong() {
        return compareTo(REGULAR) >= 0;
    }
}
