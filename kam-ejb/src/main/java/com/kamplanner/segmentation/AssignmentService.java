package com.kamplanner.segmentation;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.programme.ProgrammeSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * Who works on a key account: its KAM (within the KAM's capacity, or over it only when the KA Director confirms,
 * which is recorded), its KA team, and its executive sponsor. The source text insists a KAM must not hold too
 * many accounts; this is where that rule lives.
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class AssignmentService {

    public static final String CAPACITY_EXCEEDED = "assignment.capacityExceeded";
    public static final String OVERRIDE_REASON_REQUIRED = "assignment.overrideReasonRequired";
    public static final String NOT_A_KAM = "assignment.notAKam";
    public static final String NOT_AN_EXECUTIVE = "sponsor.notAnExecutive";
    public static final String NOT_A_TEAM_USER = "team.notATeamUser";
    public static final String ALREADY_ON_TEAM = "team.alreadyMember";

    private static final String LOAD = "select coalesce(sum(coalesce(s.capacity_weight, 1)), 0) from account a "
            + "left join segment_setting s on s.segment = a.segment where a.kam_id = ?1 and a.id <> ?2";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    @Inject
    ProgrammeSettings settings;

    @Inject
    AuditTrail audit;

    /**
     * Assigns a KAM. Past the KAM's capacity it is refused with the load and the capacity, unless
     * {@code overrideCapacity} is set with a reason: then it goes through and the override is recorded.
     */
    public Account assignKam(long accountId, Long kamUserId, boolean overrideCapacity, String overrideReason) {
        Account account = access.readable(accountId);
        AppUser kam = kamUserId == null ? null : em.find(AppUser.class, kamUserId);
        if (kamUserId != null && (kam == null || !kam.hasRole(Role.KAM) || !kam.isEnabled())) {
            throw new BusinessRuleException(NOT_A_KAM);
        }
        boolean overridden = false;
        if (kam != null) {
            BigDecimal load = load(kam.getId(), accountId);
            BigDecimal capacity = settings.kamCapacity();
            if (KamCapacity.exceeds(load, weight(account), capacity)) {
                if (!overrideCapacity) {
                    throw new BusinessRuleException(CAPACITY_EXCEEDED, kam.getDisplayName(),
                            load.stripTrailingZeros().toPlainString(), capacity.stripTrailingZeros().toPlainString(),
                            weight(account).stripTrailingZeros().toPlainString());
                }
                if (overrideReason == null || overrideReason.isBlank()) {
                    throw new BusinessRuleException(OVERRIDE_REASON_REQUIRED);
                }
                overridden = true;
            }
        }
        account.setKam(kam);
        access.forgetRights();
        em.persist(new KamAssignment(account, kam, access.callerName(), overridden,
                overridden ? overrideReason.trim() : null));
        audit.record(overridden ? AuditAction.ACCOUNT_KAM_ASSIGNED_OVER_CAPACITY : AuditAction.ACCOUNT_KAM_ASSIGNED,
                "Account", accountId,
                (kam == null ? "none" : kam.getUsername()) + (overridden ? " (" + overrideReason.trim() + ")" : ""));
        return account;
    }

    /** The KAM's load without the given account: what the capacity rule compares. */
    @RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
    public BigDecimal load(long kamUserId, long exceptAccountId) {
        Object sum = em.createNativeQuery(LOAD).setParameter(1, kamUserId).setParameter(2, exceptAccountId)
                .getSingleResult();
        return sum instanceof BigDecimal decimal ? decimal : new BigDecimal(sum.toString());
    }

    @RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
    public List<AppUser> kams() {
        return em.createQuery("select u from AppUser u join u.roles r where r = :role and u.enabled = true "
                + "order by u.displayName", AppUser.class).setParameter("role", Role.KAM).getResultList();
    }

    /**
     * The enabled KAMs as a filter lists them, id and name, by name: one statement. {@link #kams()} loads each
     * KAM as an entity, which reads each one's roles in a statement of its own (500 at the benchmark's size).
     */
    @RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
    public List<com.kamplanner.selection.KamOption> kamOptions() {
        return em.createQuery("select new com.kamplanner.selection.KamOption(u.id, u.displayName) from AppUser u "
                + "join u.roles r where r = :role and u.enabled = true order by u.displayName",
                com.kamplanner.selection.KamOption.class).setParameter("role", Role.KAM).getResultList();
    }

    @RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
    public List<AppUser> executives() {
        return em.createQuery("select u from AppUser u join u.roles r where r = :role and u.enabled = true "
                + "order by u.displayName", AppUser.class).setParameter("role", Role.EXECUTIVE).getResultList();
    }

    /** People who can join a KA team: KAMs and team members, internal or external. */
    public List<AppUser> teamCandidates() {
        return em.createQuery("select distinct u from AppUser u join u.roles r where r in :roles "
                + "and u.enabled = true order by u.displayName", AppUser.class)
                .setParameter("roles", List.of(Role.TEAM_MEMBER, Role.KAM)).getResultList();
    }

    /** The KA team of an account: for the KA Director, executives, its KAM and the team itself. */
    @RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
    public List<TeamMembership> team(long accountId) {
        access.readable(accountId);
        return em.createNamedQuery(TeamMembership.TEAM, TeamMembership.class).setParameter("account", accountId)
                .getResultList();
    }

    public TeamMembership addTeamMember(long accountId, long userId, String teamRole) {
        Account account = access.readable(accountId);
        AppUser user = em.find(AppUser.class, userId);
        if (user == null || !(user.hasRole(Role.TEAM_MEMBER) || user.hasRole(Role.KAM))) {
            throw new BusinessRuleException(NOT_A_TEAM_USER);
        }
        boolean already = em.createNamedQuery(TeamMembership.MEMBERS, AppUser.class)
                .setParameter("account", accountId).getResultStream().anyMatch(u -> u.getId() == userId);
        if (already) {
            throw new BusinessRuleException(ALREADY_ON_TEAM, user.getDisplayName());
        }
        TeamMembership membership = new TeamMembership(account, user, teamRole == null ? null : teamRole.trim());
        em.persist(membership);
        access.forgetRights();
        audit.record(AuditAction.TEAM_MEMBER_ADDED, "Account", accountId, user.getUsername() + " as " + teamRole);
        return membership;
    }

    public void removeTeamMember(long membershipId) {
        TeamMembership membership = em.find(TeamMembership.class, membershipId);
        if (membership == null) {
            throw new NotFoundException();
        }
        em.remove(membership);
        access.forgetRights();
        audit.record(AuditAction.TEAM_MEMBER_REMOVED, "Account", membership.getAccount().getId(),
                membership.getMember().getUsername());
    }

    /**
     * Names an executive sponsor. The KA Director names anyone; an executive can only take on a sponsorship
     * themselves, or give up their own.
     */
    @RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
    public Account setSponsor(long accountId, Long executiveUserId) {
        Account account = access.readable(accountId);
        AppUser sponsor = executiveUserId == null ? null : em.find(AppUser.class, executiveUserId);
        if (executiveUserId != null && (sponsor == null || !sponsor.hasRole(Role.EXECUTIVE))) {
            throw new BusinessRuleException(NOT_AN_EXECUTIVE);
        }
        if (!access.isDirector()) {
            String me = access.callerName();
            boolean takesItOn = sponsor != null && sponsor.getUsername().equals(me);
            boolean givesUpOwn = sponsor == null && account.getSponsor() != null
                    && account.getSponsor().getUsername().equals(me);
            if (!takesItOn && !givesUpOwn) {
                throw new AccessDeniedException();
            }
        }
        account.setSponsor(sponsor);
        audit.record(AuditAction.ACCOUNT_SPONSOR_SET, "Account", accountId,
                sponsor == null ? "none" : sponsor.getUsername());
        return account;
    }

    /** The calling executive takes on the sponsorship of a key account. */
    @RolesAllowed(Role.Names.EXECUTIVE)
    public Account takeOnSponsorship(long accountId) {
        return setSponsor(accountId, access.callerId());
    }

    /** The accounts the calling executive sponsors. */
    @RolesAllowed(Role.Names.EXECUTIVE)
    public List<Account> sponsoredByMe() {
        return em.createQuery("select a from Account a where a.sponsor.username = :me order by a.name",
                Account.class).setParameter("me", access.callerName()).getResultList();
    }

    /** Key accounts whose segment requires a sponsor (Strategic, by default) and have none. */
    @RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
    public List<Account> withoutRequiredSponsor() {
        return em.createQuery("select a from Account a, SegmentSetting s where a.keyAccount = true "
                + "and s.segment = a.segment and s.sponsorRequired = true and a.sponsor is null order by a.name",
                Account.class).getResultList();
    }

    private BigDecimal weight(Account account) {
        if (account.getSegment() == null) {
            return KamCapacity.DEFAULT_WEIGHT;
        }
        SegmentSetting setting = em.find(SegmentSetting.class, account.getSegment());
        return setting == null ? KamCapacity.DEFAULT_WEIGHT : setting.getCapacityWeight();
    }
}
