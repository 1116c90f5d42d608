package com.kamplanner.sponsorship;

import java.time.LocalDate;

/**
 * When an account's executive sponsor should next meet the customer: the last meeting plus the segment's cadence,
 * or at once when they never met. Pure, so that it is tested alone.
 */
public final class MeetingCadence {

    private MeetingCadence() {
    }

    /** The next meeting's due date; null when the segment sets no cadence. */
    public static LocalDate nextDue(LocalDate lastMeeting, Integer months, LocalDate today) {
        if (months == null) {
            return null;
        }
        return lastMeeting == null ? today : lastMeeting.plusMonths(months);
    }
}
