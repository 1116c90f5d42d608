package com.kamplanner.culture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.MigratedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A contingency handled, found in the records on a migrated database: only a contingency that fired and that the
 * KAM acknowledged, named by its trigger alone and dated by its firing, offered once (the migration lets a
 * recognition of it be kept).
 */
@Tag(MigratedDatabase.TAG)
class ContingencyHandledTest {

    private EntityManagerFactory factory;
    private EntityManager em;
    private Achievements achievements;

    @BeforeEach
    void open() {
        factory = MigratedDatabase.open("contingency-handled");
        em = factory.createEntityManager();
        achievements = new Achievements();
        achievements.em = em;
        sql("insert into app_user (id, username, display_name, password_hash, created_at) values "
                + "(1, 'claire', 'Claire', 'x', current_timestamp)");
        sql("insert into account (id, name, created_at, key_account) values (10, 'Airbus', current_timestamp, true)");
        sql("insert into strategy (id, account_id, updated_at) values (20, 10, current_timestamp)");
        contingency(31, "ACKNOWLEDGED", "timestamp '2026-10-01 12:00:00'", "timestamp '2026-10-02 09:00:00'");
        contingency(32, "FIRED", "timestamp '2026-10-03 12:00:00'", "null");
        contingency(33, "ARMED", "null", "null");
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void onlyAFiredAndAcknowledgedContingencyIsOfferedNamedByItsTriggerAndItsFiring() {
        List<Achievement> open = handled();
        assertEquals(1, open.size(), open.toString());
        Achievement handled = open.get(0);
        assertEquals(31, handled.evidenceId());
        assertEquals(10, handled.accountId());
        assertEquals("Trigger 31", handled.contingencyTrigger());
        assertEquals(LocalDateTime.of(2026, 10, 1, 12, 0).atZone(ZoneId.systemDefault()).toLocalDate(),
                handled.achievedOn(), "the firing date");
        assertNull(handled.objectiveTitle());
        assertTrue(achievements.find(AchievementKind.CONTINGENCY_HANDLED, 31).isPresent());
        assertTrue(achievements.find(AchievementKind.CONTINGENCY_HANDLED, 32).isEmpty(), "fired, not yet seen");
        assertTrue(achievements.find(AchievementKind.CONTINGENCY_HANDLED, 33).isEmpty(), "never fired");
    }

    @Test
    void aContingencyRecognisedOnceIsNoLongerOffered() {
        sql("insert into recognition (id, account_id, achievement, evidence_id, contingency_trigger, achieved_on, "
                + "team_names, recognised_by_id, recognised_at) values (1, 10, 'CONTINGENCY_HANDLED', 31, "
                + "'Trigger 31', date '" + LocalDate.of(2026, 10, 1) + "', 'Emma', 1, current_timestamp)");
        assertEquals(List.of(), handled());
    }

    private List<Achievement> handled() {
        return achievements.open().stream().filter(a -> a.kind() == AchievementKind.CONTINGENCY_HANDLED).toList();
    }

    private void contingency(long id, String state, String firedAt, String acknowledgedAt) {
        sql("insert into contingency (id, strategy_id, trigger_event, response, watch_state, fired_at, "
                + "acknowledged_at) values (" + id + ", 20, 'Trigger " + id + "', 'Secret response " + id + "', '"
                + state + "', " + firedAt + ", " + acknowledgedAt + ")");
    }

    private void sql(String sql) {
        em.getTransaction().begin();
        em.createNativeQuery(sql).executeUpdate();
        em.getTransaction().commit();
    }
}
