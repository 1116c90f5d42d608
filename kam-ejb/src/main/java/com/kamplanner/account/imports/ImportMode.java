package com.kamplanner.account.imports;

/** What to do with a file that has bad rows: import the good ones and report the rest, or import nothing. */
public enum ImportMode {
    VALID_ONLY,
    ALL_OR_NOTHING;

    /** The mode named in an API call ({@code validOnly}, {@code allOrNothing}), any case. */
    public static ImportMode named(String name) {
        String wanted = name == null ? "" : name.replace("_", "").trim();
        for (ImportMode mode : values()) {
            if (mode.name().replace("_", "").equalsIgnoreCase(wanted)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(name);
    }

    public String getName() {
        return name();
    }
}
