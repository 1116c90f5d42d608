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

    /**
     * The last day a plan may have been approved (or created, when never approved) on and still be due for review
     * on or before {@code horizon} under a cadence of {@code frequencyMonths}: {@code nextReview} is monotonic in
     * that day, so "due by the horizon" is "approved on or before this day", a condition a query can test. Month
     * ends count as {@link LocalDate#plusMonths} does (31 January plus one month is 28 February).
     */
    public static LocalDate lastBaseDueBy(LocalDate horizon, int frequencyMonths) {
        int months = frequencyMonths > 0 ? frequencyMonths : DEFAULT_MONTHS;
        LocalDate base = horizon.minusMonths(months);
        while (!base.plusDays(1).plusMonths(months).isAfter(horizon)) {
            base = base.plusDays(1);
        }
        return base;
    }

    public static boolean isStale(LocalDate nextReview, LocalDate today) {
        return today.isAfter(nextReview);
    }
}
