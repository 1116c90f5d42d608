package com.kamplanner.congruence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.strategy.ComplianceRules;
import com.kamplanner.strategy.StrategyTemplate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Compliance by KAM on a migrated H2: each document's count moves from 0 to 1 exactly when the account's document
 * reaches what its rule asks (mandatory fields against the segment minimum, no strategy compliance issue, a plan
 * version past the submission gate).
 */
@Tag(MigratedDatabase.TAG)
class ComplianceStatementsTest {

    private EntityManagerFactory factory;
    private EntityManager em;

    @BeforeEach
    void open() {
        factory = MigratedDatabase.open("compliance");
        em = factory.createEntityManager();
        sql("insert into app_user (id, username, display_name, password_hash, created_at) values "
                + "(1, 'kam', 'Kam One', 'x', current_timestamp), (2, 'idle', 'Idle Kam', 'x', current_timestamp)");
        sql("insert into app_user_role (user_id, role) values (1, 'KAM'), (2, 'KAM')");
        sql("insert into account (id, name, created_at, key_account, segment, kam_id) "
                + "values (10, 'Alpha', current_timestamp, true, 'STRATEGIC', 1)");
        sql("insert into account (id, name, created_at, key_account, kam_id) values (11, 'Candidate', current_timestamp, false, 1)");
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    private KamCompliance kamOne() {
        List<KamCompliance> table = ComplianceStatements.table(em, rules());
        assertEquals(List.of("Idle Kam", "Kam One"), table.stream().map(KamCompliance::getKamName).toList());
        assertEquals(0, table.get(0).getAccounts(), "a KAM without key accounts is listed at 0 / 0");
        return table.get(1);
    }

    @Test
    void theDatabaseMeetsTheSegmentMinimumOnceEnoughMandatoryFieldsAreFilled() {
        assertEquals(1, kamOne().getAccounts(), "key accounts only");
        assertEquals(1, kamOne().getDatabaseMet(), "no minimum set: met");
        sql("insert into database_requirement (segment, minimum_completeness) values ('STRATEGIC', 50)");
        assertEquals(0, kamOne().getDatabaseMet(), "a minimum and no database");
        sql("insert into document_template (id, kind, template_number, name, status, created_at) "
                + "values (1, 'KEY_ACCOUNT_DATABASE', 1, 'T', 'ACTIVE', current_timestamp)");
        sql("insert into template_section (id, template_id, section_key, position, label_en, label_fr) "
                + "values (1, 1, 'general', 1, 'General', 'Général')");
        sql("insert into template_field (id, section_id, field_key, field_type, position, label_en, label_fr, mandatory) "
                + "values (1, 1, 'a', 'SHORT_TEXT', 1, 'A', 'A', true), (2, 1, 'b', 'TABLE', 2, 'B', 'B', true), "
                + "(3, 1, 'c', 'SHORT_TEXT', 3, 'C', 'C', false)");
        sql("insert into ka_database (id, account_id, template_id, created_at) values (1, 10, 1, current_timestamp)");
        sql("insert into database_section (id, database_id, section_key) values (1, 1, 'general')");
        sql("insert into database_value (section_id, field_key, field_value) values (1, 'b', '[]'), (1, 'c', 'x')");
        assertEquals(0, kamOne().getDatabaseMet(), "an empty table and an optional field are not 50 %");
        sql("insert into database_value (section_id, field_key, field_value) values (1, 'a', 'filled')");
        assertEquals(1, kamOne().getDatabaseMet(), "1 of 2 mandatory fields: 50 %");
        sql("update database_requirement set minimum_completeness = 51");
        assertEquals(0, kamOne().getDatabaseMet());
    }

    @Test
    void theStrategyMeetsOnlyWithoutAnyComplianceIssue() {
        assertEquals(0, kamOne().getStrategyMet(), "no strategy");
        sql("insert into strategy (id, account_id, direction, vision, mission, updated_at) "
                + "values (1, 10, 'MAINTAIN', 'Vision', 'Mission', current_timestamp)");
        sql("insert into situation_potential (id, strategy_id, kind, statement) values (1, 1, 'STRENGTH', 'S')");
        sql("insert into tows_option (id, strategy_id, option_type, statement) values (1, 1, 'SO', 'O')");
        sql("insert into objective (id, strategy_id, objective_level, title, indicator_name) "
                + "values (1, 1, 'STRATEGIC', 'Grow', 'Revenue')");
        sql("insert into action_programme (id, strategy_id, name) values (1, 1, 'P')");
        sql("insert into contingency (id, strategy_id, trigger_event, response) values (1, 1, 'T', 'R')");
        assertEquals(0, kamOne().getStrategyMet(), "a strategic objective traced to no TOWS option");
        sql("insert into objective_tows_option (objective_id, option_id) values (1, 1)");
        assertEquals(1, kamOne().getStrategyMet());
        sql("insert into action_plan (id, programme_id, title, kind, objective_id, status) "
                + "values (1, 1, 'Contract', 'CONTRACTUAL', 1, 'PLANNED')");
        assertEquals(0, kamOne().getStrategyMet(), "a one-sided programme");
        sql("insert into action_plan (id, programme_id, title, kind, objective_id, status) "
                + "values (2, 1, 'Relation', 'RELATIONAL', null, 'PLANNED')");
        assertEquals(0, kamOne().getStrategyMet(), "an action plan serving no objective");
        sql("update action_plan set objective_id = 1");
        assertEquals(1, kamOne().getStrategyMet());
        sql("update strategy set mission = ' '");
        assertEquals(0, kamOne().getStrategyMet(), "the vision step left half empty");
    }

    @Test
    void thePlanMeetsOnceAVersionHasPassedTheSubmissionGate() {
        sql("insert into key_account_plan (id, account_id, created_at) values (1, 10, current_timestamp)");
        sql("insert into plan_version (id, plan_id, version_number, period_start, period_end, status, created_at, "
                + "created_by) values (1, 1, 1, date '2026-01-01', date '2026-12-31', 'WORKING', current_timestamp, 'kam')");
        assertEquals(0, kamOne().getPlanMet());
        assertEquals(false, ComplianceStatements.planMet(em, 10));
        sql("update plan_version set status = 'SUBMITTED'");
        assertEquals(1, kamOne().getPlanMet());
        assertEquals(true, ComplianceStatements.planMet(em, 10));
    }

    /** The templates the migration put in force: the first one reproduces the checks of before templates. */
    private ComplianceRules rules() {
        return ComplianceRules.of(em.createQuery("select t from StrategyTemplate t where t.lifecycle.status = "
                + "com.kamplanner.platform.LifecycleStatus.ACTIVE", StrategyTemplate.class).getResultList());
    }

    private void sql(String sql) {
        em.getTransaction().begin();
        em.createNativeQuery(sql).executeUpdate();
        em.getTransaction().commit();
    }
}
