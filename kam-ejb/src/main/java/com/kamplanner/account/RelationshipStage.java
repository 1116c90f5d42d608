package com.kamplanner.account;

/** The relationship development stages, from first contact to full integration; a plan records now and target. */
public enum RelationshipStage {
    EXPLORATORY, BASIC, COOPERATIVE, INTERDEPENDENT, INTEGRATED
}
