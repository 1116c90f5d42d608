package com.kamplanner.sponsorship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the sponsor's scorecard, apart from the database so that they are tested alone: over the last year,
 * a segment meeting every {@code n} months asks for {@code ceil(12 / n)} meetings per account; an account is due a
 * meeting when its next one by the cadence falls today or earlier (at once when the sponsor never met it).
 */
public final class SponsorScorecard {

    /** The scorecard looks back this many months. */
    public static final int YEAR_MONTHS = 12;

    private SponsorScorecard() {
    }

    /** The meetings a year of this cadence asks for; none without a cadence. */
    public static int expectedMeetings(Integer cadenceMonths) {
        return cadenceMonths == null || cadenceMonths <= 0 ? 0 : (YEAR_MONTHS + cadenceMonths - 1) / cadenceMonths;
    }

    /** The first day the scorecard counts meetings from. */
    public static LocalDate since(LocalDate today) {
        return today.minusMonths(YEAR_MONTHS);
    }

    /** Held against expected in whole percent, rounded down; null when nothing is expected. */
    public static Integer attainment(int held, int expected) {
        return expected == 0 ? null : (int) (100L * held / expected);
    }

    /**
     * One score per sponsor, in the board's order (by sponsor name): {@code held} gives each account's meetings in
     * the last year, {@code cadence} each account's cadence in months (absent: none), {@code health} each
     * sponsor's key accounts' health (absent: {@link SponsorHealth#NONE}).
     */
    public static List<SponsorScore> scores(List<SponsoredAccount> board, Map<Long, Integer> held,
                                            Map<Long, Integer> cadence, Map<Long, SponsorHealth> health,
                                            LocalDate today) {
        Map<Long, List<SponsoredAccount>> bySponsor = new LinkedHashMap<>();
        board.forEach(a -> bySponsor.computeIfAbsent(a.sponsorId(), k -> new ArrayList<>()).add(a));
        List<SponsorScore> scores = new ArrayList<>();
        bySponsor.forEach((sponsorId, accounts) -> {
            int meetings = 0;
            int expected = 0;
            int due = 0;
            Map<PlanState, Integer> plans = new EnumMap<>(PlanState.class);
            for (SponsoredAccount a : accounts) {
                meetings += held.getOrDefault(a.accountId(), 0);
                Integer months = cadence.get(a.accountId());
                expected += expectedMeetings(months);
                LocalDate next = MeetingCadence.nextDue(a.lastMeeting(), months, today);
                if (next != null && !next.isAfter(today)) {
                    due++;
                }
                plans.merge(a.planState(), 1, Integer::sum);
            }
            scores.add(new SponsorScore(sponsorId, accounts.get(0).sponsorName(), accounts.size(), meetings,
                    expected, due, plans, health.getOrDefault(sponsorId, SponsorHealth.NONE)));
        });
        return scores;
    }
}
