package com.kamplanner.plan;

import java.io.Serializable;
import java.time.Instant;

/** Something that changed on the plan's action plans since the reader's last visit: an update or a comment. */
public class TeamNews implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Instant at;
    private final String who;
    private final String actionPlan;
    private final String what;

    public TeamNews(Instant at, String who, String actionPlan, String what) {
        this.at = at;
        this.who = who;
        this.actionPlan = actionPlan;
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

    public String getWhat() {
        return what;
    }
}
