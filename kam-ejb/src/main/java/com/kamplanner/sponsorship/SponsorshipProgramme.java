package com.kamplanner.sponsorship;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.ExportTrail;
import com.kamplanner.platform.Download;
import com.kamplanner.people.Role;
import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.PlanStanding;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.situation.Stakeholder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;

/**
 * The executive sponsorship programme: per sponsor, the accounts they sponsor with the last sponsor meeting and
 * where the account's plan stands (from {@link PlanOverview}); an executive sees their own, the KA Director every
 * sponsor's. Only the account's sponsor logs a meeting, dated today or earlier.
 */
@Stateless
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
public class SponsorshipProgramme {

    public static final String MEETING_IN_FUTURE = "sponsorship.meeting.future";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    @Inject
    PlanOverview plans;

    @Inject
    ExportTrail exports;

    @Inject
    SponsorMeetings meetings;

    /**
     * The sponsored accounts the caller follows: their own for an executive, every sponsor's for the KA Director;
     * each with its last meeting, plan state, counterpart (and whether it is a mismatch of level) and next due date.
     */
    public List<SponsoredAccount> board() {
        boolean all = access.isDirector();
        String me = access.callerName();
        TypedQuery<Object[]> query = em.createQuery("select a.id, a.name, a.segment, k.displayName, s.id, "
                + "s.displayName, s.username from Account a join a.sponsor s left join a.kam k"
                + (all ? "" : " where s.username = :me") + " order by s.displayName, a.name", Object[].class);
        if (!all) {
            query.setParameter("me", me);
        }
        List<Object[]> rows = query.getResultList();
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Object[]> last = lastMeetings(ids);
        Map<Long, PlanStanding> standings = plans.standingsOf(ids);
        Map<Long, Stakeholder> counterparts = meetings.counterparts(ids);
        Map<Quadrant, Integer> cadence = cadences();
        LocalDate today = LocalDate.now();
        List<SponsoredAccount> board = new ArrayList<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            Object[] meeting = last.get(id);
            PlanStanding standing = standings.get(id);
            Stakeholder counterpart = counterparts.get(id);
            LocalDate lastDate = meeting == null ? null : (LocalDate) meeting[0];
            board.add(new SponsoredAccount(id, (String) r[1], (Quadrant) r[2], (String) r[3], (Long) r[4],
                    (String) r[5], lastDate, meeting == null ? null : (String) meeting[1], PlanState.of(standing),
                    standing == null ? null : standing.getVersionNumber(), me.equals(r[6]),
                    counterpart == null ? null : counterpart.getId(),
                    counterpart == null ? null : counterpart.getName(),
                    counterpart != null && Altitude.mismatch(counterpart.getDecisionRole(),
                            counterpart.getInfluence()),
                    MeetingCadence.nextDue(lastDate, cadence.get((Quadrant) r[2]), today)));
        }
        return board;
    }

    /**
     * The sponsor's scorecard: per executive, the meetings held in the last year against their segments' cadences,
     * the accounts due a meeting now, their accounts' plan states ({@link SponsorScorecard}) and their key accounts'
     * stored health ({@link SponsorHealth}). An executive sees their own line; the KA Director every sponsor's.
     * Four statements beside the board's.
     */
    public List<SponsorScore> scorecard() {
        List<SponsoredAccount> board = board();
        List<Long> ids = board.stream().map(SponsoredAccount::accountId).toList();
        LocalDate today = LocalDate.now();
        Map<Long, Integer> held = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select m.account.id, count(m) from SponsorMeeting m where m.account.id in :ids "
                            + "and m.meetingDate >= :since and m.meetingDate <= :today group by m.account.id",
                            Object[].class).setParameter("ids", ids)
                    .setParameter("since", SponsorScorecard.since(today)).setParameter("today", today)
                    .getResultList().forEach(r -> held.put((Long) r[0], ((Number) r[1]).intValue()));
        }
        Map<Quadrant, Integer> byQuadrant = cadences();
        Map<Long, Integer> cadence = new HashMap<>();
        board.stream().filter(a -> a.segment() != null && byQuadrant.containsKey(a.segment()))
                .forEach(a -> cadence.put(a.accountId(), byQuadrant.get(a.segment())));
        Map<Long, SponsorHealth> health = SponsorHealth.bySponsor(em,
                board.stream().map(SponsoredAccount::sponsorId).distinct().toList());
        return SponsorScorecard.scores(board, held, cadence, health, today);
    }

    /** The sponsor-meeting cadence of each segment that sets one, in months. */
    private Map<Quadrant, Integer> cadences() {
        Map<Quadrant, Integer> cadence = new HashMap<>();
        em.createQuery("select st.segment, st.sponsorMeetingMonths from SegmentSetting st "
                + "where st.sponsorMeetingMonths is not null", Object[].class).getResultList()
                .forEach(r -> cadence.put((Quadrant) r[0], (Integer) r[1]));
        return cadence;
    }

    /**
     * The calling executive's sponsored accounts whose next meeting, by their segment's cadence, falls on or before
     * {@code horizon}, earliest first; two statements whatever the number of accounts.
     */
    @RolesAllowed(Role.Names.EXECUTIVE)
    public List<MeetingDue> meetingsDueBy(LocalDate horizon) {
        List<Object[]> rows = em.createQuery("select a.id, a.name, st.sponsorMeetingMonths from Account a "
                + "join a.sponsor s, SegmentSetting st where st.segment = a.segment and s.username = :me "
                + "and a.keyAccount = true "
                + "and st.sponsorMeetingMonths is not null order by a.name", Object[].class)
                .setParameter("me", access.callerName()).getResultList();
        Map<Long, Object[]> last = lastMeetings(rows.stream().map(r -> (Long) r[0]).toList());
        LocalDate today = LocalDate.now();
        List<MeetingDue> due = new ArrayList<>();
        for (Object[] r : rows) {
            Object[] meeting = last.get((Long) r[0]);
            LocalDate lastDate = meeting == null ? null : (LocalDate) meeting[0];
            int months = (Integer) r[2];
            LocalDate next = MeetingCadence.nextDue(lastDate, months, today);
            if (!next.isAfter(horizon)) {
                due.add(new MeetingDue((Long) r[0], (String) r[1], lastDate, next, months));
            }
        }
        due.sort(Comparator.comparing(MeetingDue::due));
        return due;
    }

    /** Logs a sponsor meeting with only a note ({@link SponsorMeetings#log} logs one in full). */
    @RolesAllowed(Role.Names.EXECUTIVE)
    public SponsorMeeting logMeeting(long accountId, LocalDate date, String note) {
        MeetingInput input = new MeetingInput();
        input.setDate(date);
        input.setNotes(note);
        return meetings.log(accountId, input);
    }

    /**
     * The board as a workbook in the reader's words ({@code text}): the rows this reader sees, and the accounts
     * whose segment requires a sponsor they lack. Audited and counted.
     */
    public Download export(List<Account> withoutRequiredSponsor, Function<String, String> text) {
        return exports.exported(AuditAction.SPONSORSHIP_BOARD_EXPORTED, "Account", null,
                new Download("executive-sponsorship.xlsx",
                Download.XLSX, SponsorshipWorkbook.xlsx(board(), withoutRequiredSponsor, text)), null);
    }

    /** Per account, the date and note of its latest meeting: the dates by a group-by, the notes by one join. */
    private Map<Long, Object[]> lastMeetings(List<Long> accountIds) {
        Map<Long, Object[]> last = new HashMap<>();
        if (accountIds.isEmpty()) {
            return last;
        }
        for (Object[] row : em.createQuery("select m.account.id, m.meetingDate, m.note, m.id from SponsorMeeting m "
                + "where m.account.id in :ids and m.meetingDate = (select max(n.meetingDate) from SponsorMeeting n "
                + "where n.account = m.account) order by m.id", Object[].class).setParameter("ids", accountIds)
                .getResultList()) {
            last.put((Long) row[0], new Object[] {row[1], row[2]});
        }
        return last;
    }
}
