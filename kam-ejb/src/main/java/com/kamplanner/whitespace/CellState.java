package com.kamplanner.whitespace;

/** What we know of one offering at one buying centre; stored by name, shown through {@code whitespace.state.*}. */
public enum CellState {
    /** We supply it: the cell's value is the annual value. */
    SUPPLIED,
    /** An open opportunity: the value is the estimated one, with a stage and an expected date. */
    OPEN,
    /** A competitor from the Database's competition part holds it. */
    COMPETITOR,
    NOT_RELEVANT,
    UNKNOWN;

    /** Whether the cell carries a value (annual or estimated). */
    public boolean valued() {
        return this == SUPPLIED || this == OPEN;
    }
}
