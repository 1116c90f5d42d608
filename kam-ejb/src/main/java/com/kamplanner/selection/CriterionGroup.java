package com.kamplanner.selection;

/** The two axes of the selection matrix: each criterion counts towards exactly one of them. */
public enum CriterionGroup {
    /** How attractive the account is to us over the next three years: the vertical axis. */
    ATTRACTIVENESS,
    /** Our strength against the best competitor, on the customer's own buying criteria: the horizontal axis. */
    STRENGTH
}
