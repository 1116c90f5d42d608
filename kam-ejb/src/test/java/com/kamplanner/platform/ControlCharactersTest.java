package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void nulAndOtherControlsAreRefusedAndNamed() {
        assertEquals(OptionalInt.of(0), ControlCharacters.firstRefused("Nul\u0000Name", true));
        assertEquals(OptionalInt.of(0x1B), ControlCharacters.firstRefused("esc\u001B[0m", false));
        assertEquals(OptionalInt.of(0x7F), ControlCharacters.firstRefused("del\u007F", true));
        assertEquals(OptionalInt.of(0x85), ControlCharacters.firstRefused("next\u0085line", true));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> ControlCharacters.check("N1\u0000", false));
        assertEquals(ControlCharacters.KEY, refused.messageKey());
        assertArrayEquals(new Object[] {"U+0000"}, refused.arguments());
    }

    @Test
    void lineBreaksOnlyWhereTheFieldIsMultiLineAndTabEverywhere() {
        assertTrue(ControlCharacters.firstRefused("first line\r\nsecond\tcell", true).isEmpty());
        assertEquals(OptionalInt.of('\n'), ControlCharacters.firstRefused("one\nline", false));
        assertTrue(ControlCharacters.firstRefused("a\tb", false).isEmpty());
    }

    @Test
    void ordinaryTextInAnyLanguageIsClean() {
        assertTrue(ControlCharacters.firstRefused("Société Générale – « RCC » ✓ 東京 €", false).isEmpty());
        assertTrue(ControlCharacters.firstRefused(null, false).isEmpty());
        assertTrue(ControlCharacters.firstRefused("", false).isEmpty());
    }
}
