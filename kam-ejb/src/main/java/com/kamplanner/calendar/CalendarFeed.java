package com.kamplanner.calendar;

import com.kamplanner.account.AccountAccess;
import com.kamplanner.account.AccountReader;
import com.kamplanner.competency.AssessmentCampaign;
import com.kamplanner.people.Role;
import com.kamplanner.plan.FollowUpRow;
import com.kamplanner.plan.FollowUpService;
import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.ReviewCadence;
import com.kamplanner.plan.ReviewDate;
import com.kamplanner.segmentation.SegmentSetting;
import com.kamplanner.sponsorship.MeetingCadence;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dated items of a person's calendar feed, computed as that person under the rights model although nobody is
 * logged in: the token names the owner, {@link AccountAccess#readerFor} gives the accounts the owner may read now
 * (from their stored roles), and each source reads through the same query as the owner's own lists. A disabled
 * owner, or an unknown or revoked token, has no feed. Open to every caller ({@code @PermitAll}) because the token
 * is the credential; the servlet is its only user.
 */
@Stateless
@PermitAll
public class CalendarFeed {

    /** How far ahead plan review dates go into the feed (past ones stay until the plan is reviewed). */
    static final int REVIEW_HORIZON_MONTHS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarTokens tokens;

    @Inject
    AccountAccess access;

    @Inject
    FollowUpService followUp;

    @Inject
    PlanOverview plans;

    /** The owner's feed, or empty when the token is unknown, revoked, or its owner disabled. */
    public Optional<Feed> forToken(String token) {
        return tokens.ownerOf(token).flatMap(owner -> access.readerFor(owner.getId())
                .map(reader -> new Feed(owner.getDisplayName(), owner.storedLocale(),
                        entries(owner.getRoles(), reader))));
    }

    /**
     * What a feed holds: whose it is (the calendar's name), the language its titles are written in (the owner's
     * stored one: a calendar client fetches it without a person's request, as notifications reach people), and its
     * events, soonest first.
     */
    public record Feed(String ownerName, Locale language, List<CalendarEntry> entries) {
    }

    List<CalendarEntry> entries(Set<Role> roles, AccountReader reader) {
        LocalDate today = LocalDate.now();
        List<CalendarEntry> entries = new ArrayList<>();
        boolean kam = roles.contains(Role.KAM);
        boolean director = roles.contains(Role.KA_DIRECTOR);
        if (kam || roles.contains(Role.TEAM_MEMBER)) {
            actionPlans(entries, reader);
            milestones(entries, reader.visibleAccountIds());
        }
        if (kam || director) {
            plans.reviewsDueFor(director ? null : reader.username(), today.plusMonths(REVIEW_HORIZON_MONTHS))
                    .forEach(r -> entries.add(review(r)));
        }
        if (roles.contains(Role.EXECUTIVE)) {
            sponsorMeetings(entries, reader.userId());
        }
        if (kam) {
            selfAssessments(entries, reader.userId());
        }
        if (director || roles.contains(Role.HR)) {
            openCampaigns(entries);
        }
        Map<String, CalendarEntry> unique = new LinkedHashMap<>();
        entries.forEach(e -> unique.putIfAbsent(e.uid(), e));
        List<CalendarEntry> feed = new ArrayList<>(unique.values());
        feed.sort(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::uid));
        return feed;
    }

    /** The open action plans the owner follows (their own; for a KAM all on their accounts), with a due date. */
    private void actionPlans(List<CalendarEntry> entries, AccountReader reader) {
        for (FollowUpRow row : followUp.followedBy(reader, null)) {
            if (row.getDueDate() != null) {
                entries.add(new CalendarEntry(CalendarEntry.uidOf("actionplan", row.getActionPlanId()),
                        CalendarEntry.Kind.ACTION_PLAN_DUE, row.getDueDate(),
                        List.of(row.getTitle(), row.getAccountName()), row.getAccountId(),
                        "plan/team.xhtml?account=" + row.getAccountId()));
            }
        }
    }

    /** The objectives' target dates on the accounts the owner reads: the milestones of the plan's horizon. */
    private void milestones(List<CalendarEntry> entries, List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        em.createQuery("select o.id, o.title, o.indicator.targetDate, a.id, a.name from Objective o "
                        + "join o.strategy s join s.account a where a.id in :ids and o.indicator.targetDate is not null",
                        Object[].class).setParameter("ids", accountIds).setMaxResults(1000).getResultList()
                .forEach(r -> entries.add(new CalendarEntry(CalendarEntry.uidOf("objective", r[0]),
                        CalendarEntry.Kind.MILESTONE, (LocalDate) r[2], List.of(r[1], r[4]), (Long) r[3],
                        "strategy/workspace.xhtml?account=" + r[3])));
    }

    private static CalendarEntry review(ReviewDate r) {
        return new CalendarEntry(CalendarEntry.uidOf("planreview", r.accountId()), CalendarEntry.Kind.PLAN_REVIEW,
                r.nextReview(), List.of(r.accountName()), r.accountId(), "plan/plan.xhtml?account=" + r.accountId());
    }

    /**
     * The next sponsor meeting of each account the executive sponsors: the last one plus the segment's sponsor
     * cadence ({@link MeetingCadence}), as on the executive's home page. An account never met yet has no fixed date
     * (the home page says a meeting is due now), and a segment without a cadence asks for none.
     */
    private void sponsorMeetings(List<CalendarEntry> entries, long executiveId) {
        List<Object[]> sponsored = em.createQuery("select a.id, a.name, a.segment from Account a "
                + "where a.sponsor.id = :me", Object[].class).setParameter("me", executiveId).getResultList();
        if (sponsored.isEmpty()) {
            return;
        }
        Map<Quadrant, Integer> months = new EnumMap<>(Quadrant.class);
        em.createQuery("select s from SegmentSetting s", SegmentSetting.class).getResultList()
                .forEach(s -> months.put(s.getSegment(), s.getSponsorMeetingMonths()));
        Map<Long, LocalDate> last = new java.util.HashMap<>();
        em.createQuery("select m.account.id, max(m.meetingDate) from SponsorMeeting m where m.account.id in :ids "
                        + "group by m.account.id", Object[].class)
                .setParameter("ids", sponsored.stream().map(r -> (Long) r[0]).toList()).getResultList()
                .forEach(r -> last.put((Long) r[0], (LocalDate) r[1]));
        for (Object[] r : sponsored) {
            LocalDate met = last.get((Long) r[0]);
            Integer cadence = months.get((Quadrant) r[2]);
            if (met != null && cadence != null) {
                entries.add(new CalendarEntry(CalendarEntry.uidOf("sponsormeeting", r[0]),
                        CalendarEntry.Kind.SPONSOR_MEETING, MeetingCadence.nextDue(met, cadence, met),
                        List.of(r[1]), (Long) r[0], "accounts/sponsorships.xhtml"));
            }
        }
    }

    /** A KAM's open campaigns: the self-assessment to fill by the end of the period. */
    private void selfAssessments(List<CalendarEntry> entries, long kamId) {
        em.createQuery("select c.id, c.name, c.periodEnd, x.id from Assessment x join x.campaign c "
                        + "where x.kam.id = :me and c.status = :open", Object[].class)
                .setParameter("me", kamId).setParameter("open", AssessmentCampaign.Status.OPEN).getResultList()
                .forEach(r -> entries.add(new CalendarEntry(CalendarEntry.uidOf("campaign", r[0]),
                        CalendarEntry.Kind.CAMPAIGN_DEADLINE, (LocalDate) r[2], List.of(r[1]), null,
                        "competency/assessment.xhtml?id=" + r[3])));
    }

    /** The KA Director's and HR's open campaigns: their assessments and validations close with the period. */
    private void openCampaigns(List<CalendarEntry> entries) {
        em.createQuery("select c from AssessmentCampaign c where c.status = :open", AssessmentCampaign.class)
                .setParameter("open", AssessmentCampaign.Status.OPEN).getResultList()
                .forEach(c -> entries.add(new CalendarEntry(CalendarEntry.uidOf("campaign", c.getId()),
                        CalendarEntry.Kind.CAMPAIGN_DEADLINE, c.getPeriodEnd(), List.of(c.getName()), null,
                        "competency/campaigns.xhtml")));
    }
}
