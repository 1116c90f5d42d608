package com.kamplanner.culture;

/**
 * What a KA team may be recognised for, each proved by a record of the account itself. A contingency handled is
 * not among them: nothing records yet that a contingency fired and was handled.
 */
public enum AchievementKind {
    /** A strategic objective whose indicator's actual reached its target (the evidence: the objective). */
    OBJECTIVE_REACHED,
    /** A plan version approved by its review date (the evidence: the plan version). */
    PLAN_APPROVED_ON_TIME,
    /** The relationship's current stage moved up the development path (the evidence: the stage change). */
    STAGE_MOVED_UP
}
