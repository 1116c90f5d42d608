package com.kamplanner.plan;

import java.io.Serializable;

/**
 * One line of a comparison of two versions: what it is about, and its value before and after, either free text or
 * a code the page reads through the bundle under {@link #getCodePrefix()}.
 */
public class VersionChange implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final String before;
    private final String after;
    private final String codePrefix;

    public VersionChange(String subject, String before, String after) {
        this(subject, before, after, null);
    }

    private VersionChange(String subject, String before, String after, String codePrefix) {
        this.subject = subject;
        this.before = before;
        this.after = after;
        this.codePrefix = codePrefix;
    }

    /** A change between two codes whose labels are the bundle's {@code prefix + code}. */
    public static VersionChange codes(String subject, String prefix, String before, String after) {
        return new VersionChange(subject, before, after, prefix);
    }

    /** The bundle prefix of the codes, or null when before and after are free text. */
    public String getCodePrefix() {
        return codePrefix;
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
