package com.kamplanner.bestpractice;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;
import java.time.Instant;

/** One line of the library, read as a projection: which item of which account, and the KA Director's comment. */
public record PracticeSummary(long id, PracticeKind kind, String accountName, Quadrant segment, String title,
                              String comment, String markedBy, Instant markedAt, long version)
        implements Serializable {

    // Getters for Jakarta EL 5, which does not read record components.

    public long getId() {
        return id;
    }

    public PracticeKind getKind() {
        return kind;
    }

    public String getAccountName() {
        return accountName;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public String getTitle() {
        return title;
    }

    public String getComment() {
        return comment;
    }

    public String getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    public long getVersion() {
        return version;
    }
}
