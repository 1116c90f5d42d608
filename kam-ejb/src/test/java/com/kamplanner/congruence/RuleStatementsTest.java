package com.kamplanner.congruence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.competency.GapAnalysis;
import com.kamplanner.plan.ReviewCadence;
import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.segmentation.KamCapacity;
import com.kamplanner.selection.Quadrant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each congruence rule on a migrated H2 with the least data that breaks it: the line appears, and is gone once
 * the thing is fixed. Where the rule lived in Java only (capacity, target profile, review cadence), the query is
 * checked against the Java rule on the same sample.
 */
@Tag(MigratedDatabase.TAG)
class RuleStatementsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 30);
    private static final Map<Quadrant, Integer> MONTHS = Map.of(Quadrant.STRATEGIC, 3, Quadrant.STAR, 6,
            Quadrant.STATUS, 6, Quadrant.STREAMLINE, 12);

    private EntityManagerFactory factory;
    private EntityManager em;

    @BeforeEach
    void open() {
        factory = MigratedDatabase.open("congruence");
        em = factory.createEntityManager();
        user(1, "kam.one", "KAM");
        user(2, "exec.one", "EXECUTIVE");
        user(3, "team.one", "TEAM_MEMBER");
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    private RuleStatements rules() {
        return new RuleStatements(em, BigDecimal.TEN, TODAY, MONTHS);
    }

    private List<Long> subjects(CongruenceRule rule) {
        return rules().lines(rule, 0, 100).stream().map(CongruenceLine::getSubjectId).toList();
    }

    @Test
    void keyAccountWithoutKamTeamOrSponsorGetsALineOfEachUntilFixed() {
        account(10, "Alpha", "STRATEGIC", null);
        account(11, "Beta", "STATUS", null);
        sql("insert into account (id, name, created_at, key_account) values (12, 'Candidate', current_timestamp, false)");

        assertEquals(List.of(10L, 11L), subjects(CongruenceRule.ACCOUNT_WITHOUT_KAM));
        assertEquals(List.of(10L, 11L), subjects(CongruenceRule.ACCOUNT_WITHOUT_TEAM));
        assertEquals(List.of(10L), subjects(CongruenceRule.ACCOUNT_WITHOUT_SPONSOR), "Status requires no sponsor");
        assertEquals("/accounts/account.xhtml?id=10",
                rules().lines(CongruenceRule.ACCOUNT_WITHOUT_SPONSOR, 0, 10).get(0).getLink());

        sql("update account set kam_id = 1 where id = 10");
        sql("insert into ka_team_member (id, account_id, user_id, team_role) values (1, 10, 3, 'Engineer')");
        sql("update account set sponsor_id = 2 where id = 10");

        assertEquals(List.of(11L), subjects(CongruenceRule.ACCOUNT_WITHOUT_KAM));
        assertEquals(List.of(11L), subjects(CongruenceRule.ACCOUNT_WITHOUT_TEAM));
        assertEquals(List.of(), subjects(CongruenceRule.ACCOUNT_WITHOUT_SPONSOR));
        assertEquals("kam.one name", rules().lines(CongruenceRule.PLAN_BELOW_COMPLIANCE, 0, 10).get(0).getKamName());
    }

    @Test
    void kamOverCapacityAgreesWithTheCapacityRule() {
        for (int i = 0; i < 5; i++) {
            account(20 + i, "Strategic " + i, "STRATEGIC", 1L);
        }
        // 5 Strategic accounts weigh 10: at capacity, not over it
        assertEquals(List.of(), subjects(CongruenceRule.KAM_OVER_CAPACITY));
        assertFalse(KamCapacity.exceeds(new BigDecimal("10.00"), BigDecimal.ZERO, BigDecimal.TEN));

        sql("insert into account (id, name, created_at, key_account, kam_id) values (30, 'Unsegmented', "
                + "current_timestamp, false, 1)");
        List<CongruenceLine> lines = rules().lines(CongruenceRule.KAM_OVER_CAPACITY, 0, 10);
        assertEquals(1, lines.size());
        assertEquals(0, new BigDecimal("11").compareTo(lines.get(0).getFigure()), "an unsegmented account weighs 1");
        assertTrue(KamCapacity.exceeds(new BigDecimal("10.00"), KamCapacity.DEFAULT_WEIGHT, BigDecimal.TEN));

        sql("update account set kam_id = null where id = 30");
        assertEquals(List.of(), subjects(CongruenceRule.KAM_OVER_CAPACITY));
    }

    @Test
    void kamBelowTargetProfileCountsTheCompetenciesGapAnalysisFinds() {
        sql("insert into competency_framework (id, framework_number, name, status, created_at) "
                + "values (1, 1, 'Framework', 'ACTIVE', current_timestamp)");
        sql("insert into competency_area (id, framework_id, code, name_en, name_fr, position) "
                + "values (1, 1, 'A', 'Area', 'Domaine', 1)");
        for (String code : List.of("C1", "C2", "C3")) {
            sql("insert into competency (id, area_id, code, name_en, name_fr, position) values ("
                    + code.charAt(1) + ", 1, '" + code + "', 'n', 'n', " + code.charAt(1) + ")");
        }
        sql("insert into target_profile (id, framework_id, role_name, segment) values (1, 1, 'KAM', null)");
        sql("insert into target_level values (1, 'C1', 2), (1, 'C2', 2), (1, 'GONE', 5)");
        sql("insert into target_profile (id, framework_id, role_name, segment) values (2, 1, 'KAM', 'STRATEGIC')");
        sql("insert into target_level values (2, 'C2', 4), (2, 'C3', 3)");
        sql("insert into assessment_campaign (id, framework_id, name, period_start, period_end, status, opened_by, "
                + "opened_at) values (1, 1, 'Old', date '2025-01-01', date '2025-02-01', 'CLOSED', 'hr', current_timestamp)");
        sql("insert into assessment_campaign (id, framework_id, name, period_start, period_end, status, opened_by, "
                + "opened_at) values (2, 1, 'New', date '2026-01-01', date '2026-02-01', 'CLOSED', 'hr', current_timestamp)");
        sql("insert into competency_assessment (id, campaign_id, kam_id, status, validated_at) "
                + "values (1, 1, 1, 'VALIDATED', timestamp '2025-02-01 10:00:00')");
        sql("insert into assessment_rating (assessment_id, competency_code, final_level) values (1, 'C1', 1), "
                + "(1, 'C2', 5), (1, 'C3', 5)");
        sql("insert into competency_assessment (id, campaign_id, kam_id, status, validated_at) "
                + "values (2, 2, 1, 'VALIDATED', timestamp '2026-02-01 10:00:00')");
        sql("insert into assessment_rating (assessment_id, competency_code, final_level) values (2, 'C1', 3), "
                + "(2, 'C2', 3)");

        // role target only (C1 2, C2 2): the newest levels (C1 3, C2 3) meet it; GONE is not in the framework
        assertEquals(List.of(), subjects(CongruenceRule.KAM_BELOW_TARGET_PROFILE));
        assertEquals(0, GapAnalysis.gaps(Map.of("C1", 3, "C2", 3), Map.of("C1", 2, "C2", 2)).size());

        // holding a Strategic key account raises C2 to 4 and adds C3 at 3 (never rated in the newest: 0)
        account(40, "Strategic", "STRATEGIC", 1L);
        List<CongruenceLine> lines = rules().lines(CongruenceRule.KAM_BELOW_TARGET_PROFILE, 0, 10);
        int javaGaps = GapAnalysis.gaps(Map.of("C1", 3, "C2", 3), GapAnalysis.strictest(
                Map.of("C1", 2, "C2", 2), Map.of("C2", 4, "C3", 3))).size();
        assertEquals(1, lines.size());
        assertEquals(javaGaps, lines.get(0).getFigure().intValue());
        assertEquals(2, javaGaps);

        sql("update assessment_rating set final_level = 4 where assessment_id = 2 and competency_code = 'C2'");
        sql("insert into assessment_rating (assessment_id, competency_code, final_level) values (2, 'C3', 3)");
        assertEquals(List.of(), subjects(CongruenceRule.KAM_BELOW_TARGET_PROFILE));
    }

    @Test
    void planBelowComplianceUntilAVersionPassesTheSubmissionGate() {
        account(50, "Strategic", "STRATEGIC", 1L);
        account(51, "Status", "STATUS", 1L);
        assertEquals(List.of(50L), subjects(CongruenceRule.PLAN_BELOW_COMPLIANCE), "Status needs no full plan");
        plan(50, "2026-01-01 10:00:00");
        version(500, 50, 1, "WORKING", null);
        assertEquals(List.of(50L), subjects(CongruenceRule.PLAN_BELOW_COMPLIANCE));
        sql("update plan_version set status = 'SUBMITTED' where id = 500");
        assertEquals(List.of(), subjects(CongruenceRule.PLAN_BELOW_COMPLIANCE));
        assertEquals(List.of(50L), subjects(CongruenceRule.PLAN_AWAITING_REVIEW));
        sql("update plan_version set status = 'APPROVED', approved_at = current_timestamp where id = 500");
        assertEquals(List.of(), subjects(CongruenceRule.PLAN_AWAITING_REVIEW));
    }

    @Test
    void planStaleAgreesWithTheReviewCadence() {
        account(60, "Strategic", "STRATEGIC", 1L);
        plan(60, "2025-06-01 10:00:00");
        version(600, 60, 1, "APPROVED", "2025-12-29 10:00:00");
        // approved 29 Dec, reviewed every 3 months: due 29 Mar, stale on 30 Mar
        assertTrue(ReviewCadence.isStale(ReviewCadence.nextReview(LocalDate.of(2025, 12, 29), null, 3), TODAY));
        assertEquals(List.of(60L), subjects(CongruenceRule.PLAN_STALE));
        sql("update plan_version set approved_at = timestamp '2025-12-30 10:00:00' where id = 600");
        assertFalse(ReviewCadence.isStale(ReviewCadence.nextReview(LocalDate.of(2025, 12, 30), null, 3), TODAY));
        assertEquals(List.of(), subjects(CongruenceRule.PLAN_STALE));
    }

    @Test
    void firstNotStaleDateSplitsStaleFromFreshExactlyAsReviewCadenceDoes() {
        for (LocalDate today = LocalDate.of(2024, 1, 1); today.isBefore(LocalDate.of(2025, 1, 1));
             today = today.plusDays(1)) {
            for (int months : List.of(1, 3, 6, 12)) {
                RuleStatements rules = new RuleStatements(em, BigDecimal.TEN, today, MONTHS);
                LocalDate first = rules.firstNotStale(months);
                for (LocalDate base = first.minusDays(40); base.isBefore(first.plusDays(40)); base = base.plusDays(1)) {
                    boolean java = ReviewCadence.isStale(ReviewCadence.nextReview(base, null, months), today);
                    assertEquals(java, base.isBefore(first), today + " " + months + " " + base);
                }
            }
        }
    }

    @Test
    void databaseSectionsSavedBeforeTheReviewPeriodAreStale() {
        account(70, "Strategic", "STRATEGIC", 1L);
        sql("insert into document_template (id, kind, template_number, name, status, created_at) "
                + "values (1, 'KEY_ACCOUNT_DATABASE', 1, 'T', 'ACTIVE', current_timestamp)");
        sql("insert into ka_database (id, account_id, template_id, created_at) values (1, 70, 1, current_timestamp)");
        Timestamp old = Timestamp.from(LocalDateTime.of(2025, 12, 29, 23, 0).toInstant(ZoneOffset.UTC));
        Timestamp fresh = Timestamp.from(LocalDateTime.of(2025, 12, 30, 1, 0).toInstant(ZoneOffset.UTC));
        em.getTransaction().begin();
        em.createNativeQuery("insert into database_section (id, database_id, section_key, updated_at) values "
                + "(1, 1, 'general', ?1), (2, 1, 'needs', ?1), (3, 1, 'people', ?2), (4, 1, 'empty', null)")
                .setParameter(1, old).setParameter(2, fresh).executeUpdate();
        em.getTransaction().commit();

        List<CongruenceLine> lines = rules().lines(CongruenceRule.DATABASE_STALE_SECTIONS, 0, 10);
        assertEquals(1, lines.size());
        assertEquals(2, lines.get(0).getFigure().intValue());
        assertEquals("/situation/database.xhtml?account=70", lines.get(0).getLink());

        sql("update database_section set updated_at = current_timestamp");
        assertEquals(List.of(), subjects(CongruenceRule.DATABASE_STALE_SECTIONS));
    }

    @Test
    void countsAndPagesCoverEveryRuleInOrder() {
        account(80, "Zulu", "STRATEGIC", null);
        account(81, "Alpha", "STRATEGIC", null);
        Map<CongruenceRule, Long> counts = rules().counts();
        assertEquals(CongruenceRule.values().length, counts.size());
        assertEquals(2L, counts.get(CongruenceRule.ACCOUNT_WITHOUT_KAM));
        assertEquals(0L, counts.get(CongruenceRule.KAM_OVER_CAPACITY));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(total, rules().count(null));
        List<CongruenceLine> all = rules().lines(null, 0, 100);
        assertEquals(total, all.size());
        assertEquals(List.of(81L, 80L), all.subList(0, 2).stream().map(CongruenceLine::getSubjectId).toList());
        assertEquals(all.subList(3, 5).stream().map(CongruenceLine::getKey).toList(),
                rules().lines(null, 3, 2).stream().map(CongruenceLine::getKey).toList());
        assertEquals(List.of(81L), subjects(CongruenceRule.ACCOUNT_WITHOUT_KAM).subList(0, 1));
    }

    @Test
    void aStartedStrategyThatFailsItsSegmentsTemplateGetsALineUntilTheTemplateOrTheStrategyChanges() {
        account(10, "Alpha", "STRATEGIC", 1L);
        account(11, "Beta", "STAR", 1L);
        sql("insert into strategy (id, account_id, vision, mission, updated_at) "
                + "values (1, 10, 'Vision', 'Mission', current_timestamp)");
        assertEquals(List.of(10L), subjects(CongruenceRule.STRATEGY_NOT_COMPLIANT),
                "steps left empty; Beta has no strategy yet, which is no drift");
        assertEquals("/strategy/workspace.xhtml?account=10",
                rules().lines(CongruenceRule.STRATEGY_NOT_COMPLIANT, 0, 10).get(0).getLink());
        sql("insert into strategy_template (id, name, template_number, status, created_at, segment) "
                + "values (2, 'Strategic light', 2, 'ACTIVE', current_timestamp, 'STRATEGIC')");
        sql("insert into strategy_template_step (template_id, step, required) values (2, 'VISION', true)");
        assertEquals(List.of(), subjects(CongruenceRule.STRATEGY_NOT_COMPLIANT),
                "the Strategic template asks only for the vision");
        sql("update strategy set mission = null");
        assertEquals(List.of(10L), subjects(CongruenceRule.STRATEGY_NOT_COMPLIANT));
    }

    private void user(long id, String username, String role) {
        sql("insert into app_user (id, username, display_name, password_hash, created_at) values (" + id + ", '"
                + username + "', '" + username + " name', 'x', current_timestamp)");
        sql("insert into app_user_role (user_id, role) values (" + id + ", '" + role + "')");
    }

    private void account(long id, String name, String segment, Long kam) {
        sql("insert into account (id, name, created_at, key_account, segment, kam_id) values (" + id + ", '" + name
                + "', current_timestamp, true, '" + segment + "', " + kam + ")");
    }

    private void plan(long accountId, String createdAt) {
        sql("insert into key_account_plan (id, account_id, created_at) values (" + accountId + ", " + accountId
                + ", timestamp '" + createdAt + "')");
    }

    private void version(long id, long planId, int number, String status, String approvedAt) {
        sql("insert into plan_version (id, plan_id, version_number, period_start, period_end, status, created_at, "
                + "created_by, approved_at) values (" + id + ", " + planId + ", " + number + ", date '2026-01-01', "
                + "date '2026-12-31', '" + status + "', current_timestamp, 'kam', "
                + (approvedAt == null ? "null" : "timestamp '" + approvedAt + "'") + ")");
    }

    private void sql(String sql) {
        em.getTransaction().begin();
        em.createNativeQuery(sql).executeUpdate();
        em.getTransaction().commit();
    }
}
