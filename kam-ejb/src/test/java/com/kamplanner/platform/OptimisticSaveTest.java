package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.plan.KeyAccountPlan;
import com.kamplanner.plan.PlanVisit;
import com.kamplanner.strategy.Strategy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The one save path. Besides the pure checks, real H2 with the Flyway schema shows the cases the private
 * {@code flush()} copies of the strategy, plan and follow-up services missed (a duplicate key from two first saves,
 * a conflict wrapped in another exception) now end in the "someone else saved" message too.
 */
@Tag(MigratedDatabase.TAG)
class OptimisticSaveTest {

    private static EntityManagerFactory factory;

    @BeforeAll
    static void open() {
        factory = MigratedDatabase.open("optimistic-save");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aVersionConflictIsRecognisedHoweverDeepItIsWrapped() {
        assertTrue(OptimisticSave.isVersionConflict(new OptimisticLockException()));
        assertTrue(OptimisticSave.isVersionConflict(
                new PersistenceException(new RuntimeException(new OptimisticLockException()))));
    }

    @Test
    void otherDatabaseErrorsAreNotMistakenForConflicts() {
        assertFalse(OptimisticSave.isVersionConflict(new PersistenceException("unique constraint violated")));
    }

    @Test
    void theVersionTheUserLoadedMustStillBeTheStoredOne() {
        assertDoesNotThrow(() -> OptimisticSave.expectVersion(3, 3));
        assertThrows(StaleEditException.class, () -> OptimisticSave.expectVersion(4, 3));
        assertThrows(StaleEditException.class, () -> OptimisticSave.expectVersion(0, 1),
                "a record the user saw saved is gone or was never saved");
    }

    @Test
    void anEditOverSomeoneElsesSaveIsStale() {
        Account account = account("Stale Rotors");
        long strategyId = inTransaction(em -> {
            Strategy strategy = new Strategy(em.find(Account.class, account.getId()));
            em.persist(strategy);
            return strategy;
        }).getId();
        EntityManager mine = factory.createEntityManager();
        mine.getTransaction().begin();
        Strategy loaded = mine.find(Strategy.class, strategyId);
        inTransaction(em -> {
            em.find(Strategy.class, strategyId).setVision("Theirs");
            return null;
        });
        loaded.setVision("Mine");
        assertThrows(StaleEditException.class, () -> OptimisticSave.flush(mine));
        mine.getTransaction().rollback();
        assertEquals("Theirs", inTransaction(em -> em.find(Strategy.class, strategyId)).getVision());
    }

    /** The strategy service created an account's strategy with a bare flush: a second first edit was a server error. */
    @Test
    void twoFirstEditsOfAStrategyGiveTheSecondTheStaleEditMessage() {
        Account account = account("Twin Strategies");
        assertSecondFirstSaveIsStale(em -> new Strategy(em.find(Account.class, account.getId())));
    }

    /** The plan service started a plan with a bare flush: two KAMs' tabs starting it at once hit the unique key. */
    @Test
    void twoStartsOfOnePlanGiveTheSecondTheStaleEditMessage() {
        Account account = account("Twin Plans");
        assertSecondFirstSaveIsStale(em -> new KeyAccountPlan(em.find(Account.class, account.getId())));
    }

    /** The follow-up service caught only a bare version conflict on a visit, not two first visits at once. */
    @Test
    void twoFirstVisitsOfOnePlanGiveTheSecondTheStaleEditMessage() {
        Account account = account("Twin Visits");
        assertSecondFirstSaveIsStale(em -> new PlanVisit(em.find(Account.class, account.getId()), "tm"));
    }

    /** The private copies caught the persistence API's exception only when the flush threw it unwrapped. */
    @Test
    void aConflictWrappedByTheProviderIsStaleToo() {
        EntityManager wrapping = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("flush")) {
                        throw new PersistenceException("Exception [EclipseLink-5006]",
                                new OptimisticLockException("The object was modified or deleted since last read"));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        assertThrows(StaleEditException.class, () -> OptimisticSave.flush(wrapping));
    }

    @Test
    void otherFailuresOfAFlushAreNotHidden() {
        Account account = account("Broken Save");
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        em.persist(new PlanVisit(em.find(Account.class, account.getId()), null));
        PersistenceException notStale = assertThrows(PersistenceException.class, () -> OptimisticSave.flush(em),
                "a visit without its visitor breaks a not-null column, which is not someone else's save");
        assertFalse(notStale instanceof OptimisticLockException);
        em.getTransaction().rollback();
    }

    private static void assertSecondFirstSaveIsStale(Function<EntityManager, Object> firstSave) {
        EntityManager first = factory.createEntityManager();
        EntityManager second = factory.createEntityManager();
        first.getTransaction().begin();
        second.getTransaction().begin();
        first.persist(firstSave.apply(first));
        second.persist(firstSave.apply(second));
        OptimisticSave.flush(first);
        first.getTransaction().commit();
        assertThrows(StaleEditException.class, () -> OptimisticSave.flush(second));
        second.getTransaction().rollback();
    }

    private static Account account(String name) {
        return inTransaction(em -> {
            Account account = new Account(name, "Aerospace", "FR");
            em.persist(account);
            return account;
        });
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }
}
