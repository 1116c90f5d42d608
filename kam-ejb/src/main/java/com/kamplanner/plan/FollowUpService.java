package com.kamplanner.plan;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountReader;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.FreeText;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.Strategy;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The follow-up of the action programmes over time ("how do we get there?"): status updates of the action plans
 * (late computed from the due date, never typed in), the team's comments, the indicator actuals per period, and
 * what changed since a team member's last visit. The KAM updates every action plan of the account; a team
 * member only those they own; the KA Director and executives read.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class FollowUpService {

    public static final String LATE_IS_COMPUTED = "plan.update.lateComputed";
    public static final String STATUS_REQUIRED = "plan.update.statusRequired";
    public static final String PROGRESS_RANGE = "plan.progress.range";
    public static final String COMMENT_REQUIRED = "plan.comment.required";
    public static final String COMMENT_SIZE = "plan.comment.size";
    public static final String VALUE_REQUIRED = "plan.actual.required";
    public static final String NO_INDICATOR = "plan.actual.noIndicator";

    private static final int MAX_COMMENT = 2000;

    /** At most this many action plans followed, for a list that names no limit (the calendar feed). */
    public static final int MAX_FOLLOWED = 1000;

    /**
     * The action plan {@code ap} is open: its latest update (latest time, then highest id), kept on the plan by
     * {@link FollowUpMapping#follow}, is neither done nor cancelled, or it has none and the strategy's own status is
     * neither. The same rule as
     * {@link FollowUpStatus#isClosed} on {@link FollowUpMapping#fromStrategy}, in the query, so that limits count
     * open plans only. Parameters {@code closed} and {@code closedPlan}.
     */
    static final String OPEN = "((ap.followUpStatus is null and (ap.status is null or ap.status not in :closedPlan)) "
            + "or ap.followUpStatus not in :closed)";

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    com.kamplanner.strategy.ContingencyWatch watch;

    @Inject
    PlanVisits visits;

    /** Every action plan of the account's strategy, programme by programme, as followed today. */
    public List<FollowUpRow> rows(long accountId) {
        Account account = access.readable(accountId);
        return rows(account, strategy(accountId));
    }

    /**
     * What the KA team's page shows, read with the strategy once: the rows of {@link #rows}, the series of
     * {@link #indicators} and the {@link #recentComments}.
     */
    public TeamFollowUp team(long accountId) {
        Account account = access.readable(accountId);
        java.util.Optional<Strategy> strategy = strategy(accountId);
        return new TeamFollowUp(rows(account, strategy), indicators(accountId, strategy), recentComments(accountId));
    }

    private List<FollowUpRow> rows(Account account, java.util.Optional<Strategy> strategy) {
        long accountId = account.getId();
        PlanRights rights = access.rights(account);
        Map<Long, ActionPlanUpdate> latest = latestUpdates(accountId);
        LocalDate today = LocalDate.now();
        List<FollowUpRow> rows = new ArrayList<>();
        for (ActionProgramme programme : strategy.map(Strategy::getProgrammes).orElse(List.of())) {
            for (ActionPlan plan : programme.getPlans()) {
                if (plan.isDormant()) {
                    continue; // a contingency's prepared plan joins the follow-up when the contingency fires
                }
                FollowUpRow row = new FollowUpRow(plan.getId(), plan.getVersion(), programme.getName(),
                        plan.getTitle(), plan.getKind().name(),
                        plan.getOwner() == null ? null : plan.getOwner().getDisplayName(), plan.getDueDate());
                ActionPlanUpdate last = latest.get(plan.getId());
                FollowUpStatus recorded = last != null ? last.getStatus()
                        : FollowUpMapping.fromStrategy(plan.getStatus());
                row.follow(recorded, FollowUpStatus.effective(recorded, plan.getDueDate(), today),
                        last != null ? last.getProgress() : recorded == FollowUpStatus.DONE ? 100 : 0, last,
                        rights.canUpdate(plan.getOwner() == null ? null : plan.getOwner().getUsername()));
                row.onAccount(account.getId(), account.getName());
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The open action plans the caller follows across the accounts they may read, soonest due first (those without
     * a due date last), at most {@code max}: those they own, and on the accounts they hold as KAM every one. With
     * {@code dueBy}, only those due on or before it (late ones included); without, all open ones. Each row names
     * its account. The database keeps the open ones (by their latest update, else the strategy's status) and
     * applies the limit, so the {@code max} most urgent are never cut by closed ones; two statements whatever the
     * number of accounts, for the home page.
     */
    @RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER})
    public List<FollowUpRow> mine(LocalDate dueBy, int max) {
        List<Long> visible = access.visibleAccountIds();
        if (visible.isEmpty()) {
            return List.of();
        }
        return followedBy(new AccountReader(access.callerId(), access.callerName(), access.holdsKamRole(), visible),
                dueBy, max);
    }

    /** {@link #mine(LocalDate, int)} up to {@link #MAX_FOLLOWED}. */
    @RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER})
    public List<FollowUpRow> mine(LocalDate dueBy) {
        return mine(dueBy, MAX_FOLLOWED);
    }

    /** {@link #followedBy(AccountReader, LocalDate, int)} up to {@link #MAX_FOLLOWED}, for the calendar feed. */
    @PermitAll
    public List<FollowUpRow> followedBy(AccountReader reader, LocalDate dueBy) {
        return followedBy(reader, dueBy, MAX_FOLLOWED);
    }

    /**
     * {@link #mine} for a reader settled by {@link com.kamplanner.account.AccountAccess} (the caller, or the owner
     * of a calendar feed): the same rows, under the same rights.
     */
    @PermitAll
    public List<FollowUpRow> followedBy(AccountReader reader, LocalDate dueBy, int max) {
        List<Long> visible = reader.visibleAccountIds();
        if (visible.isEmpty() || max <= 0) {
            return List.of();
        }
        long me = reader.userId();
        boolean kamRole = reader.kamRole();
        jakarta.persistence.TypedQuery<Object[]> query = em.createQuery("select ap, pr.name, a.id, a.name, k.id, "
                + "o.username, o.displayName from ActionPlan ap join ap.programme pr join pr.strategy st "
                + "join st.account a left join a.kam k left join ap.owner o where a.id in :ids and (o.id = :me"
                + (kamRole ? " or k.id = :me" : "") + ")" + (dueBy == null ? "" : " and ap.dueDate <= :dueBy")
                + " and ap.dormant = false and " + OPEN + " order by ap.dueDate asc nulls last, ap.title, a.name, ap.id", Object[].class)
                .setParameter("ids", visible).setParameter("me", me)
                .setParameter("closedPlan", List.of(ActionPlan.Status.DONE, ActionPlan.Status.CANCELLED))
                .setParameter("closed", List.of(FollowUpStatus.DONE.name(), FollowUpStatus.CANCELLED.name()));
        if (dueBy != null) {
            query.setParameter("dueBy", dueBy);
        }
        List<Object[]> found = query.setMaxResults(max).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, ActionPlanUpdate> latest = new HashMap<>();
        em.createQuery("select u from ActionPlanUpdate u where u.actionPlan.id in :plans order by u.at desc, u.id desc",
                        ActionPlanUpdate.class)
                .setParameter("plans", found.stream().map(r -> ((ActionPlan) r[0]).getId()).toList())
                .getResultList().forEach(u -> latest.putIfAbsent(u.getActionPlan().getId(), u));
        LocalDate today = LocalDate.now();
        String myName = reader.username();
        List<FollowUpRow> rows = new ArrayList<>();
        for (Object[] r : found) {
            ActionPlan plan = (ActionPlan) r[0];
            ActionPlanUpdate last = latest.get(plan.getId());
            FollowUpStatus recorded = last != null ? last.getStatus() : FollowUpMapping.fromStrategy(plan.getStatus());
            FollowUpStatus shown = FollowUpStatus.effective(recorded, plan.getDueDate(), today);
            if (shown.isClosed()) {
                continue;
            }
            String owner = (String) r[5];
            boolean kamOfAccount = kamRole && r[4] != null && (Long) r[4] == me;
            FollowUpRow row = new FollowUpRow(plan.getId(), plan.getVersion(), (String) r[1], plan.getTitle(),
                    plan.getKind().name(), (String) r[6], plan.getDueDate());
            // The same policy as the team page: the KAM updates every action plan, a team member their own.
            row.follow(recorded, shown, last != null ? last.getProgress() : recorded == FollowUpStatus.DONE ? 100 : 0,
                    last, PlanRights.of(com.kamplanner.account.AccountRights.of(myName).kam(kamOfAccount)
                            .onTeam(false, false, java.util.Set.of()).build()).canUpdate(owner));
            row.onAccount((Long) r[2], (String) r[3]);
            rows.add(row);
        }
        return rows;
    }

    /**
     * Records an update of an action plan. {@code loadedVersion} is the action plan's version the user loaded; a
     * change since gives {@link StaleEditException}. Late cannot be typed in; progress is 0 to 100.
     */
    public ActionPlanUpdate update(long accountId, long actionPlanId, long loadedVersion, FollowUpStatus status,
                                   Integer progress, String comment) {
        Account account = access.readable(accountId);
        ActionPlan plan = actionPlan(accountId, actionPlanId);
        if (!access.canUpdate(account, plan)) {
            throw new AccessDeniedException();
        }
        if (status == null) {
            throw new BusinessRuleException(STATUS_REQUIRED);
        }
        if (!status.isTypable()) {
            throw new BusinessRuleException(LATE_IS_COMPUTED);
        }
        if (progress == null || progress < 0 || progress > 100) {
            throw new BusinessRuleException(PROGRESS_RANGE);
        }
        String text = FreeText.orNull(comment);
        if (text != null && text.length() > MAX_COMMENT) {
            throw new BusinessRuleException(COMMENT_SIZE, MAX_COMMENT);
        }
        OptimisticSave.expectVersion(plan.getVersion(), loadedVersion);
        ActionPlanUpdate update = new ActionPlanUpdate(plan, status, progress, text, access.callerName());
        em.persist(update);
        // The strategy's own status and the plan's latest follow-up follow; its version moves, so a concurrent
        // update is refused.
        FollowUpMapping.follow(plan, status);
        em.lock(plan, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        OptimisticSave.flush(em);
        audit.record(AuditAction.PLAN_ACTION_PLAN_UPDATED, "ActionPlan", plan.getId(), status + " " + progress + "%"
                + (text == null ? "" : ": " + text));
        watch.check(accountId);
        return update;
    }

    /** Comments on an action plan: the KAM and the KA team only. */
    public ActionPlanComment comment(long accountId, long actionPlanId, String body) {
        Account account = access.readable(accountId);
        ActionPlan plan = actionPlan(accountId, actionPlanId);
        if (!access.canComment(account)) {
            throw new AccessDeniedException();
        }
        String text = FreeText.orNull(body);
        if (text == null) {
            throw new BusinessRuleException(COMMENT_REQUIRED);
        }
        if (text.length() > MAX_COMMENT) {
            throw new BusinessRuleException(COMMENT_SIZE, MAX_COMMENT);
        }
        ActionPlanComment comment = new ActionPlanComment(plan, access.callerName(), text);
        em.persist(comment);
        OptimisticSave.flush(em);
        audit.record(AuditAction.PLAN_ACTION_PLAN_COMMENTED, "ActionPlan", plan.getId(), text);
        notifications.notify(Occasion.onAccount(NotificationKind.ACTION_PLAN_COMMENTED, accountId,
                "plan/team.xhtml?account=" + accountId, plan.getTitle(), account.getName(), notifications.actorName(),
                text), plan.getOwner(), null);
        return comment;
    }

    public List<ActionPlanComment> comments(long accountId, long actionPlanId) {
        access.readable(accountId);
        actionPlan(accountId, actionPlanId);
        return em.createQuery("select c from ActionPlanComment c where c.actionPlan.id = :plan order by c.at desc",
                ActionPlanComment.class).setParameter("plan", actionPlanId).setMaxResults(200).getResultList();
    }

    /**
     * The display names of the people who wrote updates, comments and news (stored by login name), in one
     * statement: the team page shows "Emma Laurent", not "emma.kam". A name no longer known is left out.
     */
    @PermitAll
    public Map<String, String> displayNames(java.util.Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("select u.username, u.displayName from AppUser u where u.username in :names", Object[].class)
                .setParameter("names", wanted).getResultList()
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    /** The latest comments on the account's action plans, newest first, for the team page. */
    public List<ActionPlanComment> recentComments(long accountId) {
        access.readable(accountId);
        return em.createQuery("select c from ActionPlanComment c join fetch c.actionPlan p where "
                        + "p.programme.strategy.account.id = :account order by c.at desc, c.id desc",
                ActionPlanComment.class).setParameter("account", accountId).setMaxResults(50).getResultList();
    }

    public List<ActionPlanUpdate> updates(long accountId, long actionPlanId) {
        access.readable(accountId);
        actionPlan(accountId, actionPlanId);
        return em.createQuery("select u from ActionPlanUpdate u where u.actionPlan.id = :plan order by u.at desc",
                ActionPlanUpdate.class).setParameter("plan", actionPlanId).setMaxResults(200).getResultList();
    }

    /** Records (or corrects) the actual of an objective's indicator for the period ending on {@code periodEnd}. */
    public IndicatorActual recordActual(long accountId, long objectiveId, LocalDate periodEnd, BigDecimal value) {
        access.writable(accountId);
        Objective objective = em.find(Objective.class, objectiveId);
        if (objective == null || !objective.getStrategy().getAccount().getId().equals(accountId)) {
            throw new NotFoundException();
        }
        if (!objective.hasIndicator()) {
            throw new BusinessRuleException(NO_INDICATOR);
        }
        if (periodEnd == null || value == null) {
            throw new BusinessRuleException(VALUE_REQUIRED);
        }
        IndicatorActual actual = em.createQuery("select a from IndicatorActual a where a.objective = :o "
                        + "and a.periodEnd = :period", IndicatorActual.class).setParameter("o", objective)
                .setParameter("period", periodEnd).getResultStream().findFirst().orElse(null);
        if (actual == null) {
            actual = new IndicatorActual(objective, periodEnd);
            actual.record(value, access.callerName());
            em.persist(actual);
        } else {
            actual.record(value, access.callerName());
        }
        OptimisticSave.flush(em);
        audit.record(AuditAction.PLAN_ACTUAL_RECORDED, "Objective", objectiveId, periodEnd + ": " + value);
        watch.check(accountId);
        return actual;
    }

    /** The indicators of the account's objectives with their actuals, for the chart. */
    public List<IndicatorSeries> indicators(long accountId) {
        access.readable(accountId);
        return indicators(accountId, strategy(accountId));
    }

    private List<IndicatorSeries> indicators(long accountId, java.util.Optional<Strategy> strategy) {
        Map<Long, Map<LocalDate, BigDecimal>> actuals = IndicatorActual.byObjective(em, accountId);
        List<IndicatorSeries> series = new ArrayList<>();
        for (Objective o : strategy.map(Strategy::getObjectives).orElse(List.of())) {
            if (o.hasIndicator()) {
                series.add(new IndicatorSeries(o.getId(), o.getTitle(), o.getIndicator().getName(),
                        o.getIndicator().getUnit(), o.getIndicator().getBaseline(), o.getIndicator().getTarget(),
                        o.getIndicator().getTargetDate(), actuals.getOrDefault(o.getId(), new TreeMap<>())));
            }
        }
        return series;
    }

    /**
     * What others changed on the account's action plans since the caller last opened the team page (everything of
     * the last 30 days on a first visit), newest first; then remembers this visit.
     */
    public List<TeamNews> changesSinceLastVisit(long accountId) {
        Account account = access.readable(accountId);
        String me = access.callerName();
        PlanVisit visit = em.createQuery("select v from PlanVisit v where v.account.id = :account "
                        + "and v.username = :me", PlanVisit.class).setParameter("account", accountId)
                .setParameter("me", me).getResultStream().findFirst().orElse(null);
        Instant since = visit == null ? Instant.now().minusSeconds(30L * 24 * 3600) : visit.getVisitedAt();
        List<TeamNews> news = new ArrayList<>();
        for (ActionPlanUpdate u : em.createQuery("select u from ActionPlanUpdate u where "
                        + "u.actionPlan.programme.strategy.account.id = :account and u.at > :since and u.author <> :me "
                        + "order by u.at desc", ActionPlanUpdate.class).setParameter("account", accountId)
                .setParameter("since", since).setParameter("me", me).setMaxResults(100).getResultList()) {
            news.add(new TeamNews(u.getAt(), u.getAuthor(), u.getActionPlan().getTitle(), u.getStatus(),
                    u.getProgress(), u.getComment()));
        }
        for (ActionPlanComment c : em.createQuery("select c from ActionPlanComment c where "
                        + "c.actionPlan.programme.strategy.account.id = :account and c.at > :since and c.author <> :me "
                        + "order by c.at desc", ActionPlanComment.class).setParameter("account", accountId)
                .setParameter("since", since).setParameter("me", me).setMaxResults(100).getResultList()) {
            news.add(new TeamNews(c.getAt(), c.getAuthor(), c.getActionPlan().getTitle(), c.getBody()));
        }
        news.sort(Comparator.comparing(TeamNews::getAt).reversed());
        try {
            visits.record(accountId, me);
        } catch (jakarta.ejb.EJBException e) {
            // Two tabs of the same person on their first visit at once: the other one's visit time will do.
        }
        return news;
    }

    private ActionPlan actionPlan(long accountId, long actionPlanId) {
        ActionPlan plan = em.find(ActionPlan.class, actionPlanId);
        if (plan == null || !plan.getProgramme().getStrategy().getAccount().getId().equals(accountId)) {
            throw new NotFoundException();
        }
        return plan;
    }

    private java.util.Optional<Strategy> strategy(long accountId) {
        return com.kamplanner.strategy.StrategyRecords.find(em, accountId);
    }

    private Map<Long, ActionPlanUpdate> latestUpdates(long accountId) {
        Map<Long, ActionPlanUpdate> map = new HashMap<>();
        for (ActionPlanUpdate u : em.createQuery("select u from ActionPlanUpdate u where "
                + "u.actionPlan.programme.strategy.account.id = :account order by u.at desc, u.id desc",
                ActionPlanUpdate.class).setParameter("account", accountId).getResultList()) {
            map.putIfAbsent(u.getActionPlan().getId(), u);
        }
        return map;
    }

}
