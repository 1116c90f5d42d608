package com.kamplanner.plan;

import java.io.Serializable;
import java.time.Instant;

/** A submitted plan version in the KA Director's review queue, with when it was submitted (null if unknown). */
public record WaitingPlan(long accountId, String accountName, String kamName, int versionNumber,
                          Instant submittedAt) implements Serializable {
}
