package com.kamplanner.bestpractice;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;
import java.util.Locale;

/** The library's filters (kind, segment, text in the account, title or comment) and the page window. */
public class LibraryQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    private PracticeKind kind;
    private Quadrant segment;
    private String text;
    private int first;
    private int max = 20;

    public LibraryQuery kind(PracticeKind kind) {
        this.kind = kind;
        return this;
    }

    public LibraryQuery segment(Quadrant segment) {
        this.segment = segment;
        return this;
    }

    public LibraryQuery text(String text) {
        this.text = text;
        return this;
    }

    public LibraryQuery page(int first, int max) {
        this.first = Math.max(0, first);
        this.max = Math.max(1, Math.min(max, 200));
        return this;
    }

    PracticeKind getKind() {
        return kind;
    }

    Quadrant getSegment() {
        return segment;
    }

    /** The text as a LIKE pattern, lower case, with the LIKE wildcards of the user's text removed; null if none. */
    String pattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "").strip() + "%";
    }

    int getFirst() {
        return first;
    }

    int getMax() {
        return max;
    }
}
