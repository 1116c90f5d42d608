package com.kamplanner.platform.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.MigratedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The lease that makes one node of the cluster run each scheduled job, on the Flyway schema: two nodes racing on
 * the same claim, each on its own connection and transaction, and exactly one runs. On H2 here (PostgreSQL with
 * {@code -Ppostgres}); {@link PostgresqlJobLeaseTest} runs the same on PostgreSQL.
 */
@Tag(MigratedDatabase.TAG)
class JobLeaseTest {

    private static final Instant NOW = Instant.parse("2026-12-04T01:20:00Z");
    private static final Duration LEASE = Duration.ofMinutes(30);

    private EntityManagerFactory factory;

    EntityManagerFactory openDatabase(String name) {
        return MigratedDatabase.open(name);
    }

    @BeforeEach
    void open() {
        factory = openDatabase("job_lease");
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void ofTwoNodesClaimingTheSameRunAtOnceExactlyOneRunsIt() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String job = "race-" + round;
                inTransaction(em -> LeaseTable.register(em, job, "2026-12-03", NOW));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> claims = new ArrayList<>();
                for (String node : List.of("node-a", "node-b")) {
                    claims.add(nodes.submit(() -> {
                        together.await();
                        return claimOrLose(job, node, "2026-12-04", NOW);
                    }));
                }
                int runs = 0;
                for (Future<Boolean> claim : claims) {
                    runs += claim.get() ? 1 : 0;
                }
                assertEquals(1, runs, "round " + round);
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void twoNodesAddingTheSameJobAtOnceLeaveOneRow() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Boolean>> adds = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                adds.add(nodes.submit(() -> {
                    together.await();
                    try {
                        return inTransaction(em -> LeaseTable.register(em, "new-job", "2026-12-03", NOW));
                    } catch (PersistenceException lostTheRace) {
                        return false;
                    }
                }));
            }
            assertTrue(adds.get(0).get() ^ adds.get(1).get(), "one node adds the row, the other finds it");
            assertTrue(claimOrLose("new-job", "node-a", "2026-12-04", NOW));
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void aRunIsDoneOnceAndTheNextSlotIsDueAgain() {
        register("nightly");
        assertFalse(claimOrLose("nightly", "node-a", "2026-12-03", NOW), "the slot it was registered with is done");
        assertTrue(claimOrLose("nightly", "node-a", "2026-12-04", NOW));
        assertTrue(inTransaction(em -> LeaseTable.complete(em, "nightly", "node-a", "2026-12-04", NOW.plusSeconds(5))));
        assertFalse(claimOrLose("nightly", "node-b", "2026-12-04", NOW.plusSeconds(60)), "done, not run twice");
        assertTrue(claimOrLose("nightly", "node-b", "2026-12-05", NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void aNodeThatDiesKeepsTheLeaseUntilItRunsOutThenAnotherRunsTheJob() {
        register("dying");
        assertTrue(claimOrLose("dying", "node-a", "2026-12-04", NOW));
        assertFalse(claimOrLose("dying", "node-b", "2026-12-04", NOW.plus(LEASE).minusSeconds(1)), "still held");
        assertTrue(claimOrLose("dying", "node-b", "2026-12-04", NOW.plus(LEASE)), "ran out");
        assertFalse(inTransaction(em -> LeaseTable.complete(em, "dying", "node-a", "2026-12-04",
                NOW.plus(LEASE).plusSeconds(1))), "the late first node no longer holds it");
        assertFalse(claimOrLose("dying", "node-a", "2026-12-04", NOW.plus(LEASE).plusSeconds(2)));
    }

    @Test
    void theHolderCanReleaseTheLeaseAndOnlyTheHolder() {
        register("released");
        assertTrue(claimOrLose("released", "node-a", "2026-12-04", NOW));
        assertFalse(inTransaction(em -> LeaseTable.release(em, "released", "node-b", NOW.plusSeconds(1))));
        assertFalse(claimOrLose("released", "node-b", "2026-12-04", NOW.plusSeconds(2)));
        assertTrue(inTransaction(em -> LeaseTable.release(em, "released", "node-a", NOW.plusSeconds(3))));
        assertTrue(claimOrLose("released", "node-b", "2026-12-04", NOW.plusSeconds(4)),
                "released without being done: the run is still owed");
    }

    private void register(String job) {
        assertTrue(inTransaction(em -> LeaseTable.register(em, job, "2026-12-03", NOW)));
        assertFalse(inTransaction(em -> LeaseTable.register(em, job, "2026-12-03", NOW)), "added once");
    }

    /** One node's claim in its own transaction, as {@link JobLeases} makes it; a refused claim is a lost one. */
    private boolean claimOrLose(String job, String node, String slot, Instant at) {
        try {
            return inTransaction(em -> LeaseTable.claim(em, job, node, slot, at, at.plus(LEASE)));
        } catch (PersistenceException lockedOut) {
            return false;
        }
    }

    private boolean inTransaction(Predicate<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            boolean result = work.test(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
