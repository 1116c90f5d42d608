package com.kamplanner.situation;

/** The part a contact plays in the customer's buying centre. */
public enum DecisionRole {
    DECISION_MAKER,
    INFLUENCER,
    USER,
    GATEKEEPER,
    OTHER
}
