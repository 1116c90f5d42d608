package com.kamplanner.culture;

/**
 * What a KA team may be recognised for, each proved by a record of the account itself.
 */
public enum AchievementKind {
    /** A strategic objective whose indicator's actual reached its target (the evidence: the objective). */
    OBJECTIVE_REACHED,
    /** A plan version approved by its review date (the evidence: the plan version). */
    PLAN_APPROVED_ON_TIME,
    /** The relationship's current stage moved up the development path (the evidence: the stage change). */
    STAGE_MOVED_UP,
    /** A contingency that fired and that the KAM acknowledged (the evidence: the contingency). */
    CONTINGENCY_HANDLED
}
