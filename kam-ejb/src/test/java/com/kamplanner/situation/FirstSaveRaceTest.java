package com.kamplanner.situation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kamplanner.account.Account;
import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.template.DocumentTemplate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two people saving the first version of the same section at the same moment: both insert the account's database
 * and the section, the unique keys refuse the second, and the second gets the "someone else saved" message rather
 * than a server error. Real H2 with the Flyway schema.
 */
@Tag(MigratedDatabase.TAG)
class FirstSaveRaceTest {

    @Test
    void theSecondOfTwoFirstSavesGetsTheStaleEditMessage() {
        EntityManagerFactory factory = MigratedDatabase.open("first-save");
        try {
            EntityManager setup = factory.createEntityManager();
            setup.getTransaction().begin();
            DocumentTemplate template = DefaultDatabaseTemplate.build();
            template.activate();
            setup.persist(template);
            Account account = new Account("Race Aerospace", "Aerospace", "FR");
            setup.persist(account);
            setup.getTransaction().commit();

            EntityManager first = factory.createEntityManager();
            EntityManager second = factory.createEntityManager();
            first.getTransaction().begin();
            second.getTransaction().begin();
            firstSave(first, account.getId(), template.getId(), "Sells helicopters");
            firstSave(second, account.getId(), template.getId(), "Sells rotorcraft");
            OptimisticSave.flush(first);
            first.getTransaction().commit();

            assertThrows(StaleEditException.class, () -> OptimisticSave.flush(second));
            second.getTransaction().rollback();

            EntityManager reader = factory.createEntityManager();
            KeyAccountDatabase kept = reader.createQuery("select d from KeyAccountDatabase d where d.account.id = :a",
                    KeyAccountDatabase.class).setParameter("a", account.getId()).getSingleResult();
            assertEquals("Sells helicopters", kept.findSection(DefaultDatabaseTemplate.CUSTOMER).orElseThrow()
                    .value("businessModel"), "the first save is kept whole");
        } finally {
            factory.close();
        }
    }

    private static void firstSave(EntityManager em, long accountId, long templateId, String businessModel) {
        KeyAccountDatabase database = new KeyAccountDatabase(em.find(Account.class, accountId),
                em.find(DocumentTemplate.class, templateId));
        em.persist(database);
        database.section(DefaultDatabaseTemplate.CUSTOMER).put("businessModel", businessModel);
    }
}
