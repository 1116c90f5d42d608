package com.kamplanner.account.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Countries as people and CRMs write them, in English, French or as codes. */
class CountryNamesTest {

    @Test
    void namesCodesAndShortFormsGiveTheIsoCode() {
        assertEquals("FR", CountryNames.code("France").orElseThrow());
        assertEquals("DE", CountryNames.code("Germany").orElseThrow());
        assertEquals("DE", CountryNames.code("Allemagne").orElseThrow());
        assertEquals("DE", CountryNames.code("Deutschland").orElseThrow());
        assertEquals("GB", CountryNames.code("United Kingdom").orElseThrow());
        assertEquals("GB", CountryNames.code("UK").orElseThrow());
        assertEquals("US", CountryNames.code("USA").orElseThrow());
        assertEquals("US", CountryNames.code("United States").orElseThrow());
        assertEquals("NL", CountryNames.code("the Netherlands").orElseThrow());
        assertEquals("CH", CountryNames.code("Suisse").orElseThrow());
        assertEquals("ES", CountryNames.code("espagne").orElseThrow());
        assertEquals("BE", CountryNames.code("BE").orElseThrow());
        assertEquals("BE", CountryNames.code("BEL").orElseThrow());
        assertEquals("CI", CountryNames.code("Côte d’Ivoire").orElseThrow());
    }

    @Test
    void anUnknownCountryHasNoCode() {
        assertTrue(CountryNames.code("Atlantis").isEmpty());
        assertTrue(CountryNames.code("XX").isEmpty());
    }

    @Test
    void currenciesByCodeOrByTheNameDynamicsGivesThem() {
        assertEquals("EUR", CurrencyNames.code("Euro").orElseThrow());
        assertEquals("EUR", CurrencyNames.code("eur").orElseThrow());
        assertEquals("USD", CurrencyNames.code("US Dollar").orElseThrow());
        assertEquals("GBP", CurrencyNames.code("Pound Sterling").orElseThrow());
        assertEquals("CHF", CurrencyNames.code("Swiss Franc").orElseThrow());
        assertTrue(CurrencyNames.code("Doubloon").isEmpty());
    }
}
