package com.kamplanner.sponsorship;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the sponsorship programme: a key account, its sponsor, the last sponsor meeting (null: none yet)
 * and where its plan stands. {@code mine} says whether the reader is the sponsor, who alone logs meetings. The
 * customer counterpart the sponsorship names (null: none yet) and whether it is a mismatch of level
 * ({@link Altitude}); the next meeting's due date by the segment's cadence (null: no cadence).
 */
public record SponsoredAccount(long accountId, String accountName, Quadrant segment, String kamName,
                               long sponsorId, String sponsorName, LocalDate lastMeeting, String lastNote,
                               PlanState planState, Integer planVersion, boolean mine, Long counterpartId,
                               String counterpartName, boolean counterpartMismatch, LocalDate nextDue)
        implements Serializable {

    /** Whether the next meeting's due date has passed. */
    public boolean overdue(LocalDate today) {
        return nextDue != null && nextDue.isBefore(today);
    }

    // Bean getters for the page: Jakarta EL 5 does not read record components as properties.

    public long getAccountId() {
        return accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public String getKamName() {
        return kamName;
    }

    public String getSponsorName() {
        return sponsorName;
    }

    public LocalDate getLastMeeting() {
        return lastMeeting;
    }

    public String getLastNote() {
        return lastNote;
    }

    public PlanState getPlanState() {
        return planState;
    }

    public Integer getPlanVersion() {
        return planVersion;
    }

    public boolean isMine() {
        return mine;
    }

    public Long getCounterpartId() {
        return counterpartId;
    }

    public String getCounterpartName() {
        return counterpartName;
    }

    public boolean isCounterpartMismatch() {
        return counterpartMismatch;
    }

    public LocalDate getNextDue() {
        return nextDue;
    }

    public boolean isOverdue() {
        return overdue(LocalDate.now());
    }
}
