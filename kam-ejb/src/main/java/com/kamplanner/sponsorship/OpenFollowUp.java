package com.kamplanner.sponsorship;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A follow-up action of a sponsor meeting that its account's KAM has not turned into an action plan yet: a line of
 * the KAM's work list.
 */
public record OpenFollowUp(long id, String title, LocalDate due, String ownerName, long accountId,
                           String accountName, String sponsorName, LocalDate meetingDate) implements Serializable {
}
