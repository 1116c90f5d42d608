package com.kamplanner.plan;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.people.Role;
import com.kamplanner.segmentation.SegmentSetting;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The plans across accounts: the KA Director's review queue (submitted versions, oldest first) and stale plans,
 * the KAM's own stale and returned plans, the reviews due by a date (for the work list, in constant statements),
 * and the plans a reader may open, the accounts an executive
 * sponsors first. Stale means past the review date the segment's cadence gives ({@link ReviewCadence}).
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class PlanOverview {

    private static final String NEWEST = "select v from PlanVersion v join fetch v.plan p join fetch p.account a "
            + "where v.number = (select max(w.number) from PlanVersion w where w.plan = p)";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    /** Submitted versions waiting for the KA Director, oldest first, a page at a time. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public List<PlanStanding> queue(int first, int max) {
        return em.createQuery(NEWEST + " and v.status = :submitted order by v.createdAt, v.id", PlanVersion.class)
                .setParameter("submitted", VersionStatus.SUBMITTED).setFirstResult(first).setMaxResults(max)
                .getResultList().stream().map(this::standing).toList();
    }

    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public long queueSize() {
        return em.createQuery("select count(v) from PlanVersion v where v.status = :submitted", Long.class)
                .setParameter("submitted", VersionStatus.SUBMITTED).getSingleResult();
    }

    /** Every stale plan, for the KA Director. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public List<PlanStanding> stale() {
        return readable().stream().filter(PlanStanding::isStale).toList();
    }

    /** The caller's own stale plans. */
    @RolesAllowed(Role.Names.KAM)
    public List<PlanStanding> myStale() {
        return em.createQuery(NEWEST + " and a.kam.username = :me order by a.name", PlanVersion.class)
                .setParameter("me", access.callerName()).getResultList().stream().map(this::standing)
                .filter(PlanStanding::isStale).toList();
    }

    /**
     * The caller's plans the KA Director returned, newest return first, each with the comments of its last return:
     * two statements whatever the number of accounts.
     */
    @RolesAllowed(Role.Names.KAM)
    public List<ReturnedPlan> myReturned() {
        List<PlanVersion> returned = em.createQuery(NEWEST + " and v.status = :returned and a.kam.username = :me",
                PlanVersion.class).setParameter("returned", VersionStatus.RETURNED)
                .setParameter("me", access.callerName()).getResultList();
        if (returned.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, PlanEvent> lastReturn = new java.util.HashMap<>();
        em.createQuery("select e from PlanEvent e where e.planVersion in :versions and e.kind = :kind "
                        + "order by e.at desc, e.id desc", PlanEvent.class).setParameter("versions", returned)
                .setParameter("kind", PlanEvent.Kind.RETURNED).getResultList()
                .forEach(e -> lastReturn.putIfAbsent(e.getPlanVersion().getId(), e));
        List<ReturnedPlan> plans = new ArrayList<>();
        for (PlanVersion v : returned) {
            PlanEvent event = lastReturn.get(v.getId());
            plans.add(new ReturnedPlan(v.getPlan().getAccount().getId(), v.getPlan().getAccount().getName(),
                    v.getNumber(), event == null ? v.getCreatedAt() : event.getAt(),
                    event == null ? null : event.getComments()));
        }
        plans.sort(Comparator.comparing(ReturnedPlan::returnedAt).reversed());
        return plans;
    }

    /**
     * The review queue with when each version was submitted, longest waiting first, at most {@code max}: one
     * statement, for the KA Director's home page.
     */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public List<WaitingPlan> waiting(int max) {
        return em.createQuery("select a.id, a.name, k.displayName, v.number, (select max(e.at) from PlanEvent e "
                        + "where e.planVersion = v and e.kind = :kind) from PlanVersion v join v.plan p join p.account a "
                        + "left join a.kam k where v.status = :submitted and v.number = (select max(w.number) "
                        + "from PlanVersion w where w.plan = p) order by v.createdAt, v.id", Object[].class)
                .setParameter("kind", PlanEvent.Kind.SUBMITTED).setParameter("submitted", VersionStatus.SUBMITTED)
                .setMaxResults(max).getResultList().stream()
                .map(r -> new WaitingPlan((Long) r[0], (String) r[1], (String) r[2], (Integer) r[3], instant(r[4])))
                .toList();
    }

    /**
     * The plans due for review on or before {@code horizon} (past due included), soonest first: for a KAM their own
     * accounts' plans, for the KA Director every plan. Two statements whatever the number of plans; the review
     * date is {@link ReviewCadence#nextReview} as everywhere else.
     */
    @RolesAllowed({Role.Names.KAM, Role.Names.KA_DIRECTOR})
    public List<ReviewDate> reviewsDueBy(LocalDate horizon) {
        return reviewsDueFor(access.isDirector() ? null : access.callerName(), horizon);
    }

    /**
     * {@link #reviewsDueBy} for the plans of the KAM {@code kamUsername}, or of every account when null (the KA
     * Director's): for lists made on someone's behalf, such as their calendar feed. The database keeps only the
     * plans due by the horizon: a plan is due when its last approval (its creation when never approved) is on or
     * before {@link ReviewCadence#lastBaseDueBy} for its segment's cadence, one condition per segment in one
     * statement; the segments' cadences are the other.
     */
    @PermitAll
    public List<ReviewDate> reviewsDueFor(String kamUsername, LocalDate horizon) {
        Map<Quadrant, Integer> months = new EnumMap<>(Quadrant.class);
        em.createQuery("select s from SegmentSetting s", SegmentSetting.class).getResultList()
                .forEach(s -> months.put(s.getSegment(), s.getReviewFrequencyMonths()));
        boolean all = kamUsername == null;
        List<Object> parameters = new ArrayList<>();
        StringBuilder due = new StringBuilder();
        String base = "coalesce(max(v.approved_at), p.created_at) < ?";
        for (Quadrant segment : Quadrant.values()) {
            parameters.add(segment.name());
            parameters.add(dueLimit(horizon, months.getOrDefault(segment, ReviewCadence.DEFAULT_MONTHS)));
            due.append("(a.segment = ?").append(parameters.size() - 1).append(" and ")
                    .append(base).append(parameters.size()).append(") or ");
        }
        parameters.add(dueLimit(horizon, ReviewCadence.DEFAULT_MONTHS));
        due.append("(a.segment is null and ").append(base).append(parameters.size()).append(')');
        if (!all) {
            parameters.add(kamUsername);
        }
        Query query = em.createNativeQuery("select a.id, a.name, k.display_name, a.segment, p.created_at, "
                + "max(v.approved_at) from key_account_plan p join account a on a.id = p.account_id "
                + (all ? "left join" : "join") + " app_user k on k.id = a.kam_id "
                + "join plan_version v on v.plan_id = p.id" + (all ? "" : " where k.username = ?" + parameters.size())
                + " group by p.id, a.id, a.name, k.display_name, a.segment, p.created_at having " + due);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<ReviewDate> found = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            java.time.Instant approved = instant(row[5]);
            Integer frequency = row[3] == null ? null : months.get(Quadrant.valueOf((String) row[3]));
            LocalDate next = ReviewCadence.nextReview(
                    approved == null ? null : LocalDate.ofInstant(approved, ZoneId.systemDefault()),
                    LocalDate.ofInstant(instant(row[4]), ZoneId.systemDefault()),
                    frequency == null ? ReviewCadence.DEFAULT_MONTHS : frequency);
            found.add(new ReviewDate(((Number) row[0]).longValue(), (String) row[1], (String) row[2], next));
        }
        found.sort(Comparator.comparing(ReviewDate::nextReview).thenComparing(ReviewDate::accountName));
        return found;
    }

    /** The first moment of the day after {@link ReviewCadence#lastBaseDueBy}: earlier bases are due. */
    private static java.sql.Timestamp dueLimit(LocalDate horizon, Integer frequencyMonths) {
        int months = frequencyMonths == null ? ReviewCadence.DEFAULT_MONTHS : frequencyMonths;
        return java.sql.Timestamp.from(ReviewCadence.lastBaseDueBy(horizon, months).plusDays(1)
                .atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** Every plan the caller may read; for an executive, the accounts they sponsor come first. */
    public List<PlanStanding> readable() {
        TypedQuery<PlanVersion> query = em.createQuery(NEWEST + (access.readsAll() ? "" : " and " + AccountAccess.VISIBLE)
                + " order by a.name", PlanVersion.class);
        List<PlanStanding> plans = new ArrayList<>(access.bindCaller(query).setMaxResults(1000).getResultList()
                .stream().map(this::standing).toList());
        plans.sort(Comparator.comparing((PlanStanding s) -> !s.isSponsoredByMe()));
        return plans;
    }

    /**
     * Every key account the caller may see, by name, with its plan's standing or none yet: the plans page, where a
     * KAM starts the plans their accounts lack. An executive's sponsored accounts come first.
     */
    public List<AccountPlan> keyAccounts() {
        List<Account> accounts;
        if (access.readsAll()) {
            accounts = em.createQuery("select a from Account a where a.keyAccount = true order by a.name, a.id",
                    Account.class).setMaxResults(1000).getResultList();
        } else {
            List<Long> visible = access.visibleAccountIds();
            accounts = visible.isEmpty() ? List.of() : em.createQuery("select a from Account a where a.id in :ids "
                    + "and a.keyAccount = true order by a.name, a.id", Account.class).setParameter("ids", visible)
                    .setMaxResults(1000).getResultList();
        }
        java.util.Map<Long, PlanStanding> standings = standingsOf(accounts.stream().map(Account::getId).toList());
        String me = access.callerName();
        List<AccountPlan> rows = new ArrayList<>();
        for (Account account : accounts) {
            PlanStanding plan = standings.get(account.getId());
            boolean kam = account.getKam() != null && account.getKam().getUsername().equals(me);
            boolean sponsor = account.getSponsor() != null && account.getSponsor().getUsername().equals(me);
            rows.add(new AccountPlan(account.getId(), account.getName(),
                    account.getKam() == null ? null : account.getKam().getDisplayName(), plan, plan == null && kam,
                    sponsor));
        }
        rows.sort(Comparator.comparing((AccountPlan row) -> !row.sponsoredByMe()));
        return rows;
    }

    /**
     * The standing of the plans of the given accounts the caller may read, by account, for boards that list
     * accounts (the sponsorship programme); an account without a plan is absent.
     */
    public java.util.Map<Long, PlanStanding> standingsOf(java.util.Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return java.util.Map.of();
        }
        TypedQuery<PlanVersion> query = em.createQuery(NEWEST + " and a.id in :ids"
                + (access.readsAll() ? "" : " and " + AccountAccess.VISIBLE), PlanVersion.class)
                .setParameter("ids", accountIds);
        java.util.Map<Long, PlanStanding> standings = new java.util.HashMap<>();
        access.bindCaller(query).getResultList().forEach(v -> standings.put(v.getPlan().getAccount().getId(),
                standing(v)));
        return standings;
    }

    /** A moment from a projection: an aggregate of a converted column comes back as the driver's Timestamp. */
    static java.time.Instant instant(Object value) {
        if (value instanceof java.time.LocalDateTime local) {
            return java.sql.Timestamp.valueOf(local).toInstant();
        }
        return value instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) value;
    }

    PlanStanding standing(PlanVersion newest) {
        Account account = newest.getPlan().getAccount();
        LocalDate lastApproval = em.createQuery("select v from PlanVersion v where v.plan = :plan "
                        + "and v.approvedAt is not null order by v.approvedAt desc", PlanVersion.class)
                .setParameter("plan", newest.getPlan()).setMaxResults(1).getResultStream().findFirst()
                .map(v -> LocalDate.ofInstant(v.getApprovedAt(), ZoneId.systemDefault())).orElse(null);
        SegmentSetting setting = account.getSegment() == null ? null : em.find(SegmentSetting.class,
                account.getSegment());
        LocalDate next = ReviewCadence.nextReview(lastApproval,
                LocalDate.ofInstant(newest.getPlan().getCreatedAt(), ZoneId.systemDefault()),
                setting == null ? ReviewCadence.DEFAULT_MONTHS : setting.getReviewFrequencyMonths());
        boolean mine = account.getSponsor() != null && account.getSponsor().getUsername().equals(access.callerName());
        return new PlanStanding(account.getId(), account.getName(),
                account.getKam() == null ? null : account.getKam().getDisplayName(), newest.getNumber(),
                newest.getStatus(), next, ReviewCadence.isStale(next, LocalDate.now()), mine);
    }
}
