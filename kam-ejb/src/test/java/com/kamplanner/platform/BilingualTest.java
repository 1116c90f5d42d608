package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTest {

    @Test
    void aFrenchReaderReadsFrenchWhateverTheCountry() {
        assertEquals("Enjeux", Bilingual.pick(Locale.FRENCH, "Stakes", "Enjeux"));
        assertEquals("Enjeux", Bilingual.pick(Locale.CANADA_FRENCH, "Stakes", "Enjeux"));
        assertEquals("Enjeux", Bilingual.pick(Locale.forLanguageTag("fr-BE"), "Stakes", "Enjeux"));
    }

    @Test
    void everyOtherReaderReadsEnglish() {
        assertEquals("Stakes", Bilingual.pick(Locale.ENGLISH, "Stakes", "Enjeux"));
        assertEquals("Stakes", Bilingual.pick(Locale.GERMAN, "Stakes", "Enjeux"));
        assertEquals("Stakes", Bilingual.pick(null, "Stakes", "Enjeux"));
    }

    @Test
    void aTextMissingInTheReadersLanguageFallsBackToTheOther() {
        assertEquals("Stakes", Bilingual.pick(Locale.FRENCH, "Stakes", null));
        assertEquals("Stakes", Bilingual.pick(Locale.FRENCH, "Stakes", "  "));
        assertEquals("Enjeux", Bilingual.pick(Locale.ENGLISH, "", "Enjeux"));
        assertNull(Bilingual.pick(Locale.ENGLISH, null, null));
    }
}
