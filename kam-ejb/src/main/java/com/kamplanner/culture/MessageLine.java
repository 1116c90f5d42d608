package com.kamplanner.culture;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;
import java.time.Instant;

/**
 * A programme message as a reader sees it, with both texts (the page shows the reader's language, else the
 * other), and for its author whether they may withdraw it.
 */
public record MessageLine(long id, Audience audience, Quadrant segment, String textEn, String textFr,
                          String author, Instant publishedAt, Instant withdrawnAt, boolean withdrawable,
                          long version) implements Serializable {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
