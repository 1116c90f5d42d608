package com.kamplanner.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.competency.Assessment;
import com.kamplanner.competency.DefaultCompetencyFramework;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.MigratedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The demo competency history on a real H2 schema: two validated campaigns for the demo KAMs, seeded once. */
@Tag(MigratedDatabase.TAG)
class DemoCompetenciesTest {

    @Test
    void twoValidatedCampaignsForEveryDemoKamAndNothingMoreOnASecondRun() {
        EntityManagerFactory factory = MigratedDatabase.open("demo-competencies");
        try {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            em.persist(DefaultCompetencyFramework.build());
            Map<String, AppUser> users = new HashMap<>();
            for (String kam : List.of("emma.kam", "lucas.kam", "sofia.kam", "hugo.kam")) {
                AppUser user = new AppUser(kam, kam, EnumSet.of(Role.KAM));
                user.setPasswordHash("not-a-real-hash");
                em.persist(user);
                users.put(kam, user);
            }
            assertEquals(2, DemoCompetencies.seed(em, users));
            em.getTransaction().commit();

            em.getTransaction().begin();
            assertEquals(0, DemoCompetencies.seed(em, users), "idempotent");
            em.getTransaction().commit();
            em.clear();

            List<Assessment> validated = em.createQuery("select a from Assessment a", Assessment.class).getResultList();
            assertEquals(8, validated.size());
            assertTrue(validated.stream().allMatch(a -> a.isValidated() && a.getRatings().size() == 12
                    && a.getRatings().stream().allMatch(r -> r.getFinalLevel() != null
                    && r.getFinalLevel() >= 1 && r.getFinalLevel() <= 5)));
            assertEquals(2L, em.createQuery("select count(c) from AssessmentCampaign c", Long.class).getSingleResult());
            em.close();
        } finally {
            factory.close();
        }
    }
}
