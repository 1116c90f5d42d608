package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void typedTextIsKeptWithoutTheSpaceAroundIt() {
        assertEquals("Grow in rotor systems", FreeText.orNull("  Grow in rotor systems \n"));
        assertEquals("a  b", FreeText.orNull("a  b"), "space inside the text is the user's");
        assertEquals("Enjeux", FreeText.orNull("\u2003Enjeux\u2003"), "an em space around French text goes too");
    }

    @Test
    void nothingTypedIsAbsentNotEmpty() {
        assertNull(FreeText.orNull(null));
        assertNull(FreeText.orNull(""));
        assertNull(FreeText.orNull(" \t\n"));
    }
}
