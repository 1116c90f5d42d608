package com.kamplanner.plan;

import java.io.Serializable;
import java.time.LocalDate;

/** When an account's plan is next due for review, as {@link ReviewCadence} gives it from its segment's cadence. */
public record ReviewDate(long accountId, String accountName, String kamName, LocalDate nextReview)
        implements Serializable {
}
