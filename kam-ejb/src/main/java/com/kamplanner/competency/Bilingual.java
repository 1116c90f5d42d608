package com.kamplanner.competency;

import java.util.Locale;

/** Picks the French or the English column of the framework's bilingual texts for the reader's language. */
final class Bilingual {

    private Bilingual() {
    }

    static String pick(Locale locale, String en, String fr) {
        return locale != null && "fr".equals(locale.getLanguage()) ? fr : en;
    }
}
