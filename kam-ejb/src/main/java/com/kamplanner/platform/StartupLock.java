package com.kamplanner.platform;

import jakarta.persistence.EntityManager;

/**
 * The database lock the start-up seeders take before they count and insert: the row {@code seeding} of
 * {@code startup_lock} (Flyway V25), locked with {@code SELECT ... FOR UPDATE} until the caller's transaction ends.
 * On a cluster whose nodes start together on an empty database, the seeders of the second node wait for the first
 * one's commit and then find its rows, so nothing is seeded twice. H2 and PostgreSQL both lock the row.
 */
public final class StartupLock {

    static final String LOCK = "SELECT name FROM startup_lock WHERE name = 'seeding' FOR UPDATE";

    private StartupLock() {
    }

    /** Waits for, then holds, the seeding lock until the current transaction commits or rolls back. */
    public static void hold(EntityManager em) {
        if (em.createNativeQuery(LOCK).getResultList().isEmpty()) {
            throw new IllegalStateException("The row 'seeding' of startup_lock is missing (Flyway V25)");
        }
    }
}
