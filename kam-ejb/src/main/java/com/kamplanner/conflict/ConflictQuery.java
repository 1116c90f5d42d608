package com.kamplanner.conflict;

import java.io.Serializable;

/** One page of the register as the table asks for it: an optional status filter, a sort column, and the window. */
public class ConflictQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The columns the register sorts by, mapped to JPQL paths here so no page builds JPQL. */
    public enum SortColumn {
        OPENED_AT("c.openedAt"), TITLE("c.title"), KIND("c.kind"), STATUS("c.status");

        private final String path;

        SortColumn(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    private ConflictStatus status;
    private SortColumn sort = SortColumn.OPENED_AT;
    private boolean descending = true;
    private int first;
    private int max = 20;

    public ConflictQuery status(ConflictStatus status) {
        this.status = status;
        return this;
    }

    public ConflictQuery sortBy(SortColumn column, boolean descending) {
        this.sort = column == null ? SortColumn.OPENED_AT : column;
        this.descending = descending;
        return this;
    }

    public ConflictQuery page(int first, int max) {
        this.first = Math.max(0, first);
        this.max = Math.max(1, Math.min(max, 500));
        return this;
    }

    public ConflictStatus getStatus() {
        return status;
    }

    String orderBy() {
        return " order by " + sort.path() + (descending ? " desc" : " asc") + ", c.id desc";
    }

    int getFirst() {
        return first;
    }

    int getMax() {
        return max;
    }
}
