package com.kamplanner.platform;

import java.util.Locale;

/**
 * Texts kept in English and French (template labels, the competency framework, citations of the Key Account
 * Database) are shown in the reader's language: French for a French locale, English for any other. A text missing
 * in that language falls back to the other one rather than showing a blank.
 */
public final class Bilingual {

    private Bilingual() {
    }

    /** The language of the two closest to {@code requested}: French for any French, English otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && Locale.FRENCH.getLanguage().equals(requested.getLanguage())
                ? Locale.FRENCH : Locale.ENGLISH;
    }

    public static String pick(Locale locale, String en, String fr) {
        boolean french = locale != null && Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        String wanted = french ? fr : en;
        String other = french ? en : fr;
        return wanted == null || wanted.isBlank() ? other : wanted;
    }
}
