package com.kamplanner.demo;

import com.kamplanner.improvement.DemoReviewSeed;
import com.kamplanner.improvement.FigureCount;
import com.kamplanner.improvement.ImprovementAction;
import com.kamplanner.improvement.Quarter;
import com.kamplanner.people.AppUser;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;

/**
 * The demo company's quarterly review: last quarter's figures, counted from the demo data as on that quarter's last
 * day, and the improvement actions the KA Director decided then. Seeded once, when no review exists yet.
 */
final class DemoReview {

    private DemoReview() {
    }

    static int seed(EntityManager em, Map<String, AppUser> users, FigureCount count) {
        long existing = em.createQuery("select count(a) from ImprovementAction a", Long.class).getSingleResult();
        if (existing > 0) {
            return 0;
        }
        LocalDate today = LocalDate.now();
        Quarter last = Quarter.of(today).previous();
        em.flush();
        DemoReviewSeed.lastQuarter(em, count, today);
        DemoReviewSeed.action(em, "Run a plan-writing workshop for new KAMs",
                "Two half days on the Key Account Plan template, with an approved plan as the worked example.",
                users.get("david.kad"), today.plusMonths(1), ImprovementAction.Status.IN_PROGRESS, last);
        DemoReviewSeed.action(em, "Give every strategic account an executive sponsor",
                "Ask the executive committee to take on the strategic accounts still without a sponsor.",
                users.get("claire.exec"), today.plusWeeks(6), ImprovementAction.Status.OPEN, last);
        DemoReviewSeed.action(em, "Add stakeholder maps to the Key Account Databases",
                null, users.get("emma.kam"), today.minusWeeks(2), ImprovementAction.Status.OPEN, last);
        DemoReviewSeed.action(em, "Align the competency targets with the segments",
                "Target profiles per segment reviewed with HR.", users.get("hana.hr"), today.minusMonths(1),
                ImprovementAction.Status.DONE, last);
        return 4;
    }
}
