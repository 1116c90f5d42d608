package com.kamplanner.competency;

import java.io.Serializable;

/**
 * A gap as HR works on it: the competency below target, and the open development action aimed at it (null when
 * none is planned or under way, so HR knows one is still to add).
 */
public class GapToClose implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Gap gap;
    private final DevelopmentAction action;

    public GapToClose(Gap gap, DevelopmentAction action) {
        this.gap = gap;
        this.action = action;
    }

    public Gap getGap() {
        return gap;
    }

    /** The planned or in-progress action aimed at the gap's competency that is due first, or null. */
    public DevelopmentAction getAction() {
        return action;
    }
}
