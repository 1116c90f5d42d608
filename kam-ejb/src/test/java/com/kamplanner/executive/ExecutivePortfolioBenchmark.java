package com.kamplanner.executive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kamplanner.platform.MigratedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: not in the default suite (its name does not end in Test). 500 KAMs, 10,000 key accounts
 * each with a strategy of four objectives (one a revenue objective with four quarterly actuals) and a plan of two
 * versions, on a migrated in-memory H2; prints how long {@link ExecutivePortfolio#glance()} takes, first and after a change (so that
 * H2's result cache cannot answer).
 * {@code ./mvnw -o -B -pl kam-ejb test -Dtest=ExecutivePortfolioBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag(MigratedDatabase.TAG)
class ExecutivePortfolioBenchmark {

    @Test
    void glanceAt10000KeyAccounts() {
        EntityManagerFactory factory = MigratedDatabase.open("executive-benchmark");
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            for (String sql : new String[] {
                "insert into app_user (id, username, display_name, password_hash, created_at) "
                        + "select x, 'kam' || x, 'KAM ' || x, 'x', current_timestamp from system_range(1, 500)",
                "insert into app_user_role (user_id, role) select x, 'KAM' from system_range(1, 500)",
                "insert into account (id, name, kam_id, created_at, key_account, segment) select x, 'Account ' || x, "
                        + "1 + mod(x, 500), current_timestamp, true, case mod(x, 4) when 0 then 'STRATEGIC' "
                        + "when 1 then 'STAR' when 2 then 'STATUS' else 'STREAMLINE' end from system_range(1, 10000)",
                "insert into strategy (id, account_id, updated_at) select x, x, current_timestamp "
                        + "from system_range(1, 10000)",
                "insert into objective (id, strategy_id, objective_level, title, indicator_unit, indicator_target, "
                        + "position) select x, 1 + mod(x, 10000), case when x <= 20000 then 'STRATEGIC' "
                        + "else 'OPERATIONAL' end, 'Objective ' || x, case when x <= 10000 then 'EUR' else '%' end, "
                        + "1000000, 0 from system_range(1, 40000)",
                "insert into indicator_actual (id, objective_id, period_end, actual_value, recorded_by, recorded_at) "
                        + "select x, 1 + mod(x, 10000), dateadd(month, -3 * (x / 10000), date '2026-09-30'), "
                        + "250000 * (1 + x / 10000), 'kam', current_timestamp from system_range(0, 39999)",
                "insert into key_account_plan (id, account_id, created_at) select x, x, "
                        + "dateadd(month, -mod(x, 24), current_timestamp) from system_range(1, 10000)",
                "insert into plan_version (id, plan_id, version_number, period_start, period_end, status, created_at, "
                        + "created_by, approved_at) select x, 1 + mod(x, 10000), 1 + x / 10000, current_date, "
                        + "current_date, case when x < 10000 then 'APPROVED' else 'WORKING' end, current_timestamp, "
                        + "'kam', case when x < 10000 then dateadd(month, -mod(x, 13), current_timestamp) end "
                        + "from system_range(0, 19999)"}) {
                em.createNativeQuery(sql).executeUpdate();
            }
            em.getTransaction().commit();
            ExecutivePortfolio portfolio = new ExecutivePortfolio();
            portfolio.em = em;
            long first = System.nanoTime();
            portfolio.glance();
            long firstMillis = (System.nanoTime() - first) / 1_000_000;
            // A change in between, so that H2 cannot answer the next call from its query result cache.
            em.getTransaction().begin();
            for (String table : new String[] {"indicator_actual", "objective", "account", "plan_version",
                "key_account_plan", "strategy", "app_user"}) {
                em.createNativeQuery("update " + table + " set version = version where id = 1").executeUpdate();
            }
            em.getTransaction().commit();
            long start = System.nanoTime();
            PortfolioGlance glance = portfolio.glance();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("ExecutivePortfolio.glance() with 10,000 key accounts, 500 KAMs: first call "
                    + firstMillis + " ms, after a change " + millis + " ms");
            assertEquals(10000, glance.getKeyAccounts());
            assertEquals(500, glance.kams().size());
        } finally {
            em.close();
            factory.close();
        }
    }
}
