package com.kamplanner.plan;

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

    /**
     * A plan's standing as one row: the newest version with its account, KAM, sponsor and last approval, so that a
     * page of plans is one statement (with the segments' cadences, two), whatever its size.
     */
    private static final String STANDING = "select a.id, a.name, k.displayName, v.number, v.status, p.createdAt, "
            + "a.segment, s.username, (select max(x.approvedAt) from PlanVersion x where x.plan = p) "
            + "from PlanVersion v join v.plan p join p.account a left join a.kam k left join a.sponsor s "
            + "where v.number = (select max(w.number) from PlanVersion w where w.plan = p)";

    private static final String SPONSORED_FIRST = "case when s.username = :me then 0 else 1 end";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    /** Submitted versions waiting for the KA Director, oldest first, a page at a time. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public List<PlanStanding> queue(int first, int max) {
        return standings(em.createQuery(STANDING + " and v.status = :submitted order by v.createdAt, v.id",
                Object[].class).setParameter("submitted", VersionStatus.SUBMITTED).setFirstResult(first)
                .setMaxResults(max));
    }

    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public long queueSize() {
        return em.createQuery("select count(v) from PlanVersion v where v.status = :submitted", Long.class)
                .setParameter("submitted", VersionStatus.SUBMITTED).getSingleResult();
    }

    /** A page of the stale plans, by account name, for the KA Director: filtered and paged in the database. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public List<PlanStanding> stale(int first, int max) {
        return readable(PlanFilter.STALE, first, max);
    }

    /** How many plans are stale, for the KA Director. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public long staleCount() {
        return readableCount(PlanFilter.STALE);
    }

    /** The caller's own stale plans, by account name: the database keeps only the stale ones. */
    @RolesAllowed(Role.Names.KAM)
    public List<PlanStanding> myStale() {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("me", access.callerName());
        TypedQuery<Object[]> query = em.createQuery(STANDING + " and k.username = :me and " + stale(parameters)
                + " order by a.name, a.id", Object[].class);
        parameters.forEach(query::setParameter);
        return standings(query);
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

    /** Every plan the caller may read, the first page of {@link #readable(PlanFilter, int, int)} with no limit. */
    public List<PlanStanding> readable() {
        return readable(PlanFilter.ALL, 0, Integer.MAX_VALUE);
    }

    /**
     * A page of the plans the caller may read that {@code filter} keeps, by account name; for an executive, the
     * accounts they sponsor come first. The database filters, sorts and pages, in two statements (the plans, the
     * segments' cadences) whatever the number of plans; the caller's rights as everywhere ({@link AccountAccess}).
     */
    public List<PlanStanding> readable(PlanFilter filter, int first, int max) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("me", access.callerName());
        TypedQuery<Object[]> query = em.createQuery(STANDING + readableWhere(filter, parameters) + " order by "
                + SPONSORED_FIRST + ", a.name, a.id", Object[].class);
        parameters.forEach(query::setParameter);
        return standings(query.setFirstResult(first).setMaxResults(max));
    }

    /** How many plans {@link #readable(PlanFilter, int, int)} pages through. */
    public long readableCount(PlanFilter filter) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(v) from PlanVersion v join v.plan p join p.account a "
                + "where v.number = (select max(w.number) from PlanVersion w where w.plan = p)"
                + readableWhere(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String readableWhere(PlanFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (!access.readsAll()) {
            where.append(" and ").append(AccountAccess.VISIBLE);
            parameters.put("meId", access.callerId());
        }
        if (filter.namePattern() != null) {
            where.append(" and lower(a.name) like :name");
            parameters.put("name", filter.namePattern());
        }
        if (filter.staleOnly()) {
            where.append(" and ").append(stale(parameters));
        }
        return where.toString();
    }

    /**
     * JPQL condition, on the plan alias {@code p} and account alias {@code a}, for stale plans: past the review
     * date {@link ReviewCadence#nextReview} gives, that is due by yesterday. As in {@link #reviewsDueFor}, a plan is
     * due when its last approval (its creation when never approved) is before the limit of its segment's cadence;
     * written with {@code exists}, which every database and JPA provider handle: no approval on or after the limit,
     * and an approval or a creation before it. The segments' cadences are read here (one statement).
     */
    private String stale(Map<String, Object> parameters) {
        Map<Quadrant, Integer> months = cadences();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        List<String> conditions = new ArrayList<>();
        for (Quadrant segment : Quadrant.values()) {
            String limit = "staleBefore" + segment.ordinal();
            parameters.put("segment" + segment.ordinal(), segment);
            parameters.put(limit, dueLimit(yesterday, months.get(segment)).toInstant());
            conditions.add("(a.segment = :segment" + segment.ordinal() + " and " + baseBefore(limit) + ")");
        }
        parameters.put("staleBeforeNone", dueLimit(yesterday, null).toInstant());
        conditions.add("(a.segment is null and " + baseBefore("staleBeforeNone") + ")");
        return "(" + String.join(" or ", conditions) + ")";
    }

    private static String baseBefore(String limit) {
        return "not exists (select x from PlanVersion x where x.plan = p and x.approvedAt >= :" + limit + ") and "
                + "(p.createdAt < :" + limit + " or exists (select y from PlanVersion y where y.plan = p "
                + "and y.approvedAt is not null))";
    }

    private Map<Quadrant, Integer> cadences() {
        Map<Quadrant, Integer> months = new EnumMap<>(Quadrant.class);
        em.createQuery("select s from SegmentSetting s", SegmentSetting.class).getResultList()
                .forEach(s -> months.put(s.getSegment(), s.getReviewFrequencyMonths()));
        return months;
    }

    /**
     * Every key account the caller may see, by name, with its plan's standing or none yet: the plans page, where a
     * KAM starts the plans their accounts lack. An executive's sponsored accounts come first.
     */
    public List<AccountPlan> keyAccounts() {
        return keyAccounts(null, 0, Integer.MAX_VALUE);
    }

    /**
     * A page of {@link #keyAccounts()}, the names containing {@code nameContains} (any when blank): filtered, sorted
     * and paged in the database, in three statements whatever the number of accounts (the accounts, their plans,
     * the segments' cadences; and the caller's id for a reader who does not read all).
     */
    public List<AccountPlan> keyAccounts(String nameContains, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String me = access.callerName();
        parameters.add(me);
        String where = keyAccountWhere(nameContains, parameters);
        Query query = em.createNativeQuery("select a.id, a.name, k.display_name, k.username, s.username "
                + "from account a left join app_user k on k.id = a.kam_id left join app_user s on s.id = a.sponsor_id "
                + where + " order by case when s.username = ?1 then 0 else 1 end, a.name, a.id");
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> accounts = query.setFirstResult(first).setMaxResults(max).getResultList();
        Map<Long, PlanStanding> standings = standingsOf(accounts.stream().map(r -> ((Number) r[0]).longValue())
                .toList());
        List<AccountPlan> rows = new ArrayList<>();
        for (Object[] account : accounts) {
            long id = ((Number) account[0]).longValue();
            PlanStanding plan = standings.get(id);
            rows.add(new AccountPlan(id, (String) account[1], (String) account[2], plan,
                    plan == null && me.equals(account[3]), me.equals(account[4])));
        }
        return rows;
    }

    /** How many key accounts {@link #keyAccounts(String, int, int)} pages through. */
    public long keyAccountCount(String nameContains) {
        List<Object> parameters = new ArrayList<>();
        Query query = em.createNativeQuery("select count(*) from account a "
                + keyAccountWhere(nameContains, parameters));
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The key accounts' condition, numbering its parameters after those already in {@code parameters}. SQL, with
     * the key-account flag bound as a JDBC boolean: EclipseLink inlines the literals of a JPQL query holding a
     * long id list or the membership subquery, and H2 will not compare its boolean column with the inlined 1. The
     * accounts a reader who does not read all may see are {@link AccountAccess#VISIBLE}'s, in SQL: those they hold
     * or are on the KA team of.
     */
    private String keyAccountWhere(String nameContains, List<Object> parameters) {
        parameters.add(Boolean.TRUE);
        StringBuilder where = new StringBuilder("where a.key_account = ?" + parameters.size());
        if (!access.readsAll()) {
            parameters.add(access.callerId());
            int me = parameters.size();
            where.append(" and (a.kam_id = ?").append(me).append(" or exists (select t.id from ka_team_member t "
                    + "where t.account_id = a.id and t.user_id = ?").append(me).append("))");
        }
        String name = PlanFilter.named(nameContains).namePattern();
        if (name != null) {
            parameters.add(name);
            where.append(" and lower(a.name) like ?").append(parameters.size());
        }
        return where.toString();
    }

    /**
     * The standing of the plans of the given accounts the caller may read, by account, for boards that list
     * accounts (the sponsorship programme); an account without a plan is absent.
     */
    public java.util.Map<Long, PlanStanding> standingsOf(java.util.Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return java.util.Map.of();
        }
        TypedQuery<Object[]> query = em.createQuery(STANDING + " and a.id in :ids"
                + (access.readsAll() ? "" : " and " + AccountAccess.VISIBLE), Object[].class)
                .setParameter("ids", accountIds);
        java.util.Map<Long, PlanStanding> standings = new java.util.HashMap<>();
        standings(access.bindCaller(query)).forEach(s -> standings.put(s.getAccountId(), s));
        return standings;
    }

    /** A moment from a projection: an aggregate of a converted column comes back as the driver's Timestamp. */
    static java.time.Instant instant(Object value) {
        if (value instanceof java.time.LocalDateTime local) {
            return java.sql.Timestamp.valueOf(local).toInstant();
        }
        return value instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) value;
    }

    /**
     * The standings a {@link #STANDING} query finds, in its order: one statement for the rows, one for the segments'
     * cadences, none per plan.
     */
    private List<PlanStanding> standings(TypedQuery<Object[]> query) {
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Quadrant, Integer> months = cadences();
        String me = access.callerName();
        LocalDate today = LocalDate.now();
        List<PlanStanding> standings = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            java.time.Instant approved = instant(row[8]);
            Integer frequency = row[6] == null ? null : months.get((Quadrant) row[6]);
            LocalDate next = ReviewCadence.nextReview(
                    approved == null ? null : LocalDate.ofInstant(approved, ZoneId.systemDefault()),
                    LocalDate.ofInstant(instant(row[5]), ZoneId.systemDefault()),
                    frequency == null ? ReviewCadence.DEFAULT_MONTHS : frequency);
            standings.add(new PlanStanding((Long) row[0], (String) row[1], (String) row[2], (Integer) row[3],
                    (VersionStatus) row[4], next, ReviewCadence.isStale(next, today), me.equals(row[7])));
        }
        return standings;
    }
}
