package com.kamplanner.plan;

import java.io.Serializable;
import java.time.Instant;

/** A plan version the KA Director returned to its KAM, with the comments of the return: the KAM's next move. */
public record ReturnedPlan(long accountId, String accountName, int versionNumber, Instant returnedAt,
                           String comments) implements Serializable {
}
