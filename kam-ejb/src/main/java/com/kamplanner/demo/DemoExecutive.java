package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.executive.InvestmentCategory;
import com.kamplanner.executive.InvestmentLine;
import com.kamplanner.executive.InvestmentSeeding;
import com.kamplanner.executive.ExecutivePortfolio;
import com.kamplanner.plan.PlanSeeding;
import com.kamplanner.strategy.Indicator;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.SituationPotential;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.TowsOption;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The executive's demo figures: a revenue objective (a strategic objective measured in EUR, see
 * {@link ExecutivePortfolio}) with yearly actuals for one key account of each KAM, an older approved plan for
 * Schneider Electric that is now past its review date, and the programme's investment lines for 2024 to 2026
 * (all approved but one proposed). Seeded once: nothing is added when investment lines exist.
 */
final class DemoExecutive {

    /**
     * Key account, target, and revenue over 12 months to the end of 2024, 2025 and to 30 September 2026 (EUR); the
     * last equals the account record's sales over the last 12 months ({@code DemoAccounts}), so both agree.
     */
    private record Revenue(String account, String kam, String target, String y2024, String y2025, String y2026) {
    }

    private static final List<Revenue> REVENUE = List.of(
            new Revenue("Airbus Helicopters", "emma.kam", "24000000", "15200000", "16900000", "18400000"),
            new Revenue("Siemens Healthineers", "lucas.kam", "20000000", "14100000", "15000000", "15800000"),
            new Revenue("Schneider Electric", "sofia.kam", "26000000", "19700000", "20600000", "21300000"),
            new Revenue("Stellantis Powertrain", "hugo.kam", "30000000", "28900000", "27400000", "26700000"));

    private DemoExecutive() {
    }

    /** Seeds what is missing; returns how many investment lines were created. */
    static int seed(EntityManager em) {
        if (em.createQuery("select count(l) from InvestmentLine l", Long.class).getSingleResult() > 0) {
            return 0;
        }
        for (Revenue revenue : REVENUE) {
            Account account = em.createQuery("select a from Account a where a.name = :name", Account.class)
                    .setParameter("name", revenue.account()).getResultStream().findFirst().orElse(null);
            if (account != null) {
                revenueObjective(em, account, revenue);
            }
        }
        em.flush();
        Account schneider = em.createQuery("select a from Account a where a.name = :name", Account.class)
                .setParameter("name", "Schneider Electric").getResultStream().findFirst().orElse(null);
        if (schneider != null && !PlanSeeding.hasPlan(em, schneider)) {
            PlanSeeding.approvedThenWorking(em, schneider, LocalDate.of(2026, 1, 1), 6,
                    "Schneider Electric standardises its enclosures worldwide; we supply three plants and aim for "
                            + "the global frame agreement.", "sofia.kam", "david.kad",
                    Instant.parse("2026-02-16T09:00:00Z"));
        }
        List<InvestmentLine> lines = List.of(
                approved(InvestmentCategory.HEADCOUNT_KAM, "Key Account Managers (4 FTE)", 2024, "480000", "472000"),
                approved(InvestmentCategory.HEADCOUNT_KAM, "Key Account Managers (4 FTE)", 2025, "500000", "506000"),
                approved(InvestmentCategory.HEADCOUNT_KAM, "Key Account Managers (4 FTE)", 2026, "520000", "390000"),
                approved(InvestmentCategory.TRAINING, "KAM academy and coaching", 2025, "60000", "57500"),
                approved(InvestmentCategory.TRAINING, "KAM academy and coaching", 2026, "65000", "31000"),
                approved(InvestmentCategory.TOOLS, "KAM Planner and CRM licences", 2024, "40000", "40000"),
                approved(InvestmentCategory.TOOLS, "KAM Planner and CRM licences", 2025, "42000", "42000"),
                approved(InvestmentCategory.TOOLS, "KAM Planner and CRM licences", 2026, "45000", "33750"),
                proposed(InvestmentCategory.HEADCOUNT_TEAM, "Key account team coordinator", 2026, "90000"));
        lines.forEach(em::persist);
        return lines.size();
    }

    private static void revenueObjective(EntityManager em, Account account, Revenue revenue) {
        Strategy strategy = em.createNamedQuery(Strategy.BY_ACCOUNT, Strategy.class)
                .setParameter("account", account.getId()).getResultStream().findFirst().orElse(null);
        if (strategy == null) {
            strategy = new Strategy(account);
            SituationPotential strength = strategy.addPotential(new SituationPotential(
                    SituationPotential.Kind.STRENGTH, "A supplier the plants already trust"));
            SituationPotential opportunity = strategy.addPotential(new SituationPotential(
                    SituationPotential.Kind.OPPORTUNITY, "The customer consolidates its supplier base"));
            strategy.addOption(new TowsOption(TowsOption.Type.SO, "Offer to become a consolidated supplier"),
                    strength, opportunity);
            em.persist(strategy);
            strategy.getPotentials().forEach(em::persist);
            strategy.getOptions().forEach(em::persist);
        } else if (strategy.getObjectives().stream().anyMatch(o -> o.hasIndicator()
                && ExecutivePortfolio.REVENUE_UNIT.equalsIgnoreCase(o.getIndicator().getUnit()))) {
            return;
        }
        Objective objective = strategy.addObjective(new Objective(Objective.Level.STRATEGIC,
                "Grow our revenue with " + account.getName()), null, strategy.getOptions().get(0));
        // Within the three-year horizon of strategic objectives (issue 19, section 4).
        objective.setStartDate(LocalDate.of(2026, 1, 1));
        objective.setIndicator(new Indicator("Revenue with the account over 12 months",
                ExecutivePortfolio.REVENUE_UNIT, new BigDecimal(revenue.y2024()), new BigDecimal(revenue.target()),
                LocalDate.of(2028, 12, 31)));
        em.persist(objective);
        em.flush();
        PlanSeeding.actual(em, objective, LocalDate.of(2024, 12, 31), revenue.y2024(), revenue.kam());
        PlanSeeding.actual(em, objective, LocalDate.of(2025, 12, 31), revenue.y2025(), revenue.kam());
        PlanSeeding.actual(em, objective, LocalDate.of(2026, 9, 30), revenue.y2026(), revenue.kam());
    }

    private static InvestmentLine approved(InvestmentCategory category, String label, int year, String budget,
                                           String actual) {
        return InvestmentSeeding.approved(category, label, year, new BigDecimal(budget), new BigDecimal(actual),
                "david.kad", "claire.exec");
    }

    private static InvestmentLine proposed(InvestmentCategory category, String label, int year, String budget) {
        return InvestmentSeeding.proposed(category, label, year, new BigDecimal(budget), BigDecimal.ZERO,
                "david.kad");
    }
}
