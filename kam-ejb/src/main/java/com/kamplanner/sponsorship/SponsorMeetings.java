package com.kamplanner.sponsorship;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.account.AccountRights;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgrammeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sponsor meetings of an account in depth: their history, which the account's readers see (the sponsor and the
 * other executives, the KA Director, the account's KAM and KA team; not HR, not another KAM); logging one, which
 * only the account's sponsor does; the customer counterpart the sponsorship names; and the follow-up actions, which
 * wait in the KAM's work list until the KAM turns each into an action plan under a programme they choose.
 */
@Stateless
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class SponsorMeetings {

    public static final String CUSTOMER_ATTENDEE_UNKNOWN = "sponsorship.meeting.customerAttendeeUnknown";
    public static final String OUR_ATTENDEE_UNKNOWN = "sponsorship.meeting.ourAttendeeUnknown";
    public static final String OWNER_UNKNOWN = "sponsorship.followUp.ownerUnknown";
    public static final String DUE_BEFORE_MEETING = "sponsorship.followUp.dueBeforeMeeting";
    public static final String ALREADY_TURNED = "sponsorship.followUp.alreadyTurned";
    public static final String COUNTERPART_UNKNOWN = "sponsorship.counterpart.unknown";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    @Inject
    ActionProgrammeService programmes;

    @Inject
    AuditTrail audit;

    /** The account's meetings, newest first, with their attendees and follow-ups; for the account's readers. */
    public List<SponsorMeeting> history(long accountId) {
        access.readable(accountId);
        return loaded(em.createQuery("select m from SponsorMeeting m where m.account.id = :account "
                + "order by m.meetingDate desc, m.id desc", SponsorMeeting.class)
                .setParameter("account", accountId).getResultList());
    }

    /** The meetings of several accounts, newest first, for the sponsorship board's readers (no KAM reads it). */
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
    public Map<Long, List<SponsorMeeting>> histories(List<Long> accountIds) {
        Map<Long, List<SponsorMeeting>> byAccount = new HashMap<>();
        if (accountIds.isEmpty()) {
            return byAccount;
        }
        loaded(em.createQuery("select m from SponsorMeeting m join fetch m.account where m.account.id in :ids "
                + "order by m.meetingDate desc, m.id desc", SponsorMeeting.class).setParameter("ids", accountIds)
                .getResultList()).forEach(m -> byAccount.computeIfAbsent(m.getAccount().getId(), k -> new ArrayList<>())
                .add(m));
        return byAccount;
    }

    /**
     * Logs a meeting on an account the caller sponsors, dated today or earlier, with its attendees (stakeholders of
     * this account, our users) and follow-ups (owned by a user, due on or after the meeting).
     */
    @RolesAllowed(Role.Names.EXECUTIVE)
    public SponsorMeeting log(long accountId, @NotNull @Valid MeetingInput input) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        AppUser sponsor = account.getSponsor();
        if (sponsor == null || !sponsor.getUsername().equals(access.callerName())) {
            throw new AccessDeniedException();
        }
        LocalDate date = input.getDate();
        if (date.isAfter(LocalDate.now())) {
            throw new BusinessRuleException(SponsorshipProgramme.MEETING_IN_FUTURE, date);
        }
        SponsorMeeting meeting = new SponsorMeeting(account, sponsor, date, input.getNotes().trim());
        meeting.setOutcomes(blankToNull(input.getOutcomes()));
        meeting.getCustomerAttendees().addAll(stakeholdersOf(accountId, input.getCustomerAttendeeIds()));
        meeting.getOurAttendees().addAll(users(input.getOurAttendeeIds(), OUR_ATTENDEE_UNKNOWN));
        for (MeetingInput.FollowUpInput f : input.getFollowUps()) {
            AppUser owner = users(List.of(f.getOwnerId()), OWNER_UNKNOWN).get(0);
            if (f.getDue().isBefore(date)) {
                throw new BusinessRuleException(DUE_BEFORE_MEETING, f.getTitle().trim(), f.getDue(), date);
            }
            meeting.addFollowUp(f.getTitle().trim(), owner, f.getDue());
        }
        em.persist(meeting);
        OptimisticSave.flush(em);
        audit.record(AuditAction.SPONSORSHIP_MEETING_LOGGED, "Account", accountId, date + " by "
                + sponsor.getUsername() + ", " + meeting.getFollowUps().size() + " follow-up(s)");
        return meeting;
    }

    /** The stakeholders of the account's map the sponsor may name as attendees or counterpart, by name. */
    public List<Stakeholder> stakeholders(long accountId) {
        access.readable(accountId);
        return em.createQuery("select s from Stakeholder s where s.account.id = :account order by s.name",
                Stakeholder.class).setParameter("account", accountId).getResultList();
    }

    /** Our people who may attend a meeting or own a follow-up: the enabled users, by name. */
    public List<AppUser> ourPeople() {
        return em.createQuery("select u from AppUser u where u.enabled = true order by u.displayName", AppUser.class)
                .getResultList();
    }

    // ---- the counterpart ----

    /** The counterpart the sponsorship of this account names, if any; for the account's readers. */
    public Optional<SponsorCounterpart> counterpart(long accountId) {
        access.readable(accountId);
        return counterpartOf(accountId);
    }

    /** The counterparts of several accounts, by account id, in one statement. */
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
    public Map<Long, Stakeholder> counterparts(List<Long> accountIds) {
        Map<Long, Stakeholder> byAccount = new HashMap<>();
        if (!accountIds.isEmpty()) {
            em.createQuery("select c from SponsorCounterpart c join fetch c.stakeholder where c.account.id in :ids",
                    SponsorCounterpart.class).setParameter("ids", accountIds).getResultList()
                    .forEach(c -> byAccount.put(c.getAccount().getId(), c.getStakeholder()));
        }
        return byAccount;
    }

    /** Names the customer counterpart of the account's sponsorship: by its sponsor, or by the KA Director. */
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
    public SponsorCounterpart nameCounterpart(long accountId, long stakeholderId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        String me = access.callerName();
        boolean sponsor = account.getSponsor() != null && account.getSponsor().getUsername().equals(me);
        if (account.getSponsor() == null || !(sponsor || access.isDirector())) {
            throw new AccessDeniedException();
        }
        Stakeholder stakeholder = em.find(Stakeholder.class, stakeholderId);
        if (stakeholder == null || !stakeholder.getAccount().getId().equals(accountId)) {
            throw new BusinessRuleException(COUNTERPART_UNKNOWN);
        }
        SponsorCounterpart counterpart = counterpartOf(accountId).orElse(null);
        if (counterpart == null) {
            counterpart = new SponsorCounterpart(account, stakeholder, me);
            em.persist(counterpart);
        } else {
            counterpart.rename(stakeholder, me);
        }
        OptimisticSave.flush(em);
        audit.record(AuditAction.SPONSORSHIP_COUNTERPART_NAMED, "Account", accountId, stakeholder.getName());
        return counterpart;
    }

    // ---- follow-ups ----

    /**
     * The follow-ups on the caller's accounts (as their KAM) not yet turned into action plans, soonest due first:
     * one statement whatever the number of accounts.
     */
    @RolesAllowed(Role.Names.KAM)
    public List<OpenFollowUp> openFollowUpsOfMine() {
        return em.createQuery("select new com.kamplanner.sponsorship.OpenFollowUp(f.id, f.title, f.dueDate, "
                        + "o.displayName, a.id, a.name, s.displayName, m.meetingDate) from SponsorFollowUp f "
                        + "join f.meeting m join m.account a join m.sponsor s join f.owner o "
                        + "where a.kam.id = :me and f.turnedAt is null order by f.dueDate, f.id", OpenFollowUp.class)
                .setParameter("me", access.callerId()).getResultList();
    }

    /** A follow-up with its meeting, for the account's KAM who turns it into an action plan. */
    @RolesAllowed(Role.Names.KAM)
    public SponsorFollowUp followUp(long followUpId) {
        SponsorFollowUp followUp = em.find(SponsorFollowUp.class, followUpId);
        if (followUp == null) {
            throw new NotFoundException();
        }
        access.allowed(followUp.getMeeting().getAccount().getId(), AccountRights::isKam);
        loaded(List.of(followUp.getMeeting()));
        return followUp;
    }

    /**
     * The account's KAM turns the follow-up (at the version they loaded) into an action plan of the kind they
     * choose, under the programme they choose, serving the objective they choose (null: none yet, which the
     * strategy's compliance flags), owned by the KAM or a team member ({@code ownerId}, null: nobody yet), due when
     * the follow-up is. The strategy's own rules apply ({@link ActionProgrammeService#savePlan}).
     */
    @RolesAllowed(Role.Names.KAM)
    public ActionPlan turnIntoActionPlan(long followUpId, long version, Long programmeId, Long objectiveId,
                                         ActionPlan.Kind kind, Long ownerId) {
        SponsorFollowUp followUp = followUp(followUpId);
        OptimisticSave.expectVersion(followUp.getVersion(), version);
        if (followUp.isTurned()) {
            throw new BusinessRuleException(ALREADY_TURNED, followUp.getTitle());
        }
        long accountId = followUp.getMeeting().getAccount().getId();
        ActionPlan plan = new ActionPlan(followUp.getTitle(), kind == null ? ActionPlan.Kind.RELATIONAL : kind);
        plan.setDueDate(followUp.getDueDate());
        ActionPlan saved = programmes.savePlan(accountId, plan, programmeId, objectiveId, ownerId);
        followUp.turnedInto(saved, access.callerName());
        OptimisticSave.flush(em);
        audit.record(AuditAction.SPONSORSHIP_FOLLOW_UP_TURNED, "Account", accountId, followUp.getTitle());
        return saved;
    }

    // ---- helpers ----

    private Optional<SponsorCounterpart> counterpartOf(long accountId) {
        return em.createQuery("select c from SponsorCounterpart c where c.account.id = :account",
                SponsorCounterpart.class).setParameter("account", accountId).getResultStream().findFirst();
    }

    /** The stakeholders by id, each of them on this account's map; otherwise the input is refused. */
    private List<Stakeholder> stakeholdersOf(long accountId, List<Long> ids) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Stakeholder> found = em.createQuery("select s from Stakeholder s where s.id in :ids "
                + "and s.account.id = :account", Stakeholder.class).setParameter("ids", wanted)
                .setParameter("account", accountId).getResultList();
        if (found.size() != wanted.size()) {
            throw new BusinessRuleException(CUSTOMER_ATTENDEE_UNKNOWN);
        }
        return found;
    }

    /** The enabled users by id; otherwise the input is refused with {@code error}. */
    private List<AppUser> users(List<Long> ids, String error) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (wanted.contains(null)) {
            throw new BusinessRuleException(error);
        }
        List<AppUser> found = em.createQuery("select u from AppUser u where u.id in :ids and u.enabled = true",
                AppUser.class).setParameter("ids", wanted).getResultList();
        if (found.size() != wanted.size()) {
            throw new BusinessRuleException(error);
        }
        return found;
    }

    /** Loads each meeting's attendees and follow-ups while the transaction is open, for the page and the API. */
    private static List<SponsorMeeting> loaded(List<SponsorMeeting> meetings) {
        for (SponsorMeeting m : meetings) {
            m.getCustomerAttendees().size();
            m.getOurAttendees().size();
            m.getFollowUps().forEach(f -> f.getOwner().getDisplayName());
            m.getSponsor().getDisplayName();
            m.getAccount().getName();
        }
        return meetings;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
