package com.kamplanner.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kamplanner.congruence.CongruenceLine;
import com.kamplanner.congruence.CongruenceRule;
import com.kamplanner.congruence.RuleStatements;
import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.selection.Quadrant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The health facts read set-based on a migrated H2, each with the least data that shows it, then stored and read
 * back as the account page reads them; and the congruence rule on the stored score agreeing with
 * {@link HealthRules#below} on the same sample.
 */
@Tag(MigratedDatabase.TAG)
class HealthStatementsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private EntityManagerFactory factory;
    private EntityManager em;

    @BeforeEach
    void open() {
        factory = MigratedDatabase.open("health");
        em = factory.createEntityManager();
        sql("insert into app_user (id, username, display_name, password_hash, created_at) values "
                + "(1, 'kam', 'Kam One', 'x', current_timestamp), (2, 'exec', 'Exec', 'x', current_timestamp)");
        account(10, "Alpha", "STRATEGIC");
        account(11, "Beta", "STATUS");
        sql("insert into account (id, name, created_at, key_account) values (12, 'Candidate', current_timestamp, false)");
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void onlyKeyAccountsHaveFactsAndAnAccountWithNothingRecordedIsMissingNotZero() {
        Map<Long, HealthFacts> facts = read();
        assertEquals(List.of(10L, 11L), new ArrayList<>(facts.keySet()));
        List<ComponentValue> beta = HealthRules.components(facts.get(11L), HealthRules.DEFAULT_WEIGHTS, TODAY);
        assertNull(value(beta, HealthComponent.PLAN_FRESHNESS));
        assertNull(value(beta, HealthComponent.STAKEHOLDER_COVERAGE));
        assertNull(value(beta, HealthComponent.ACTION_PROGRESS));
        assertNull(value(beta, HealthComponent.INDICATOR_TRAJECTORY));
        assertNull(value(beta, HealthComponent.SPONSOR_ENGAGEMENT), "Status requires no sponsor");
        assertNull(value(beta, HealthComponent.RELATIONSHIP_STAGE));
        assertEquals(1, facts.get(11L).documentsMet, "no database minimum for Status: met; no strategy, no plan");
    }

    @Test
    void planStakeholdersActionPlansObjectivesSponsorAndStagesAreReadForAllAccountsAtOnce() {
        sql("update account set current_stage = 'BASIC', target_stage = 'COOPERATIVE', sponsor_id = 2 where id = 10");
        sql("insert into sponsor_meeting (id, account_id, sponsor_id, meeting_date, note, created_at) values "
                + "(1, 10, 2, date '2026-05-01', 'met', current_timestamp)");
        sql("insert into key_account_plan (id, account_id, created_at) values (10, 10, timestamp '2025-01-01 10:00:00')");
        sql("insert into plan_version (id, plan_id, version_number, period_start, period_end, status, created_at, "
                + "created_by, approved_at) values (1, 10, 1, date '2026-01-01', date '2026-12-31', 'APPROVED', "
                + "current_timestamp, 'kam', timestamp '2026-05-01 10:00:00')");
        sql("insert into stakeholder (id, account_id, name, decision_role, influence, attitude, last_contact) values "
                + "(1, 10, 'CEO', 'DECISION_MAKER', 9, 'SUPPORTER', date '2026-06-01'), "
                + "(2, 10, 'CFO', 'DECISION_MAKER', 8, 'SUPPORTER', date '2025-01-01'), "
                + "(3, 10, 'Buyer', 'INFLUENCER', 7, 'OPPONENT', date '2026-06-01'), "
                + "(4, 10, 'User', 'USER', 3, 'SUPPORTER', date '2026-06-01')");
        sql("insert into strategy (id, account_id, updated_at) values (1, 10, current_timestamp)");
        sql("insert into action_programme (id, strategy_id, name) values (1, 1, 'Programme')");
        sql("insert into action_plan (id, programme_id, title, kind, status, due_date) values "
                + "(1, 1, 'Late', 'CONTRACTUAL', 'PLANNED', date '2026-06-01'), "
                + "(2, 1, 'Done', 'RELATIONAL', 'DONE', date '2026-06-01'), "
                + "(3, 1, 'Coming', 'RELATIONAL', 'PLANNED', date '2026-09-01')");
        sql("insert into objective (id, strategy_id, objective_level, title, indicator_baseline, indicator_target, "
                + "indicator_target_date, start_date) values (1, 1, 'STRATEGIC', 'Grow', 100, 200, date '2027-01-01', "
                + "date '2026-01-01'), (2, 1, 'OPERATIONAL', 'Op', 0, 10, date '2027-01-01', date '2026-01-01')");
        sql("insert into indicator_actual (id, objective_id, period_end, actual_value, recorded_by, recorded_at) values "
                + "(1, 1, date '2026-03-31', 110, 'kam', current_timestamp), "
                + "(2, 1, date '2026-05-31', 170, 'kam', current_timestamp), "
                + "(3, 2, date '2026-05-31', 0, 'kam', current_timestamp)");

        List<ComponentValue> alpha = HealthRules.components(read().get(10L), HealthRules.DEFAULT_WEIGHTS, TODAY);
        assertEquals(100, value(alpha, HealthComponent.PLAN_FRESHNESS), "approved six weeks ago, cadence three months");
        ComponentValue stakeholders = component(alpha, HealthComponent.STAKEHOLDER_COVERAGE);
        assertEquals(List.of(1, 3), List.of(stakeholders.getFactA(), stakeholders.getFactB()),
                "the CEO of three that matter: the CFO not met in 90 days, the buyer an opponent, the user does not matter");
        ComponentValue actions = component(alpha, HealthComponent.ACTION_PROGRESS);
        assertEquals(List.of(1, 3), List.of(actions.getFactA(), actions.getFactB()), "one of three late");
        ComponentValue objectives = component(alpha, HealthComponent.INDICATOR_TRAJECTORY);
        assertEquals(List.of(1, 1), List.of(objectives.getFactA(), objectives.getFactB()),
                "the strategic objective at 170, above its path; operational objectives do not count");
        assertEquals(100, value(alpha, HealthComponent.SPONSOR_ENGAGEMENT));
        assertEquals(75, value(alpha, HealthComponent.RELATIONSHIP_STAGE));

        sql("update action_plan set follow_up_status = 'DONE' where id = 1");
        assertEquals(0, component(HealthRules.components(read().get(10L), HealthRules.DEFAULT_WEIGHTS, TODAY),
                HealthComponent.ACTION_PROGRESS).getFactA(), "marked done: no longer late");
    }

    @Test
    void storedScoresAreReadBackWithTheirComponentsAndTheCongruenceRuleAgreesWithTheThreshold() {
        sql("update account set current_stage = 'EXPLORATORY', target_stage = 'INTEGRATED' where id = 10");
        sql("update account set current_stage = 'COOPERATIVE', target_stage = 'COOPERATIVE' where id = 11");
        Map<Long, HealthFacts> facts = read();
        List<AccountScore> scores = new ArrayList<>();
        for (HealthFacts f : facts.values()) {
            List<ComponentValue> components = HealthRules.components(f, HealthRules.DEFAULT_WEIGHTS, TODAY);
            scores.add(new AccountScore(f.getAccountId(), HealthRules.score(components), components));
        }
        em.getTransaction().begin();
        Map<Long, Integer> before = HealthTable.replace(em, scores, Instant.now());
        HealthTable.snapshot(em, TODAY.withDayOfMonth(1));
        em.getTransaction().commit();
        assertEquals(Map.of(), before);

        HealthReport alpha = HealthService.report(em, 10, TODAY);
        assertNotNull(alpha.getScore());
        assertEquals(HealthComponent.values().length, alpha.getComponents().size());
        assertEquals(12, alpha.getHistory().size());
        assertEquals(alpha.getScore(), alpha.getHistory().get(11).getScore());
        assertNull(alpha.getHistory().get(0).getScore(), "no snapshot a year ago");
        assertEquals(4, alpha.getMissing(), "plan, stakeholders, action plans and indicators are unknown, sponsor has no sponsor (0)");

        RuleStatements rules = new RuleStatements(em, BigDecimal.TEN, TODAY, Map.of(Quadrant.STRATEGIC, 3));
        List<Long> flagged = rules.lines(CongruenceRule.HEALTH_BELOW_THRESHOLD, 0, 10).stream()
                .map(CongruenceLine::getSubjectId).toList();
        List<Long> expected = new ArrayList<>();
        for (AccountScore score : scores) {
            int alert = score.accountId() == 10 ? 50 : 40; // the seeded thresholds: Strategic 50, Status 40
            if (HealthRules.below(score.score(), alert)) {
                expected.add(score.accountId());
            }
        }
        assertEquals(expected, flagged);
        assertEquals(List.of(10L), flagged, "Alpha: no sponsor and four stages short; Beta at its target stage");
    }

    private Map<Long, HealthFacts> read() {
        return HealthStatements.read(em, TODAY, 90);
    }

    private static ComponentValue component(List<ComponentValue> values, HealthComponent component) {
        return values.stream().filter(v -> v.getComponent() == component).findFirst().orElseThrow();
    }

    private static Integer value(List<ComponentValue> values, HealthComponent component) {
        return component(values, component).getValue();
    }

    private void account(long id, String name, String segment) {
        sql("insert into account (id, name, created_at, key_account, segment, kam_id) values (" + id + ", '" + name
                + "', current_timestamp, true, '" + segment + "', 1)");
    }

    private void sql(String sql) {
        em.getTransaction().begin();
        em.createNativeQuery(sql).executeUpdate();
        em.getTransaction().commit();
    }
}
