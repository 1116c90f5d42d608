package com.kamplanner.sponsorship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingCadenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void theNextMeetingIsTheCadenceAfterTheLast() {
        assertEquals(LocalDate.of(2027, 2, 28), MeetingCadence.nextDue(LocalDate.of(2026, 11, 30), 3, TODAY));
    }

    @Test
    void aSponsorWhoNeverMetTheCustomerShouldMeetThemNow() {
        assertEquals(TODAY, MeetingCadence.nextDue(null, 6, TODAY));
    }

    @Test
    void aSegmentWithoutCadenceAsksForNoMeeting() {
        assertNull(MeetingCadence.nextDue(LocalDate.of(2025, 1, 1), null, TODAY));
        assertNull(MeetingCadence.nextDue(null, null, TODAY));
    }
}
