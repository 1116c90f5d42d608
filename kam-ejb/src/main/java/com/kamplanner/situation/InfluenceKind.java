package com.kamplanner.situation;

/** How one stakeholder weighs on another beyond the reporting line. Part of the API: never rename a constant. */
public enum InfluenceKind {
    /** Informal influence: the other listens to them. */
    INFLUENCES,
    /** A close ally: they back each other. */
    ALLY,
    /** An adversary: they work against each other. */
    ADVERSARY
}
