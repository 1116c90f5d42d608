package com.kamplanner.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kamplanner.platform.MigratedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The review's figures counted by the database on a small known portfolio: each rule is shown by one account or
 * action plan that it counts and one that it does not, with the plan module's notions of stale and late.
 */
@Tag(MigratedDatabase.TAG)
class FigureCountTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private EntityManagerFactory factory;
    private EntityManager em;
    private FigureCount count;
    private long ids = 1000;

    @BeforeEach
    void open() {
        factory = MigratedDatabase.open("figures");
        em = factory.createEntityManager();
        em.getTransaction().begin();
        count = new FigureCount();
        count.em = em;
        sql("insert into app_user (id, username, display_name, password_hash, created_at) values (1, 'kam', 'K', 'x', ?1)",
                Timestamp.valueOf(TODAY.atStartOfDay()));
    }

    @AfterEach
    void close() {
        em.getTransaction().rollback();
        em.close();
        factory.close();
    }

    @Test
    void coverageCountsKeyAccountsWithAKamAndIgnoresOtherAccounts() {
        account("STRATEGIC", true, true);
        account("STAR", true, false);
        account("STATUS", false, true);
        ProgrammeFigures figures = count.on(TODAY);
        assertEquals(2, figures.keyAccounts());
        assertEquals(1, figures.covered());
        assertEquals(50, figures.coveragePercent());
    }

    @Test
    void complianceNeedsAnApprovedVersionNotASubmittedOrSupersededOne() {
        long approved = plan(account("STAR", true, true), TODAY.minusMonths(1));
        version(approved, 1, "SUPERSEDED", TODAY.minusMonths(5));
        version(approved, 2, "APPROVED", TODAY.minusMonths(1));
        long submitted = plan(account("STAR", true, true), TODAY.minusMonths(1));
        version(submitted, 1, "SUPERSEDED", TODAY.minusMonths(4));
        version(submitted, 2, "SUBMITTED", null);
        account("STAR", true, true);
        assertEquals(1, count.on(TODAY).compliant());
    }

    @Test
    void freshnessFollowsEachSegmentsReviewFrequencyAfterTheLastApproval() {
        // Strategic plans are reviewed every 3 months, Status plans every 6 (V3's defaults).
        version(plan(account("STRATEGIC", true, true), TODAY.minusYears(1)), 1, "APPROVED", TODAY.minusMonths(2));
        version(plan(account("STRATEGIC", true, true), TODAY.minusYears(1)), 1, "APPROVED", TODAY.minusMonths(4));
        version(plan(account("STATUS", true, true), TODAY.minusYears(1)), 1, "APPROVED", TODAY.minusMonths(4));
        // Never approved: fresh while its creation is within the frequency, as ReviewCadence says.
        version(plan(account("STRATEGIC", true, true), TODAY.minusMonths(1)), 1, "WORKING", null);
        version(plan(account(null, true, true), TODAY.minusMonths(11)), 1, "WORKING", null);
        account("STAR", true, true);
        ProgrammeFigures figures = count.on(TODAY);
        assertEquals(6, figures.keyAccounts());
        assertEquals(4, figures.fresh());
        assertEquals(67, figures.freshnessPercent());
    }

    @Test
    void anActionPlanIsLatePastItsDueDateUntilItsLatestFollowUpClosesIt() {
        long programme = programme(account("STAR", true, true));
        actionPlan(programme, TODAY.minusDays(1), "IN_PROGRESS");
        actionPlan(programme, TODAY.minusDays(1), "DONE");
        actionPlan(programme, TODAY, "PLANNED");
        long reopened = actionPlan(programme, TODAY.minusDays(3), "PLANNED");
        update(reopened, "DONE", TODAY.minusDays(2));
        update(reopened, "AT_RISK", TODAY.minusDays(1));
        long closed = actionPlan(programme, TODAY.minusDays(3), "IN_PROGRESS");
        update(closed, "ON_TRACK", TODAY.minusDays(2));
        update(closed, "CANCELLED", TODAY.minusDays(1));
        actionPlan(programme(account("STAR", false, true)), TODAY.minusDays(9), "PLANNED"); // not a key account
        assertEquals(2, count.on(TODAY).lateActionPlans(), "the in-progress one and the reopened one");
    }

    @Test
    void withoutKeyAccountsThePercentagesAreNotNumbers() {
        ProgrammeFigures figures = count.on(TODAY);
        assertEquals(0, figures.keyAccounts());
        assertNull(figures.coveragePercent());
        assertNull(figures.compliancePercent());
    }

    private long account(String segment, boolean key, boolean withKam) {
        long id = ++ids;
        sql("insert into account (id, name, created_at, key_account, segment, kam_id)"
                + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as bigint))", id, "Account " + id,
                Timestamp.valueOf(TODAY.atStartOfDay()), key, segment, withKam ? 1L : null);
        return id;
    }

    private long plan(long account, LocalDate created) {
        long id = ++ids;
        sql("insert into key_account_plan (id, account_id, created_at) values (?1, ?2, ?3)", id, account,
                Timestamp.valueOf(created.atStartOfDay()));
        return id;
    }

    private void version(long plan, int number, String status, LocalDate approved) {
        sql("insert into plan_version (id, plan_id, version_number, period_start, period_end, status, created_at,"
                        + " created_by, approved_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'kam', cast(?8 as timestamp))", ++ids, plan,
                number, Date.valueOf(TODAY.minusYears(1)), Date.valueOf(TODAY.plusYears(1)), status,
                Timestamp.valueOf(TODAY.minusYears(1).atStartOfDay()),
                approved == null ? null : Timestamp.valueOf(approved.atTime(10, 0)));
    }

    private long programme(long account) {
        long strategy = ++ids;
        sql("insert into strategy (id, account_id, updated_at) values (?1, ?2, ?3)", strategy, account,
                Timestamp.valueOf(TODAY.atStartOfDay()));
        long programme = ++ids;
        sql("insert into action_programme (id, strategy_id, name) values (?1, ?2, 'P')", programme, strategy);
        return programme;
    }

    private long actionPlan(long programme, LocalDate due, String status) {
        long id = ++ids;
        sql("insert into action_plan (id, programme_id, title, kind, due_date, status) values (?1, ?2, 'A',"
                + " 'RELATIONAL', ?3, ?4)", id, programme, Date.valueOf(due), status);
        return id;
    }

    private void update(long actionPlan, String status, LocalDate at) {
        sql("insert into action_plan_update (id, action_plan_id, status, progress, author, at_time) values"
                + " (?1, ?2, ?3, 0, 'kam', ?4)", ++ids, actionPlan, status, Timestamp.valueOf(at.atTime(9, 0)));
    }

    private void sql(String statement, Object... parameters) {
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
