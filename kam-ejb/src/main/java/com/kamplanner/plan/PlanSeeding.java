package com.kamplanner.plan;

import com.kamplanner.account.Account;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.Objective;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes plan history without a signed-in caller, for the demo company seeded at start-up: an approved version
 * built and frozen exactly as {@link PlanService} does (assembly, JSON snapshot, review events), the working
 * version that follows it, follow-up updates and indicator actuals. Never used by the pages or the API.
 */
public final class PlanSeeding {

    private PlanSeeding() {
    }

    /** True when the account has a plan already (so seeding leaves it alone). */
    public static boolean hasPlan(EntityManager em, Account account) {
        return !em.createQuery("select p.id from KeyAccountPlan p where p.account = :a", Long.class)
                .setParameter("a", account).getResultList().isEmpty();
    }

    /**
     * Creates the plan with version 1 approved (submitted by the KAM, approved by the director on
     * {@code approvedAt}) for the period from {@code start}, and version 2 working for the next period.
     */
    public static void approvedThenWorking(EntityManager em, Account account, LocalDate start, int months,
                                           String summary, String kam, String director, Instant approvedAt) {
        KeyAccountPlan plan = new KeyAccountPlan(account);
        em.persist(plan);
        LocalDate end = start.plusMonths(months).minusDays(1);
        PlanVersion first = new PlanVersion(plan, 1, start, end, kam);
        first.edit(summary, start, end);
        em.persist(first);
        em.flush();
        PlanContent content = new PlanAssembler(em).assemble(account, first, List.of(), approvedAt.atZone(
                java.time.ZoneId.systemDefault()).toLocalDate());
        content.setStatus(VersionStatus.SUBMITTED.name());
        first.submit(PlanSnapshot.write(content));
        em.persist(new PlanEvent(first, PlanEvent.Kind.SUBMITTED, kam, null));
        first.approve(director, approvedAt);
        em.persist(new PlanEvent(first, PlanEvent.Kind.APPROVED, director, "A clear plan: go ahead."));
        LocalDate next = end.plusDays(1);
        PlanVersion second = new PlanVersion(plan, 2, next, next.plusMonths(months).minusDays(1), kam);
        second.edit(summary, next, next.plusMonths(months).minusDays(1));
        em.persist(second);
    }

    /** A follow-up update of an action plan, as its owner records it. */
    public static void update(EntityManager em, ActionPlan plan, FollowUpStatus status, int progress, String comment,
                              String author) {
        em.persist(new ActionPlanUpdate(plan, status, progress, comment, author));
        FollowUpMapping.follow(plan, status);
    }

    /** An indicator actual for the period ending on {@code periodEnd}. */
    public static void actual(EntityManager em, Objective objective, LocalDate periodEnd, String value, String by) {
        IndicatorActual actual = new IndicatorActual(objective, periodEnd);
        actual.record(new BigDecimal(value), by);
        em.persist(actual);
    }
}
