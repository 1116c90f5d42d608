package com.kamplanner.priority;

import java.io.Serializable;

/** One strategic objective of one key account serving a corporate priority: a row of the priorities board. */
public record ServingLine(long priorityId, long accountId, String accountName, long objectiveId,
                          String objectiveTitle) implements Serializable {
}
