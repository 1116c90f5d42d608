package com.kamplanner.plan;

import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.people.AppUser;
import com.kamplanner.segmentation.SegmentSetting;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.ActionPlan;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What no one does but time: an open action plan passing its due date, a plan passing its review date. Each
 * night ({@link PlanRemindersJob}) it notifies the people concerned, once per action plan and due date, and once
 * per plan and review date, however often it runs (the notifications' dedupe key), so that a run repeated after
 * a node died tells no one twice.
 */
@Stateless
@PermitAll
public class PlanReminders {

    /** Action plans read at once, to bound the statement's list of ids. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    /** Notifies what became late or overdue by {@code today}; returns how many notifications it made. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(LocalDate today) {
        return lateActionPlans(today) + overdueReviews(today);
    }

    private int lateActionPlans(LocalDate today) {
        List<Object[]> rows = em.createQuery("select ap, a.id, a.name from ActionPlan ap join ap.programme pr "
                + "join pr.strategy st join st.account a where ap.dueDate < :today and ap.dormant = false order by ap.id", Object[].class)
                .setParameter("today", today).getResultList();
        int made = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<Long, FollowUpStatus> recorded = new HashMap<>();
            em.createQuery("select u from ActionPlanUpdate u where u.actionPlan.id in :plans "
                            + "order by u.at desc, u.id desc", ActionPlanUpdate.class)
                    .setParameter("plans", chunk.stream().map(r -> ((ActionPlan) r[0]).getId()).toList())
                    .getResultList().forEach(u -> recorded.putIfAbsent(u.getActionPlan().getId(), u.getStatus()));
            for (Object[] row : chunk) {
                ActionPlan plan = (ActionPlan) row[0];
                FollowUpStatus status = recorded.getOrDefault(plan.getId(),
                        FollowUpMapping.fromStrategy(plan.getStatus()));
                if (FollowUpStatus.effective(status, plan.getDueDate(), today) != FollowUpStatus.LATE) {
                    continue;
                }
                long accountId = (Long) row[1];
                AppUser owner = plan.getOwner();
                made += notifications.notify(new Occasion(NotificationKind.ACTION_PLAN_LATE, accountId, null,
                        List.of(plan.getTitle(), (String) row[2], plan.getDueDate().toString()),
                        "plan/team.xhtml?account=" + accountId,
                        "late:" + plan.getId() + ":" + plan.getDueDate()), owner, null).size();
            }
        }
        return made;
    }

    private int overdueReviews(LocalDate today) {
        Map<Quadrant, Integer> months = new EnumMap<>(Quadrant.class);
        em.createQuery("select s from SegmentSetting s", SegmentSetting.class).getResultList()
                .forEach(s -> months.put(s.getSegment(), s.getReviewFrequencyMonths()));
        List<Object[]> plans = em.createQuery("select a.id, a.name, a.segment, p.createdAt, "
                + "(select max(v.approvedAt) from PlanVersion v where v.plan = p) from KeyAccountPlan p "
                + "join p.account a where exists (select w.id from PlanVersion w where w.plan = p)", Object[].class)
                .getResultList();
        int made = 0;
        for (Object[] row : plans) {
            java.time.Instant approved = PlanOverview.instant(row[4]);
            Integer frequency = row[2] == null ? null : months.get((Quadrant) row[2]);
            LocalDate next = ReviewCadence.nextReview(
                    approved == null ? null : LocalDate.ofInstant(approved, ZoneId.systemDefault()),
                    LocalDate.ofInstant(PlanOverview.instant(row[3]), ZoneId.systemDefault()),
                    frequency == null ? ReviewCadence.DEFAULT_MONTHS : frequency);
            if (next.isBefore(today)) {
                long accountId = (Long) row[0];
                made += notifications.notify(new Occasion(NotificationKind.PLAN_REVIEW_OVERDUE, accountId, null,
                        List.of((String) row[1], next.toString()), "plan/plan.xhtml?account=" + accountId,
                        "review:" + accountId + ":" + next), null, null).size();
            }
        }
        return made;
    }
}
