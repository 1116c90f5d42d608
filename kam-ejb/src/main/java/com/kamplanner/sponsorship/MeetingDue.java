package com.kamplanner.sponsorship;

import java.time.LocalDate;

/** A sponsored account whose next sponsor meeting is due by a date: the last meeting (null if never) and the due. */
public record MeetingDue(long accountId, String accountName, LocalDate lastMeeting, LocalDate due, int months) {
}
