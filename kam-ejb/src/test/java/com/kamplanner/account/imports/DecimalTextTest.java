package com.kamplanner.account.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amounts as CRMs and spreadsheets in English and French write them. */
class DecimalTextTest {

    private final DecimalText pointFile = new DecimalText('.');
    private final DecimalText commaFile = new DecimalText(',');

    @Test
    void decimalPointsAndCommasWithAnyGrouping() {
        assertAmount("1234567.89", pointFile, "1234567.89");
        assertAmount("1234567.89", pointFile, "1,234,567.89");
        assertAmount("1234567.89", commaFile, "1 234 567,89");
        assertAmount("1234567.89", commaFile, "1.234.567,89");
        assertAmount("1234567.89", commaFile, "1\u202F234\u202F567,89");
        assertAmount("1234567.89", pointFile, "1'234'567.89");
        assertAmount("1.50", pointFile, "1,5");
        assertAmount("1.50", commaFile, "1.5");
    }

    @Test
    void aLoneSeparatorBeforeThreeDigitsIsReadTheFilesWay() {
        assertAmount("1234.00", pointFile, "1,234");
        assertAmount("1.23", commaFile, "1,234");
        assertAmount("1234.00", commaFile, "1.234");
        assertAmount("1.23", pointFile, "1.234");
    }

    @Test
    void aCurrencyCodeOrSymbolIsKept() {
        assertEquals("EUR", pointFile.parse("EUR 1,200.00").orElseThrow().currency());
        assertEquals("EUR", commaFile.parse("1 200,00 €").orElseThrow().currency());
        assertEquals("USD", pointFile.parse("$1,200").orElseThrow().currency());
        assertAmount("1200.00", commaFile, "1 200,00 €");
    }

    @Test
    void textThatIsNotANumberIsRefused() {
        assertTrue(pointFile.parse("about 4 billion").isEmpty());
        assertTrue(pointFile.parse("1.2.3,4,5").isEmpty());
        assertTrue(pointFile.parse("12e5").isEmpty());
        assertTrue(commaFile.parse("N/A").isEmpty());
    }

    private static void assertAmount(String expected, DecimalText decimals, String text) {
        assertEquals(new BigDecimal(expected), decimals.parse(text).orElseThrow().value(), text);
    }
}
