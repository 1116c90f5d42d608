package com.kamplanner.platform;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The characters no text of the application may hold: the C0 control characters (NUL included), DEL and the C1
 * controls. PostgreSQL refuses NUL in text at commit while H2 stores it, so the boundaries (forms, the API,
 * imports) refuse them first, with a reason the user can read. Tab and line breaks are allowed where the field
 * is multi-line, and tab in single-line text too, since it is what a copied spreadsheet cell brings.
 */
public final class ControlCharacters {

    /** The reason shown to the user, with the character's code ({@code U+0000}) as argument. */
    public static final String KEY = "input.controlCharacter";

    private ControlCharacters() {
    }

    /** The first refused character of {@code text}, as a code point; empty when the text is clean or null. */
    public static OptionalInt firstRefused(CharSequence text, boolean multiLine) {
        if (text == null) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (refused(c, multiLine)) {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
    }

    static boolean refused(char c, boolean multiLine) {
        if (c == '\t') {
            return false;
        }
        if (c == '\n' || c == '\r') {
            return !multiLine;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** How a refused character is named to people: {@code U+0000}. */
    public static String code(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /** Refuses a text holding a control character with the translated reason, naming the character. */
    public static void check(CharSequence text, boolean multiLine) {
        OptionalInt refused = firstRefused(text, multiLine);
        if (refused.isPresent()) {
            throw new BusinessRuleException(KEY, code(refused.getAsInt()));
        }
    }
}
