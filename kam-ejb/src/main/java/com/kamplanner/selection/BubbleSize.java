package com.kamplanner.selection;

/** What a bubble's area shows in the selection matrix. */
public enum BubbleSize {
    /** Our sales over the last 12 months. */
    SALES,
    /** Our share of the account's spend in our category, when the spend is known. */
    SHARE
}
