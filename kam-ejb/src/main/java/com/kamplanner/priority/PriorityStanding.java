package com.kamplanner.priority;

import java.io.Serializable;
import java.util.List;

/**
 * A corporate priority on the board: how many key accounts and strategic objectives serve it (counted in the
 * database), and the lines that do as far as the reader may see them. Unserved means no key account at all serves
 * it; {@code null} when the reader may not know (a KAM sees only their own accounts).
 */
public record PriorityStanding(CorporatePriority priority, long accounts, long objectives, Boolean unserved,
                               List<ServingLine> serving) implements Serializable {

    // Bean getters for the pages: Jakarta EL 5 does not read record components as properties.

    public CorporatePriority getPriority() {
        return priority;
    }

    public long getAccounts() {
        return accounts;
    }

    public long getObjectives() {
        return objectives;
    }

    public List<ServingLine> getServing() {
        return serving;
    }

    /** For the page: true only when it is known that nobody serves the priority. */
    public boolean isUnserved() {
        return Boolean.TRUE.equals(unserved);
    }
}
