package com.kamplanner.template;

/** The kinds of field a template section holds; {@link #TABLE} fields have typed {@link TableColumn columns}. */
public enum FieldType {
    SHORT_TEXT,
    RICH_TEXT,
    NUMBER,
    MONEY,
    DATE,
    CHOICE,
    TABLE,
    /** A whole number from 1 to 10, as a table column: our rating and the best competitor's on a buying criterion. */
    RATING;

    /** Types a table column may take: the single-line ones. */
    public boolean fitsInColumn() {
        return this != RICH_TEXT && this != TABLE;
    }
}
