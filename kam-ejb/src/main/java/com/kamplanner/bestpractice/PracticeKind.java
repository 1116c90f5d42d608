package com.kamplanner.bestpractice;

/** What the KA Director can mark as a best practice: one of the three planning documents' parts. */
public enum PracticeKind {
    PLAN_VERSION, STRATEGY, ACTION_PROGRAMME
}
