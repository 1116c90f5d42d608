package com.kamplanner.template;

import java.util.Locale;

/** Templates carry their labels in English and French; this picks the one for the reader's language. */
final class Labels {

    private Labels() {
    }

    static String pick(Locale locale, String en, String fr) {
        return locale != null && "fr".equals(locale.getLanguage()) && fr != null && !fr.isBlank() ? fr : en;
    }
}
