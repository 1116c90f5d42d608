package com.kamplanner.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.platform.SchemaMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Evidence drift on real SQL (H2 with the Flyway schema; PostgreSQL with -Ppostgres): the SQL count
 * {@link ComplianceSql#OPEN_EVIDENCE_FLAGS} agrees with the Java rule {@link StrategyRules#evidenceChanges} in
 * every state, compliance ({@link ComplianceSql#NO_ISSUE}) fails while a flag is open, and the V32 upgrade gives
 * existing citations today's value as their baseline.
 */
@Tag(MigratedDatabase.TAG)
class EvidenceDriftSqlTest {

    private static void seed(EntityManager em) {
        sql(em, "insert into app_user (id, username, display_name, password_hash, created_at) "
                + "values (1, 'kam', 'Kam One', 'x', current_timestamp)");
        sql(em, "insert into account (id, name, created_at, key_account, kam_id) "
                + "values (10, 'Alpha', current_timestamp, true, 1)");
        sql(em, "insert into document_template (id, kind, template_number, name, status, created_at) "
                + "values (1, 'KEY_ACCOUNT_DATABASE', 1, 'T', 'ACTIVE', current_timestamp)");
        sql(em, "insert into ka_database (id, account_id, template_id, created_at) values (1, 10, 1, current_timestamp)");
        sql(em, "insert into database_section (id, database_id, section_key, updated_at) "
                + "values (1, 1, 'competition', timestamp '2026-03-01 09:00:00')");
        sql(em, "insert into database_value (section_id, field_key, field_value) values (1, 'ourShare', '19')");
        sql(em, "insert into strategy (id, account_id, updated_at) values (1, 10, current_timestamp)");
        sql(em, "insert into situation_potential (id, strategy_id, kind, statement) values "
                + "(1, 1, 'OPPORTUNITY', 'H160 ramp-up'), (2, 1, 'STRENGTH', 'Rotor know-how')");
        sql(em, "insert into tows_option (id, strategy_id, option_type, statement) values (1, 1, 'SO', 'Co-develop')");
        sql(em, "insert into tows_option_potential (option_id, potential_id) values (1, 1), (1, 2)");
        sql(em, "insert into objective (id, strategy_id, objective_level, title) values (1, 1, 'STRATEGIC', 'Grow')");
        sql(em, "insert into objective_tows_option (objective_id, option_id) values (1, 1)");
    }

    @Test
    void theSqlCountAgreesWithTheJavaRuleInEveryState() {
        EntityManagerFactory factory = MigratedDatabase.open("drift");
        EntityManager em = factory.createEntityManager();
        try {
            seed(em);
            sql(em, "insert into potential_citation (potential_id, position, source, section_key, field_key, label, "
                    + "cited_value, cited_at) values (1, 0, 'FIELD', 'competition', 'ourShare', 'Our share', '19', "
                    + "timestamp '2026-01-10 09:00:00'), (1, 1, 'STAKEHOLDER', null, null, 'Anne', null, null)");
            agree(em, 0, "every cited field holds its baseline");
            assertEquals(nonDriftIssues(em), !compliant(em), "without drift, compliance is the other checks'");

            sql(em, "update database_value set field_value = '12'");
            agree(em, 3, "the potential, the option pairing it and the objective traced to the option");
            assertEquals(false, compliant(em));

            sql(em, "update tows_option set evidence_reviewed_at = timestamp '2026-03-02 09:00:00'");
            agree(em, 2, "the option was confirmed after the section was saved");
            sql(em, "update objective set evidence_reviewed_at = timestamp '2026-02-01 09:00:00'");
            agree(em, 2, "the objective was reviewed before the change");

            sql(em, "update potential_citation set cited_value = '12' where source = 'FIELD'");
            agree(em, 0, "the potential confirmed: the new value is its baseline");

            sql(em, "delete from database_value");
            sql(em, "update database_section set updated_at = timestamp '2026-04-01 09:00:00'");
            agree(em, 3, "a field emptied since is a change too");
            sql(em, "update potential_citation set cited_value = null where source = 'FIELD'");
            agree(em, 0, "cited blank, blank now");
        } finally {
            em.close();
            factory.close();
        }
    }

    @Test
    void theUpgradeGivesExistingCitationsTodaysValueAsTheirBaseline() {
        String url = "jdbc:h2:mem:drift-upgrade-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        Flyway.configure(SchemaMigration.class.getClassLoader()).dataSource(h2).locations("classpath:db/migration")
                .target("29").load().migrate();
        EntityManagerFactory before = Persistence.createEntityManagerFactory("kam-outside-server", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
        EntityManager em = before.createEntityManager();
        seed(em);
        sql(em, "insert into potential_citation (potential_id, position, source, section_key, field_key, label) "
                + "values (1, 0, 'FIELD', 'competition', 'ourShare', 'Our share'), "
                + "(1, 1, 'FIELD', 'competition', 'blank', 'A blank field'), "
                + "(2, 0, 'STAKEHOLDER', null, null, 'Anne')");
        em.close();
        before.close();

        SchemaMigration.configure(h2).migrate();
        EntityManagerFactory after = Persistence.createEntityManagerFactory("kam-outside-server", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
        em = after.createEntityManager();
        try {
            List<?> rows = em.createNativeQuery("select cited_value, cited_at from potential_citation "
                    + "order by potential_id, position").getResultList();
            assertEquals("19", ((Object[]) rows.get(0))[0]);
            assertNotNull(((Object[]) rows.get(0))[1]);
            assertNull(((Object[]) rows.get(1))[0], "a blank field is cited as blank");
            assertNotNull(((Object[]) rows.get(1))[1]);
            assertNull(((Object[]) rows.get(2))[1], "a stakeholder is not a field");
            agree(em, 0, "nothing is flagged by the upgrade itself");
        } finally {
            em.close();
            after.close();
        }
    }

    private static void agree(EntityManager em, int expected, String why) {
        em.clear();
        em.getEntityManagerFactory().getCache().evictAll(); // the rows changed by SQL, behind the shared cache
        Number sql = (Number) em.createNativeQuery("select " + ComplianceSql.OPEN_EVIDENCE_FLAGS
                + " from strategy s where s.id = 1").getSingleResult();
        Strategy strategy = StrategyRecords.loaded(StrategyRecords.find(em, 10).orElseThrow());
        List<EvidenceFlag> java = StrategyRules.evidenceChanges(strategy, CitedEvidence.load(em, 10));
        assertEquals(expected, java.size(), why + ": " + java);
        assertEquals(expected, sql.intValue(), why + " (SQL)");
    }

    private static boolean compliant(EntityManager em) {
        return !em.createNativeQuery("select s.id from strategy s where " + ComplianceSql.NO_ISSUE).getResultList()
                .isEmpty();
    }

    private static boolean nonDriftIssues(EntityManager em) {
        em.clear();
        em.getEntityManagerFactory().getCache().evictAll();
        return !ComplianceCheck.of(StrategyRecords.loaded(StrategyRecords.find(em, 10).orElseThrow())).isEmpty();
    }

    private static void sql(EntityManager em, String sql) {
        em.getTransaction().begin();
        em.createNativeQuery(sql).executeUpdate();
        em.getTransaction().commit();
    }
}
