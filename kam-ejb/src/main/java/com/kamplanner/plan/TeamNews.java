package com.kamplanner.plan;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something that changed on the plan's action plans since the reader's last visit: an update (its status and
 * progress, and its comment if any) or a comment. The status stays a code and the progress a number, so that the
 * page writes them in the reader's language.
 */
public class TeamNews implements Serializable {

    private static final long serialVersionUID = 2L;

    private final Instant at;
    private final String who;
    private final String actionPlan;
    private final FollowUpStatus status;
    private final Integer progress;
    private final String what;

    /** An update of the action plan's status and progress, with its comment (null when none). */
    public TeamNews(Instant at, String who, String actionPlan, FollowUpStatus status, int progress, String what) {
        this.at = at;
        this.who = who;
        this.actionPlan = actionPlan;
        this.status = status;
        this.progress = progress;
        this.what = what;
    }

    /** A comment on the action plan. */
    public TeamNews(Instant at, String who, String actionPlan, String what) {
        this.at = at;
        this.who = who;
        this.actionPlan = actionPlan;
        this.status = null;
        this.progress = null;
        this.what = what;
    }

    public Instant getAt() {
        return at;
    }

    public String getWho() {
        return who;
    }

    public String getActionPlan() {
        return actionPlan;
    }

    /** The status the update set; null for a comment. */
    public FollowUpStatus getStatus() {
        return status;
    }

    /** The progress in percent the update set; null for a comment. */
    public Integer getProgress() {
        return progress;
    }

    /** The comment; null for an update without one. */
    public String getWhat() {
        return what;
    }
}
