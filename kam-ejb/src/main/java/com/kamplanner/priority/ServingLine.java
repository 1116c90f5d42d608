package com.kamplanner.priority;

import java.io.Serializable;

/** One strategic objective of one key account serving a corporate priority: a row of the priorities board. */
public record ServingLine(long priorityId, long accountId, String accountName, long objectiveId,
                          String objectiveTitle) implements Serializable {

    // Bean getters for the pages: Jakarta EL 5 does not read record components as properties.

    public long getAccountId() {
        return accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getObjectiveTitle() {
        return objectiveTitle;
    }
}
