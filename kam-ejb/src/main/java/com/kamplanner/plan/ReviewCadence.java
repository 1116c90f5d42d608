package com.kamplanner.plan;

import java.time.LocalDate;

/**
 * When a plan is due for review: its segment's review frequency after its last approval (after its creation when
 * never approved). A plan past that date is stale, flagged on the KAM's home page and the KA Director's queue.
 */
public final class ReviewCadence {

    /** When the account has no segment yet, a plan is reviewed once a year. */
    public static final int DEFAULT_MONTHS = 12;

    private ReviewCadence() {
    }

    public static LocalDate nextReview(LocalDate lastApproval, LocalDate created, int frequencyMonths) {
        LocalDate base = lastApproval != null ? lastApproval : created;
        return base.plusMonths(frequencyMonths > 0 ? frequencyMonths : DEFAULT_MONTHS);
    }

    public static boolean isStale(LocalDate nextReview, LocalDate today) {
        return today.isAfter(nextReview);
    }
}
