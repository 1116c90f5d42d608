package com.kamplanner.plan;

import java.time.LocalDate;

/**
 * Where an action plan stands in the follow-up. {@link #LATE} is never typed in: it is computed from the due
 * date by {@link #effective}, so a plan past its due date and neither done nor cancelled shows late.
 */
public enum FollowUpStatus {
    NOT_STARTED, ON_TRACK, AT_RISK, LATE, DONE, CANCELLED;

    /** The statuses a person may record; late is not one of them. */
    public static final FollowUpStatus[] TYPABLE = {NOT_STARTED, ON_TRACK, AT_RISK, DONE, CANCELLED};

    public boolean isTypable() {
        return this != LATE;
    }

    /** Done and cancelled plans are closed: they do not carry over to the next period. */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }

    /**
     * The status to show: the recorded one (not started when none), or late when the due date has passed and the
     * plan is still open.
     */
    public static FollowUpStatus effective(FollowUpStatus recorded, LocalDate dueDate, LocalDate today) {
        FollowUpStatus status = recorded == null ? NOT_STARTED : recorded;
        if (!status.isClosed() && dueDate != null && today.isAfter(dueDate)) {
            return LATE;
        }
        return status;
    }
}
