package com.kamplanner.platform;

/** What a user typed into a free-text field, stored the one way every service stores it: stripped, blank as absent. */
public final class FreeText {

    private FreeText() {
    }

    /** The text without leading and trailing white space; {@code null} when it is missing or only white space. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
