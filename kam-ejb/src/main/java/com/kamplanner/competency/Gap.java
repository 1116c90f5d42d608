package com.kamplanner.competency;

import java.io.Serializable;

/**
 * How far a KAM's level in one competency is from the level required: positive when below target. A KAM never
 * validated in the competency counts as level 0, so the whole requirement is the gap.
 */
public class Gap implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String competencyCode;
    private final Integer current;
    private final int required;

    public Gap(String competencyCode, Integer current, int required) {
        this.competencyCode = competencyCode;
        this.current = current;
        this.required = required;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    /** The validated level, or null when never validated. */
    public Integer getCurrent() {
        return current;
    }

    public int getRequired() {
        return required;
    }

    public int getSize() {
        return required - (current == null ? 0 : current);
    }

    public boolean isShort() {
        return getSize() > 0;
    }

    @Override
    public String toString() {
        return competencyCode + " " + current + "/" + required;
    }
}
