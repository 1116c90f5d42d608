package com.kamplanner.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What pages show through {@code #{fmt}}, in English and French, from the values the pages hold. */
class PageFormatsTest {

    private static final String NNBSP = "\u202f";
    private static final String NBSP = "\u00a0";

    private final PageFormats en = new PageFormats(Locale.ENGLISH);
    private final PageFormats fr = new PageFormats(Locale.FRENCH);

    @Test
    void thePlansStoredDecimalsReadAsNumbers() {
        assertEquals("15,200,000", en.number(new BigDecimal("15200000.0000")));
        assertEquals("15" + NNBSP + "200" + NNBSP + "000", fr.number(new BigDecimal("15200000.0000")));
        assertEquals("0", en.number(new BigDecimal("0.0000")));
        assertEquals("11.66", en.number("11.66"));
        assertEquals("11,66", fr.number("11.66"));
        assertEquals("2.50", en.decimals(2.5d, 2));
    }

    @Test
    void countriesReadByTheirNameInTheLanguage() {
        assertEquals("Switzerland", en.country("CH"));
        assertEquals("Suisse", fr.country("CH"));
        assertEquals("Allemagne", fr.country("de"));
        assertEquals("XZ", en.country("XZ"));
        assertEquals("", en.country(null));
    }

    @Test
    void theDatabasesStoredMoneyReadsInItsCurrency() {
        assertEquals("€7,200,000,000", en.amount("7200000000.00", "EUR"));
        assertEquals("7" + NNBSP + "200" + NNBSP + "000" + NNBSP + "000" + NBSP + "€", fr.amount("7200000000.00", "EUR"));
        assertEquals("€15.2M", en.compact(new BigDecimal("15200000"), "EUR"));
        assertEquals("15,2" + NNBSP + "M€", fr.compact(new BigDecimal("15200000"), "EUR"));
    }

    @Test
    void percentagesAndSharesReadInPercent() {
        assertEquals("40%", en.percent(40));
        assertEquals("40" + NBSP + "%", fr.percent(40));
        assertEquals("55%", en.share(new BigDecimal("0.55")));
        assertEquals("55" + NBSP + "%", fr.share(0.55d));
        assertEquals("+5" + NNBSP + "pts", fr.percentPoints(5));
    }

    @Test
    void datesReadTheSameFromEveryType() {
        assertEquals("17 Jun 2019", en.date(LocalDate.of(2019, 6, 17)));
        assertEquals("17 juin 2019", fr.date("2019-06-17"));
        assertEquals("17 Jun 2019", en.date(java.sql.Date.valueOf(LocalDate.of(2019, 6, 17))));
        assertTrue(en.dateTime(java.time.Instant.parse("2026-12-03T22:05:03.643349Z")).startsWith("3 Dec 2026, "),
                "a moment reads to the minute, never as a raw instant");
        assertEquals("3 Dec 2026, 22:05 UTC", new PageFormats(Locale.ENGLISH) {
            @Override
            public com.kamplanner.platform.Formats formats() {
                return com.kamplanner.platform.Formats.of(Locale.ENGLISH, java.time.ZoneOffset.UTC);
            }
        }.dateTime("2026-12-03T22:05:03.643349Z"));
    }

    @Test
    void whatIsNotANumberOrADateShowsAsItIsAndNothingReadsAsADash() {
        assertEquals("n/a", en.number("n/a"));
        assertEquals("soon", fr.date("soon"));
        assertEquals("—", en.number(null));
        assertEquals("—", fr.amount("", "EUR"));
        assertEquals("—", en.date(null));
        assertEquals("—", en.dateTime(null));
        assertEquals("—", en.getNone());
    }

    @Test
    void codesReadThroughTheBundle() {
        assertEquals("On track", en.label("plan.status.", "ON_TRACK"));
        assertEquals("En bonne voie", fr.label("plan.status.", "ON_TRACK"));
        assertEquals("—", en.label("plan.status.", null));
    }

    @Test
    void aCodeWithoutALabelShowsVisiblyWithoutFailing() {
        assertEquals("???plan.status.NO_SUCH???", en.label("plan.status.", "NO_SUCH"));
    }
}
