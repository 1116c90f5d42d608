package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.plan.FollowUpStatus;
import com.kamplanner.plan.PlanSeeding;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.Strategy;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Emma Laurent's Key Account Plan for Airbus Helicopters, built on its demo strategy: version 1 approved by the
 * KA Director for the third quarter of 2026, version 2 working for the fourth, Tom's follow-up of the engineering
 * workshops he owns and two quarters of actuals of the share of wallet. Seeded only when the account has a
 * strategy and no plan yet, so a restart changes nothing.
 */
final class DemoPlan {

    private DemoPlan() {
    }

    /** Seeds the demo plan if it is missing; returns how many plans were created. */
    static int seed(EntityManager em) {
        Account airbus = em.createQuery("select a from Account a where a.name = :name", Account.class)
                .setParameter("name", "Airbus Helicopters").getResultStream().findFirst().orElse(null);
        if (airbus == null || PlanSeeding.hasPlan(em, airbus)) {
            return 0;
        }
        Strategy strategy = em.createNamedQuery(Strategy.BY_ACCOUNT, Strategy.class)
                .setParameter("account", airbus.getId()).getResultStream().findFirst().orElse(null);
        if (strategy == null) {
            return 0;
        }
        em.flush();
        em.refresh(strategy);
        for (ActionPlan plan : strategy.getPlans()) {
            if (plan.getOwner() != null && "tom.team".equals(plan.getOwner().getUsername())) {
                PlanSeeding.update(em, plan, FollowUpStatus.ON_TRACK, 40,
                        "Second workshop held in Marignane; blade tests planned for January.", "tom.team");
            }
        }
        for (Objective objective : strategy.getObjectives()) {
            if (objective.getLevel() == Objective.Level.STRATEGIC && objective.hasIndicator()
                    && objective.getIndicator().getBaseline() != null) {
                java.math.BigDecimal base = objective.getIndicator().getBaseline();
                java.math.BigDecimal step = objective.getIndicator().getTarget() == null ? java.math.BigDecimal.ONE
                        : objective.getIndicator().getTarget().subtract(base).divide(java.math.BigDecimal.valueOf(6),
                        2, java.math.RoundingMode.HALF_UP);
                PlanSeeding.actual(em, objective, LocalDate.of(2026, 6, 30), base.add(step).toPlainString(), "emma.kam");
                PlanSeeding.actual(em, objective, LocalDate.of(2026, 9, 30),
                        base.add(step.multiply(java.math.BigDecimal.valueOf(2))).toPlainString(), "emma.kam");
            }
        }
        em.flush();
        PlanSeeding.approvedThenWorking(em, airbus, LocalDate.of(2026, 7, 1), 3,
                "Airbus Helicopters consolidates its rotor-parts suppliers and wants a second source for the H160 "
                        + "blades. We are qualified on the H145 and trusted by engineering; purchasing still sees us "
                        + "as a niche supplier.", "emma.kam", "david.kad", Instant.parse("2026-10-02T09:00:00Z"));
        return 1;
    }
}
