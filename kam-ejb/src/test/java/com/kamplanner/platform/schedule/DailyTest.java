package com.kamplanner.platform.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DailyTest {

    private static final Daily AT_0120 = new Daily(LocalTime.of(1, 20));
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void beforeTheTimeTheRunOwedIsYesterdaysFromItTodays() {
        assertEquals("2026-12-03", AT_0120.slot(ZonedDateTime.of(2026, 12, 4, 1, 19, 59, 0, PARIS)));
        assertEquals("2026-12-04", AT_0120.slot(ZonedDateTime.of(2026, 12, 4, 1, 20, 0, 0, PARIS)));
        assertEquals("2026-12-04", AT_0120.slot(ZonedDateTime.of(2026, 12, 4, 23, 59, 0, 0, PARIS)));
    }

    @Test
    void theNewYearsRunBelongsToTheNewYear() {
        assertEquals("2026-12-31", AT_0120.slot(ZonedDateTime.of(2027, 1, 1, 0, 30, 0, 0, PARIS)));
        assertEquals("2027-01-01", AT_0120.slot(ZonedDateTime.of(2027, 1, 1, 1, 30, 0, 0, PARIS)));
    }
}
