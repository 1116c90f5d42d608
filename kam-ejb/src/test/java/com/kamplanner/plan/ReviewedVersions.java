package com.kamplanner.plan;

import com.kamplanner.account.Account;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Test support: an account's plan with version 1 submitted and approved and version 2 working, without assembling
 * the content (the snapshot is a stand-in), for tests that need versions in their review states on H2.
 */
public final class ReviewedVersions {

    private ReviewedVersions() {
    }

    public static void approvedThenWorking(EntityManager em, Account account, LocalDate start, String director) {
        KeyAccountPlan plan = new KeyAccountPlan(account);
        em.persist(plan);
        PlanVersion first = new PlanVersion(plan, 1, start, start.plusMonths(6).minusDays(1), "emma.kam");
        first.submit("{}");
        first.approve(director, Instant.parse("2026-01-20T10:00:00Z"));
        em.persist(first);
        PlanVersion second = new PlanVersion(plan, 2, start.plusMonths(6), start.plusMonths(12).minusDays(1),
                "emma.kam");
        em.persist(second);
    }
}
