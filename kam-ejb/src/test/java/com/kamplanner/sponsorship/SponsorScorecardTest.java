package com.kamplanner.sponsorship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kamplanner.selection.Quadrant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SponsorScorecardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aYearOfCadenceAsksForTheMeetingsItsMonthsFitRoundedUp() {
        assertEquals(4, SponsorScorecard.expectedMeetings(3));
        assertEquals(2, SponsorScorecard.expectedMeetings(6));
        assertEquals(3, SponsorScorecard.expectedMeetings(5));
        assertEquals(1, SponsorScorecard.expectedMeetings(24));
        assertEquals(0, SponsorScorecard.expectedMeetings(null));
    }

    @Test
    void attainmentIsHeldAgainstExpectedAndNothingWhenNothingIsAsked() {
        assertEquals(75, SponsorScorecard.attainment(3, 4));
        assertEquals(150, SponsorScorecard.attainment(6, 4));
        assertNull(SponsorScorecard.attainment(2, 0));
    }

    @Test
    void eachSponsorIsScoredOnTheirOwnAccounts() {
        SponsoredAccount met = line(1, 10, "Claire", TODAY.minusWeeks(3), PlanState.APPROVED);
        SponsoredAccount overdue = line(2, 10, "Claire", TODAY.minusMonths(5), PlanState.STALE);
        SponsoredAccount neverMet = line(3, 10, "Claire", null, PlanState.MISSING);
        SponsoredAccount noCadence = line(4, 20, "Marc", TODAY.minusMonths(11), PlanState.APPROVED);
        List<SponsorScore> scores = SponsorScorecard.scores(List.of(met, overdue, neverMet, noCadence),
                Map.of(1L, 3, 2L, 1, 4L, 1), Map.of(1L, 3, 2L, 3, 3L, 6),
                Map.of(10L, new SponsorHealth(62, 1, 1, 1, 0)), TODAY);

        assertEquals(2, scores.size());
        SponsorScore claire = scores.get(0);
        assertEquals("Claire", claire.sponsorName());
        assertEquals(3, claire.accounts());
        assertEquals(4, claire.meetingsHeld());
        assertEquals(4 + 4 + 2, claire.meetingsExpected());
        assertEquals(2, claire.meetingsDue(), "the overdue account and the one never met");
        assertEquals(1, claire.plans(PlanState.APPROVED));
        assertEquals(1, claire.plans(PlanState.STALE));
        assertEquals(1, claire.plans(PlanState.MISSING));
        assertEquals(0, claire.plans(PlanState.WORKING));
        assertEquals(62, claire.health().average());
        assertEquals(1, claire.health().critical());

        SponsorScore marc = scores.get(1);
        assertEquals(1, marc.meetingsHeld());
        assertEquals(0, marc.meetingsExpected(), "a segment without cadence asks for none");
        assertEquals(0, marc.meetingsDue());
        assertNull(marc.getAttainment());
        assertNull(marc.health().average(), "no health read for him: unknown, not 0");
    }

    private static SponsoredAccount line(long accountId, long sponsorId, String sponsor, LocalDate last,
                                         PlanState plan) {
        return new SponsoredAccount(accountId, "Account " + accountId, Quadrant.STRATEGIC, "Emma", sponsorId,
                sponsor, last, null, plan, null, false, null, null, false, null);
    }
}
