package com.kamplanner.health;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Writes health without a signed-in caller, for the demo company seeded at start-up: the scores computed exactly
 * as {@link HealthRefresh} does, stored at once (so the first page shows them), and the monthly history of the
 * months before the demo existed. Never used by the pages or the API.
 */
public final class HealthSeeding {

    private HealthSeeding() {
    }

    /** Whether some account already has a month of history (so seeding leaves the history alone). */
    public static boolean hasHistory(EntityManager em) {
        return ((Number) em.createNativeQuery("select count(*) from account_health_month").getSingleResult())
                .longValue() > 0;
    }

    /** Computes and stores every key account's health now; returns the scores. */
    public static List<AccountScore> computeNow(EntityManager em, int freshnessDays) {
        LocalDate today = LocalDate.now();
        List<AccountScore> scores = HealthRefresh.scores(HealthStatements.read(em, today, freshnessDays),
                HealthRefresh.activeWeights(em), today);
        HealthTable.replace(em, scores, Instant.now());
        HealthTable.computed(em, Instant.now());
        return scores;
    }

    /** Keeps {@code score} as the account's score of {@code month}. */
    public static void month(EntityManager em, long accountId, YearMonth month, Integer score) {
        em.createNativeQuery("delete from account_health_month where account_id = ?1 and month_start = ?2")
                .setParameter(1, accountId).setParameter(2, java.sql.Date.valueOf(month.atDay(1))).executeUpdate();
        em.createNativeQuery("insert into account_health_month (account_id, month_start, score) values (?1, ?2, ?3)")
                .setParameter(1, accountId).setParameter(2, java.sql.Date.valueOf(month.atDay(1)))
                .setParameter(3, score).executeUpdate();
    }
}
