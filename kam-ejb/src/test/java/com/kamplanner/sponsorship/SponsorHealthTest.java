package com.kamplanner.sponsorship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kamplanner.health.HealthBand;
import com.kamplanner.platform.MigratedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The scorecard's health column read in one grouped statement on a migrated database: each sponsor's key accounts
 * only, the average of the known scores, the bands of {@link HealthBand}, and unknown kept apart from zero.
 */
@Tag(MigratedDatabase.TAG)
class SponsorHealthTest {

    private EntityManagerFactory factory;
    private EntityManager em;

    @BeforeEach
    void open() {
        factory = MigratedDatabase.open("sponsor-health");
        em = factory.createEntityManager();
        sql("insert into app_user (id, username, display_name, password_hash, created_at) values "
                + "(1, 'claire', 'Claire', 'x', current_timestamp), (2, 'marc', 'Marc', 'x', current_timestamp), "
                + "(3, 'ines', 'Ines', 'x', current_timestamp)");
        account(10, 1, true, 80);
        account(11, 1, true, HealthBand.HEALTHY_FROM - 1);
        account(12, 1, true, HealthBand.AT_RISK_FROM - 1);
        account(13, 1, true, null);
        account(14, 1, false, 0);
        sql("insert into account (id, name, created_at, key_account, sponsor_id) values "
                + "(15, 'Never scored', current_timestamp, true, 1)");
        account(20, 2, true, null);
        account(30, 3, true, 50);
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void eachSponsorGetsTheAverageOfTheKnownScoresAndTheCountsPerBand() {
        Map<Long, SponsorHealth> health = SponsorHealth.bySponsor(em, List.of(1L, 2L));

        SponsorHealth claire = health.get(1L);
        assertEquals(Math.round((80 + 69 + 39) / 3.0), claire.average().longValue(),
                "the known scores of her key accounts only: not the unscored, not the candidate's 0");
        assertEquals(1, claire.healthy());
        assertEquals(1, claire.atRisk());
        assertEquals(1, claire.critical());
        assertEquals(2, claire.unknown(), "a null score and no stored score at all");

        SponsorHealth marc = health.get(2L);
        assertNull(marc.average(), "nothing known is unknown, never 0");
        assertEquals(HealthBand.UNKNOWN, marc.band());
        assertEquals(1, marc.unknown());
        assertEquals(0, marc.critical());

        assertFalse(health.containsKey(3L), "only the sponsors asked for");
        assertEquals(Map.of(), SponsorHealth.bySponsor(em, List.of()));
    }

    private void account(long id, long sponsor, boolean key, Integer score) {
        sql("insert into account (id, name, created_at, key_account, sponsor_id) values (" + id + ", 'Account " + id
                + "', current_timestamp, " + key + ", " + sponsor + ")");
        sql("insert into account_health (account_id, score, computed_at) values (" + id + ", " + score
                + ", current_timestamp)");
    }

    private void sql(String sql) {
        em.getTransaction().begin();
        em.createNativeQuery(sql).executeUpdate();
        em.getTransaction().commit();
    }
}
