package com.kamplanner.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.situation.KeyAccountDatabase;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.situation.TableRows;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.template.DocumentTemplate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The demo's Key Account Databases are filled once, with values the template accepts, and never twice. */
@Tag(MigratedDatabase.TAG)
class DemoDatabasesTest {

    @Test
    void twoDemoAccountsGetAFilledDatabaseAndAStakeholderMapOnce() {
        EntityManagerFactory factory = MigratedDatabase.open("demo-databases");
        try {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            DocumentTemplate template = DefaultDatabaseTemplate.build();
            template.activate();
            em.persist(template);
            Map<String, AppUser> users = new HashMap<>();
            for (String name : List.of("emma.kam", "tom.team")) {
                AppUser user = new AppUser(name, name, EnumSet.of(Role.KAM));
                user.setPasswordHash("x");
                em.persist(user);
                users.put(name, user);
            }
            for (String name : List.of("Airbus Helicopters", "Thales Alenia Space")) {
                Account account = new Account(name, "Aerospace", "FR");
                account.setKam(users.get("emma.kam"));
                em.persist(account);
            }
            assertEquals(2, DemoDatabases.seed(em, users));
            em.getTransaction().commit();

            em.getTransaction().begin();
            assertEquals(0, DemoDatabases.seed(em, users), "idempotent");
            em.getTransaction().commit();
            em.clear();

            KeyAccountDatabase airbus = em.createQuery("select d from KeyAccountDatabase d where d.account.name = "
                    + "'Airbus Helicopters'", KeyAccountDatabase.class).getSingleResult();
            assertEquals(3, TableRows.read(airbus.findSection(DefaultDatabaseTemplate.CUSTOMER).orElseThrow()
                    .value(DefaultDatabaseTemplate.STRATEGIC_PRIORITIES)).size());
            assertEquals("HYBRID", airbus.findSection(DefaultDatabaseTemplate.NEEDS).orElseThrow()
                    .value("purchasingOrganisation"));
            List<Stakeholder> map = em.createQuery("select s from Stakeholder s where s.account.name = "
                    + "'Airbus Helicopters' order by s.name", Stakeholder.class).getResultList();
            assertEquals(4, map.size());
            assertTrue(map.stream().anyMatch(Stakeholder::isInfluentialOpponent), "the demo shows a flag");
            assertEquals(2L, em.createQuery("select count(d) from KeyAccountDatabase d", Long.class)
                    .getSingleResult());
        } finally {
            factory.close();
        }
    }
}
