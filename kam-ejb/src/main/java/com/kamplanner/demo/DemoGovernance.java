package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.bestpractice.BestPractice;
import com.kamplanner.bestpractice.LibraryRules;
import com.kamplanner.conflict.Conflict;
import com.kamplanner.conflict.ConflictKind;
import com.kamplanner.conflict.ConflictSeeding;
import com.kamplanner.conflict.ConflictStatus;
import com.kamplanner.plan.PlanVersion;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The KA Director's governance in the demo company: one resolved and one open conflict in the register, and
 * Emma Laurent's approved first plan for Airbus Helicopters marked as a best practice, so that another KAM
 * (Lucas Girard) can open it from the library. Seeded once: nothing is added when the register or the library
 * already holds anything.
 */
final class DemoGovernance {

    private DemoGovernance() {
    }

    /** Seeds what is missing; returns how many entries were created. */
    static int seed(EntityManager em) {
        return conflicts(em) + library(em);
    }

    private static int conflicts(EntityManager em) {
        if (em.createQuery("select count(c) from Conflict c", Long.class).getSingleResult() > 0) {
            return 0;
        }
        List<Account> accounts = List.of("Airbus Helicopters", "Safran Electronics").stream()
                .map(name -> account(em, name)).filter(Objects::nonNull).toList();
        Conflict capacity = ConflictSeeding.open(em, "Test-bench capacity in Marignane", ConflictKind.BETWEEN_ACCOUNTS,
                "Production planning", "Two key accounts want the only rotor test bench in the same weeks of "
                        + "the first quarter: the H160 blade qualification for Airbus and a vibration campaign for "
                        + "Safran Electronics.",
                accounts, "david.kad", Instant.parse("2026-09-14T08:30:00Z"));
        ConflictSeeding.move(capacity, ConflictStatus.IN_MEDIATION, null, "david.kad",
                Instant.parse("2026-09-20T10:00:00Z"));
        ConflictSeeding.move(capacity, ConflictStatus.RESOLVED, "The bench runs two shifts from January; the H160 "
                + "qualification keeps the day shift, the Safran vibration campaign moves to the evening shift.",
                "david.kad", Instant.parse("2026-10-05T16:00:00Z"));
        ConflictSeeding.open(em, "Quality does not sign off the delivery service-level agreement",
                ConflictKind.BETWEEN_FUNCTIONS, "Quality, Key Account Management", "The action plan 'Propose a "
                        + "delivery service-level agreement with penalties' waits for Quality, who refuse penalties "
                        + "before the new line is qualified.", accounts.isEmpty() ? List.of() : accounts.subList(0, 1),
                "david.kad", Instant.parse("2026-11-03T09:15:00Z"));
        return 2;
    }

    private static int library(EntityManager em) {
        if (em.createQuery("select count(b) from BestPractice b", Long.class).getSingleResult() > 0) {
            return 0;
        }
        PlanVersion approved = em.createQuery("select v from PlanVersion v where v.plan.account.name = :name "
                        + "and v.number = 1", PlanVersion.class).setParameter("name", "Airbus Helicopters")
                .getResultStream().findFirst().orElse(null);
        if (approved == null || !LibraryRules.eligible(approved)) {
            return 0;
        }
        em.persist(BestPractice.of(approved, "A model first plan: every strategic objective has a measurable "
                + "indicator, and each action programme pairs contractual and relational plans.", "david.kad",
                Instant.parse("2026-10-06T08:00:00Z")));
        return 1;
    }

    private static Account account(EntityManager em, String name) {
        return em.createQuery("select a from Account a where a.name = :name", Account.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
    }
}
