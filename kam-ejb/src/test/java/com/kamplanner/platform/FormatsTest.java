package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every shape of figure a person reads, in English and in French. French spaces are the JDK's: a narrow no-break
 * space ({@code \u202f}) groups thousands and precedes the unit, a no-break space ({@code \u00a0}) precedes "%" and
 * the currency sign.
 */
class FormatsTest {

    private static final String NNBSP = "\u202f";
    private static final String NBSP = "\u00a0";

    private final Formats en = Formats.of(Locale.ENGLISH, ZoneOffset.UTC);
    private final Formats fr = Formats.of(Locale.FRENCH, ZoneOffset.UTC);

    @Test
    void aNumberIsGroupedWithoutUselessTrailingZeros() {
        assertEquals("15,200,000", en.number(new BigDecimal("15200000.0000")));
        assertEquals("15" + NNBSP + "200" + NNBSP + "000", fr.number(new BigDecimal("15200000.0000")));
        assertEquals("0", en.number(new BigDecimal("0.0000")));
        assertEquals("0", fr.number(new BigDecimal("0.0000")));
        assertEquals("11.66", en.number(new BigDecimal("11.6600")));
        assertEquals("11,66", fr.number(new BigDecimal("11.6600")));
        assertEquals("35", en.number(35));
        assertEquals("2.5", en.number(2.5d));
        assertEquals("2,5", fr.number(2.5d));
    }

    @Test
    void aNumberKeepsAtMostTwoDecimalsRoundedHalfUp() {
        assertEquals("11.67", en.number(new BigDecimal("11.665")));
        assertEquals("11,67", fr.number(new BigDecimal("11.665")));
    }

    @Test
    void anExactNumberKeepsEveryDecimalThatCarriesADigit() {
        assertEquals("24,000,000", en.exact(new BigDecimal("24000000.0000")));
        assertEquals("0.125", en.exact(new BigDecimal("0.1250")));
        assertEquals("0,125", fr.exact(new BigDecimal("0.1250")));
        assertEquals("1" + NNBSP + "000", fr.exact(new BigDecimal("1E+3")));
        assertEquals(Formats.NONE, fr.exact(null));
    }

    @Test
    void decimalsAreFixed() {
        assertEquals("3.00", en.decimals(new BigDecimal("3"), 2));
        assertEquals("3,00", fr.decimals(new BigDecimal("3"), 2));
        assertEquals("1,234.6", en.decimals(new BigDecimal("1234.56"), 1));
        assertEquals("1" + NNBSP + "234,6", fr.decimals(new BigDecimal("1234.56"), 1));
    }

    @Test
    void aPercentageIsGivenInPercentAndWrittenTheLanguagesWay() {
        assertEquals("55%", en.percent(55));
        assertEquals("55" + NBSP + "%", fr.percent(55));
        assertEquals("12.3%", en.percent(new BigDecimal("12.345")));
        assertEquals("12,3" + NBSP + "%", fr.percent(new BigDecimal("12.345")));
        assertEquals("0%", en.percent(0));
        assertEquals("100" + NBSP + "%", fr.percent(100));
    }

    @Test
    void percentPointsAreSigned() {
        assertEquals("+5" + NNBSP + "pp", en.percentPoints(5));
        assertEquals("+5" + NNBSP + "pts", fr.percentPoints(5));
        assertEquals("-2.5" + NNBSP + "pp", en.percentPoints(-2.5d));
        assertEquals("-2,5" + NNBSP + "pts", fr.percentPoints(-2.5d));
        assertEquals("0" + NNBSP + "pp", en.percentPoints(0));
    }

    @Test
    void anAmountKeepsItsOwnCurrencyAndShowsCentsOnlyWhenThereAreSome() {
        assertEquals("€7,200,000,000", en.amount(new BigDecimal("7200000000.00"), "EUR"));
        assertEquals("7" + NNBSP + "200" + NNBSP + "000" + NNBSP + "000" + NBSP + "€",
                fr.amount(new BigDecimal("7200000000.00"), "EUR"));
        assertEquals("$12.50", en.amount(new BigDecimal("12.5"), "USD"));
        assertEquals("12,50" + NBSP + "$US", fr.amount(new BigDecimal("12.5"), "USD"));
        assertEquals("£1,000", en.amount(new BigDecimal("1000"), "GBP"));
        assertEquals("1" + NNBSP + "000" + NBSP + "£GB", fr.amount(new BigDecimal("1000"), "GBP"));
    }

    @Test
    void aLetterCodeStaysApartFromTheDigits() {
        assertEquals("CHF" + NBSP + "1,000", en.amount(new BigDecimal("1000"), "CHF"));
        assertEquals("1" + NNBSP + "000" + NBSP + "CHF", fr.amount(new BigDecimal("1000"), "CHF"));
    }

    @Test
    void anUnknownCurrencyFollowsTheNumberAndNoCurrencyGivesTheNumber() {
        assertEquals("1,000 XYZ1", en.amount(new BigDecimal("1000"), "XYZ1"));
        assertEquals("1" + NNBSP + "000 XYZ1", fr.amount(new BigDecimal("1000"), "XYZ1"));
        assertEquals("1,000", en.amount(new BigDecimal("1000"), null));
        assertEquals("1" + NNBSP + "000", fr.amount(new BigDecimal("1000"), " "));
    }

    @Test
    void aCompactAmountShortensToThousandsMillionsAndBillions() {
        assertEquals("€15.2M", en.compact(new BigDecimal("15200000"), "EUR"));
        assertEquals("15,2" + NNBSP + "M€", fr.compact(new BigDecimal("15200000"), "EUR"));
        assertEquals("€500K", en.compact(new BigDecimal("500000"), "EUR"));
        assertEquals("500" + NNBSP + "k€", fr.compact(new BigDecimal("500000"), "EUR"));
        assertEquals("$7.2B", en.compact(new BigDecimal("7200000000"), "USD"));
        assertEquals("7,2" + NNBSP + "Md" + NBSP + "$US", fr.compact(new BigDecimal("7200000000"), "USD"));
        assertEquals("CHF" + NBSP + "7.2B", en.compact(new BigDecimal("7200000000"), "CHF"));
        assertEquals("7,2" + NNBSP + "Md" + NBSP + "CHF", fr.compact(new BigDecimal("7200000000"), "CHF"));
    }

    @Test
    void aCompactAmountBelowAThousandIsTheAmountAndANegativeOneLeadsWithItsSign() {
        assertEquals("€999", en.compact(new BigDecimal("999"), "EUR"));
        assertEquals("999" + NBSP + "€", fr.compact(new BigDecimal("999"), "EUR"));
        assertEquals("-€15.2M", en.compact(new BigDecimal("-15200000"), "EUR"));
        assertEquals("-15,2" + NNBSP + "M€", fr.compact(new BigDecimal("-15200000"), "EUR"));
        assertEquals("15.2M", en.compact(new BigDecimal("15200000"), null));
        assertEquals("15,2" + NNBSP + "M", fr.compact(new BigDecimal("15200000"), null));
    }

    @Test
    void aDateSpellsItsMonth() {
        assertEquals("17 Jun 2019", en.date(LocalDate.of(2019, 6, 17)));
        assertEquals("17 juin 2019", fr.date(LocalDate.of(2019, 6, 17)));
        assertEquals("31 Dec 2028", en.date(LocalDate.of(2028, 12, 31)));
        assertEquals("31 déc. 2028", fr.date(LocalDate.of(2028, 12, 31)));
    }

    @Test
    void aMomentReadsToTheMinuteInTheFormattersZoneWithTheZone() {
        Instant at = Instant.parse("2026-12-03T22:05:03.643349Z");
        assertEquals("3 Dec 2026, 22:05 UTC", en.dateTime(at));
        assertEquals("3 déc. 2026, 22:05 UTC", fr.dateTime(at));
        Formats paris = Formats.of(Locale.FRENCH, ZoneId.of("Europe/Paris"));
        assertEquals("3 déc. 2026, 23:05 CET", paris.dateTime(at));
        assertEquals("3 Dec 2026, 22:05 UTC", en.dateTime(LocalDateTime.of(2026, 12, 3, 22, 5)));
    }

    @Test
    void aMissingValueReadsAsADashInEveryShape() {
        for (Formats f : new Formats[] {en, fr}) {
            assertEquals(Formats.NONE, f.number(null));
            assertEquals(Formats.NONE, f.decimals(null, 2));
            assertEquals(Formats.NONE, f.percent(null));
            assertEquals(Formats.NONE, f.percentPoints(null));
            assertEquals(Formats.NONE, f.amount(null, "EUR"));
            assertEquals(Formats.NONE, f.compact(null, "EUR"));
            assertEquals(Formats.NONE, f.date(null));
            assertEquals(Formats.NONE, f.dateTime((Instant) null));
            assertEquals(Formats.NONE, f.dateTime((LocalDateTime) null));
        }
        assertEquals("—", Formats.NONE);
    }

    @Test
    void anyLanguageButFrenchReadsAsEnglish() {
        assertEquals(Locale.ENGLISH, Formats.of(Locale.GERMAN).locale());
        assertEquals(Locale.FRENCH, Formats.of(Locale.CANADA_FRENCH).locale());
        assertEquals(Locale.ENGLISH, Formats.of(null).locale());
    }
}
