package com.kamplanner.plan;

import java.io.Serializable;

/** One line of a comparison of two versions: what it is about, and its value before and after. */
public class VersionChange implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final String before;
    private final String after;

    public VersionChange(String subject, String before, String after) {
        this.subject = subject;
        this.before = before;
        this.after = after;
    }

    public String getSubject() {
        return subject;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    @Override
    public String toString() {
        return subject + ": " + before + " → " + after;
    }
}
