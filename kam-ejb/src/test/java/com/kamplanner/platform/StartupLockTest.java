package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seeders' lock on real SQL (H2, or PostgreSQL with -Ppostgres): while one transaction holds it, a second one
 * waits, and once the first commits the second gets it and sees what the first wrote. This is what keeps two nodes
 * starting together from seeding twice.
 */
@Tag(MigratedDatabase.TAG)
class StartupLockTest {

    @Test
    void aSecondHolderWaitsForTheFirstCommitAndThenSeesItsRows() throws Exception {
        EntityManagerFactory factory = MigratedDatabase.open("startup-lock");
        try {
            EntityManager first = factory.createEntityManager();
            first.getTransaction().begin();
            StartupLock.hold(first);
            first.createNativeQuery("INSERT INTO startup_lock (name) VALUES ('seeded-by-first')").executeUpdate();

            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> {
                EntityManager em = factory.createEntityManager();
                try {
                    em.getTransaction().begin();
                    started.countDown();
                    StartupLock.hold(em);
                    long seen = ((Number) em.createNativeQuery(
                            "SELECT COUNT(*) FROM startup_lock WHERE name = 'seeded-by-first'").getSingleResult())
                            .longValue();
                    em.getTransaction().commit();
                    return seen;
                } finally {
                    em.close();
                }
            });
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Thread.sleep(300);
            assertFalse(second.isDone(), "the second holder did not wait for the first");

            first.getTransaction().commit();
            first.close();
            assertEquals(1L, second.get(20, TimeUnit.SECONDS), "the second holder saw the first one's rows");
        } finally {
            factory.close();
        }
    }
}
