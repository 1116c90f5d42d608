package com.kamplanner.sponsorship;

import java.io.Serializable;
import java.util.Map;

/**
 * One executive's line of the sponsor's scorecard: how many key accounts they sponsor, the meetings they held in
 * the last {@link SponsorScorecard#YEAR_MONTHS} months against what their segments' cadences ask, how many
 * accounts are due or overdue a meeting now, their accounts' plan states, and their key accounts' health.
 */
public record SponsorScore(long sponsorId, String sponsorName, int accounts, int meetingsHeld, int meetingsExpected,
                           int meetingsDue, Map<PlanState, Integer> planStates, SponsorHealth health)
        implements Serializable {

    // Bean getters for the page: Jakarta EL 5 does not read record components as properties.

    public String getSponsorName() {
        return sponsorName;
    }

    public int getAccounts() {
        return accounts;
    }

    public int getMeetingsHeld() {
        return meetingsHeld;
    }

    public int getMeetingsExpected() {
        return meetingsExpected;
    }

    public int getMeetingsDue() {
        return meetingsDue;
    }

    /** Held against expected, in whole percent; null when no cadence asks for any meeting. */
    public Integer getAttainment() {
        return SponsorScorecard.attainment(meetingsHeld, meetingsExpected);
    }

    public int plans(PlanState state) {
        return planStates.getOrDefault(state, 0);
    }

    public Map<PlanState, Integer> getPlanStates() {
        return planStates;
    }

    /** The plan-state counts by the state's name, as the page looks them up ({@code planStateCounts['WORKING']}). */
    public Map<String, Integer> getPlanStateCounts() {
        Map<String, Integer> byName = new java.util.LinkedHashMap<>();
        planStates.forEach((state, count) -> byName.put(state.name(), count));
        return byName;
    }

    public SponsorHealth getHealth() {
        return health;
    }
}
