package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.competency.CampaignService;
import com.kamplanner.competency.DevelopmentAction;
import com.kamplanner.competency.DevelopmentPlanService;
import com.kamplanner.conflict.ConflictKind;
import com.kamplanner.conflict.ConflictService;
import com.kamplanner.executive.InvestmentBoard;
import com.kamplanner.executive.InvestmentCategory;
import com.kamplanner.executive.InvestmentLine;
import com.kamplanner.people.Role;
import com.kamplanner.people.UserService;
import com.kamplanner.plan.FollowUpService;
import com.kamplanner.plan.KeyAccountPlan;
import com.kamplanner.plan.PlanEvent;
import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.programme.ProgrammeSettings;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.situation.DatabaseUpkeep;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.ActionProgrammeService;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.work.WorkItem;
import com.kamplanner.work.WorkKind;
import com.kamplanner.congruence.CongruenceBoard;
import com.kamplanner.congruence.CongruenceCounts;
import com.kamplanner.congruence.CongruenceSummary;
import com.kamplanner.congruence.SummaryJob;
import com.kamplanner.congruence.SummaryRefresh;
import com.kamplanner.congruence.CongruenceRule;
import com.kamplanner.executive.ExecutivePortfolio;
import com.kamplanner.executive.PortfolioGlance;
import com.kamplanner.sponsorship.SponsorshipProgramme;
import com.kamplanner.strategy.StrategyCompliance;
import com.kamplanner.work.WorkList;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "What needs me" in the container: each role's work list from real records (a returned plan, a plan past its
 * review, late and due action plans, a database missing or granted and empty, a submitted plan, a conflict, a
 * campaign, an investment line, a development action, a user without a role), and its forbidden paths: a KAM never sees another KAM's account, a team member taken off a team stops
 * seeing its work, each source refuses the roles it is not for, and the API needs a login.
 */
@ExtendWith(ArquillianExtension.class)
class WorkListIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(WorkListIT.class);
    }

    @EJB
    WorkList work;

    @EJB
    PlanOverview plans;

    @EJB
    FollowUpService followUp;

    @EJB
    DatabaseUpkeep databases;

    @EJB
    KeyAccountDatabaseService database;

    @EJB
    ActionProgrammeService programmes;

    @EJB
    AssignmentService assignments;

    @EJB
    ConflictService conflicts;

    @EJB
    CampaignService campaigns;

    @Inject
    AsKam asKam;

    @Inject
    AsOtherKam asOtherKam;

    @Inject
    AsTeamMember asTeamMember;

    @Inject
    AsDirector asDirector;

    @Inject
    AsHr asHr;

    @Inject
    AsExecutive asExecutive;

    @Inject
    AsAdministrator asAdministrator;

    @EJB
    InvestmentBoard investments;

    @EJB
    DevelopmentPlanService development;

    @EJB
    UserService users;

    @EJB
    ProgrammeSettings settings;

    @EJB
    StrategyCompliance strategies;

    @EJB
    CongruenceBoard congruence;

    @EJB
    CongruenceSummary summary;

    @EJB
    SummaryRefresh summaryRefresh;

    @Inject
    SummaryJob summaryJob;

    @EJB
    SponsorshipProgramme sponsorships;

    @EJB
    ExecutivePortfolio portfolio;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    void aKamSeesTheirReturnedPlanOverdueReviewLateAndDueActionPlansAndMissingDatabaseButNoOtherKamsAccount()
            throws Exception {
        long emmas = account("Work Emma " + System.nanoTime(), "emma.kam");
        long lucass = account("Work Lucas " + System.nanoTime(), "lucas.kam");
        actionPlans(asKam, emmas);
        actionPlans(asOtherKam, lucass);
        plan(emmas, PlanEvent.Kind.RETURNED, "Add the customer's own words.", 2);
        plan(lucass, PlanEvent.Kind.RETURNED, "Lucas must fix this.", 2);

        List<WorkItem> emma = asKam.call(() -> work.mine());
        WorkItem returned = only(emma, WorkKind.PLAN_RETURNED, emmas);
        assertTrue(returned.titleArgs().contains("Add the customer's own words."), returned.toString());
        assertEquals(TODAY.minusDays(2), returned.since());
        assertEquals("plan/plan.xhtml?account=" + emmas + "&n=1", returned.url());
        WorkItem review = only(emma, WorkKind.PLAN_REVIEW_DUE, emmas);
        assertTrue(review.due().isBefore(TODAY), "created two years ago, never approved: past its review");
        WorkItem late = item(emma, WorkKind.ACTION_PLAN_LATE, emmas, "Late visits").orElseThrow();
        assertEquals(TODAY.minusDays(3), late.due());
        assertTrue(late.actionPlan().isUpdatable(), "the KAM updates their team's action plans in place");
        assertTrue(item(emma, WorkKind.ACTION_PLAN_DUE, emmas, "Call the buyer").isPresent());
        assertFalse(item(emma, WorkKind.ACTION_PLAN_OPEN, emmas, "Next year's fair").isPresent(),
                "a KAM's list holds what is late or due within 14 days, not everything open");
        only(emma, WorkKind.DATABASE_MISSING, emmas);
        assertEquals("situation/database.xhtml?account=" + emmas, only(emma, WorkKind.DATABASE_MISSING, emmas).url());
        assertEquals("strategy/workspace.xhtml?account=" + emmas,
                only(emma, WorkKind.STRATEGY_NOT_COMPLIANT, emmas).url(), "no strategy yet: not compliant");

        assertTrue(emma.stream().noneMatch(i -> Long.valueOf(lucass).equals(i.accountId())),
                "nothing of another KAM's account: " + emma);
        List<WorkItem> lucas = asOtherKam.call(() -> work.mine());
        only(lucas, WorkKind.PLAN_RETURNED, lucass);
        assertTrue(lucas.stream().noneMatch(i -> Long.valueOf(emmas).equals(i.accountId())), lucas.toString());

        assertOrdered(emma);
        assertTrue(emma.size() <= 200);
    }

    @Test
    void decisionMakersNotContactedWithinTheStakeholderFreshnessSettingShowOnTheKamsList() throws Exception {
        long account = account("Work Contacts " + System.nanoTime(), "emma.kam");
        tx.begin();
        Account held = em.find(Account.class, account);
        Stakeholder buyer = new Stakeholder(held, "Head of purchasing");
        buyer.setDecisionRole(DecisionRole.DECISION_MAKER);
        buyer.setLastContact(TODAY.minusDays(100));
        em.persist(buyer);
        Stakeholder engineer = new Stakeholder(held, "Test engineer");
        engineer.setDecisionRole(DecisionRole.USER);
        em.persist(engineer);
        tx.commit();

        assertEquals(90, asKam.call(() -> settings.stakeholderFreshnessDays()), "90 days unless the KA Director says");
        WorkItem stale = only(asKam.call(() -> work.mine()), WorkKind.DECISION_MAKERS_NOT_CONTACTED, account);
        assertEquals(List.of(held.getName(), 1, 90), stale.titleArgs(), "one decision maker; users do not count");
        assertEquals(TODAY.minusDays(100), stale.since());

        assertDenied(() -> asKam.call(() -> {
            settings.setStakeholderFreshnessDays(120);
            return null;
        }));
        assertEquals(ProgrammeSettings.INVALID_FRESHNESS, ContainerTests.businessError(() -> asDirector.call(() -> {
            settings.setStakeholderFreshnessDays(3);
            return null;
        })).messageKey());
        asDirector.call(() -> {
            settings.setStakeholderFreshnessDays(120);
            return null;
        });
        try {
            assertTrue(asKam.call(() -> work.mine()).stream().noneMatch(i -> i.kind()
                    == WorkKind.DECISION_MAKERS_NOT_CONTACTED && Long.valueOf(account).equals(i.accountId())),
                    "contacted 100 days ago is fresh under a 120-day setting");
        } finally {
            asDirector.call(() -> {
                settings.setStakeholderFreshnessDays(ProgrammeSettings.DEFAULT_STAKEHOLDER_FRESHNESS);
                return null;
            });
        }
        assertTrue(asOtherKam.call(() -> work.mine()).stream().noneMatch(i -> Long.valueOf(account)
                .equals(i.accountId())), "never another KAM's contacts");

        WorkItem gaps = only(asKam.call(() -> work.mine()), WorkKind.COVERAGE_GAPS, account);
        assertEquals(List.of(held.getName(), 1), gaps.titleArgs(),
                "the decision maker nobody of ours knows; the user of no influence needs no relationship");
        assertTrue(gaps.url().endsWith("#section-coverage"), gaps.url());
    }

    @Test
    void aTeamMemberFollowsTheirOwnActionPlansAndGrantedSectionsUntilTakenOffTheTeam() throws Exception {
        long account = account("Work Team " + System.nanoTime(), "emma.kam");
        actionPlans(asKam, account);
        long tom = userId("tom.team");
        asKam.call(() -> database.grant(account, DefaultDatabaseTemplate.CUSTOMER, tom));

        List<WorkItem> toms = asTeamMember.call(() -> work.mine());
        assertTrue(item(toms, WorkKind.ACTION_PLAN_LATE, account, "Late visits").orElseThrow().actionPlan()
                .isUpdatable(), "their own action plan, updated in place");
        assertTrue(item(toms, WorkKind.ACTION_PLAN_OPEN, account, "Next year's fair").isPresent(),
                "a team member sees all their open action plans");
        assertFalse(toms.stream().anyMatch(i -> i.titleArgs().contains("Call the buyer")), "the KAM's own is not theirs");
        WorkItem granted = only(toms, WorkKind.DATABASE_GRANTED, account);
        assertEquals(1, granted.titleArgs().get(1), "one granted section, never saved");
        assertTrue(asTeamMember.call(() -> work.mine()).stream().noneMatch(i -> i.kind() == WorkKind.PLAN_RETURNED
                || i.kind() == WorkKind.DATABASE_MISSING), "the KAM's own work is not the team's");

        // The home page shows the same work, with the in-place update the team page uses.
        String home = signedIn(base, "tom.team").get("index.xhtml").body();
        assertTrue(home.contains("Late: Late visits"), home);
        assertTrue(home.contains("kam-work-ACTION_PLAN_LATE"), home);

        long membership = em.createQuery("select t.id from TeamMembership t where t.account.id = :a "
                + "and t.member.username = 'tom.team'", Long.class).setParameter("a", account).getSingleResult();
        asDirector.call(() -> {
            assignments.removeTeamMember(membership);
            return null;
        });
        List<WorkItem> after = asTeamMember.call(() -> work.mine());
        assertTrue(after.stream().noneMatch(i -> Long.valueOf(account).equals(i.accountId())),
                "off the team, nothing of the account: " + after);
    }

    @Test
    void theKaDirectorSeesTheQueueWithWaitingDaysOpenConflictsAndCampaignsWaitingForTheirAssessment()
            throws Exception {
        long account = account("Work Review " + System.nanoTime(), "emma.kam");
        plan(account, PlanEvent.Kind.SUBMITTED, null, 3);
        String conflictTitle = "Work conflict " + System.nanoTime();
        asDirector.call(() -> conflicts.open(conflictTitle, ConflictKind.BETWEEN_FUNCTIONS, "Logistics",
                "Two functions want the same slot.", List.of()));
        String campaignName = "Work campaign " + System.nanoTime();
        asHr.call(() -> campaigns.open(campaignName, TODAY, TODAY.plusMonths(1)));

        tx.begin();
        Account orphan = new Account("Work No KAM " + System.nanoTime(), "Testing", "FR");
        orphan.setKeyAccount(true);
        orphan.setSegment(Quadrant.STAR, false, null);
        em.persist(orphan);
        tx.commit();

        // Written straight to the database, which marks nothing stale: the board's page counts again when it opens.
        Map<CongruenceRule, Long> counts = asDirector.call(() -> summary.refreshed()).counts();
        assertEquals(asDirector.call(() -> congruence.counts()), counts, "the board's page shows the board's counts");
        List<WorkItem> david = asDirector.call(() -> work.mine());
        WorkItem withoutKam = david.stream().filter(i -> i.kind() == WorkKind.CONGRUENCE_LINES
                && "ACCOUNT_WITHOUT_KAM".equals(i.variant())).findFirst().orElseThrow(() -> new AssertionError(david));
        assertEquals(counts.get(CongruenceRule.ACCOUNT_WITHOUT_KAM), withoutKam.titleArgs().get(0),
                "the board's own count");
        assertTrue(withoutKam.titleArgs().get(1) instanceof Instant, "and when it was counted, for the title");
        assertEquals("programme/congruence.xhtml?rule=ACCOUNT_WITHOUT_KAM", withoutKam.url());
        assertEquals("work.CONGRUENCE_LINES.ACCOUNT_WITHOUT_KAM", withoutKam.titleKey());
        counts.forEach((rule, count) -> assertEquals(count > 0 && rule != CongruenceRule.PLAN_AWAITING_REVIEW,
                david.stream().anyMatch(i -> i.kind() == WorkKind.CONGRUENCE_LINES && rule.name().equals(i.variant())),
                rule + ": one item per rule with lines, the review queue's own rule left to the queue"));
        WorkItem waiting = only(david, WorkKind.PLAN_AWAITING_REVIEW, account);
        assertEquals(TODAY.minusDays(3), waiting.since());
        assertEquals(3L, waiting.titleArgs().get(2), "waiting days");
        assertEquals("Emma Laurent", waiting.titleArgs().get(3));
        assertTrue(david.stream().anyMatch(i -> i.kind() == WorkKind.CONFLICT_OPEN
                && i.titleArgs().contains(conflictTitle)), david.toString());
        WorkItem campaign = david.stream().filter(i -> i.kind() == WorkKind.CAMPAIGN_ASSESSMENT
                && i.titleArgs().contains(campaignName)).findFirst().orElseThrow(() -> new AssertionError(david));
        assertEquals(TODAY.plusMonths(1), campaign.due());
        assertTrue(((Number) campaign.titleArgs().get(1)).longValue() >= 4, "every KAM's assessment waits");
        assertTrue(david.stream().allMatch(i -> i.actionPlan() == null), "the KA Director updates no action plan");
        assertOrdered(david);

        assertTrue(asKam.call(() -> work.mine()).stream().anyMatch(i -> i.kind() == WorkKind.SELF_ASSESSMENT
                && i.titleArgs().contains(campaignName)), "the campaign asks the KAM for a self-assessment");
    }

    @Test
    void afterAWriteThatChangesARuleTheJobCountsAgainAndTheHomeCountAgreesWithTheBoard() throws Exception {
        tx.begin();
        Account orphan = new Account("Summary No KAM " + System.nanoTime(), "Testing", "FR");
        orphan.setKeyAccount(true);
        orphan.setSegment(Quadrant.STAR, false, null);
        em.persist(orphan);
        tx.commit();
        CongruenceCounts opened = asDirector.call(() -> summary.refreshed());
        long withoutKam = opened.counts().get(CongruenceRule.ACCOUNT_WITHOUT_KAM);
        assertEquals(withoutKam, homeCount(CongruenceRule.ACCOUNT_WITHOUT_KAM), "home and board after the board opens");
        assertEquals(null, staleSince(), "just counted");
        assertFalse(summaryRefresh.refreshIfDue(Instant.now()), "a fresh summary waits for a change");

        long emma = userId("emma.kam");
        asDirector.call(() -> assignments.assignKam(orphan.getId(), emma, true, "summary test"));
        assertNotNull(staleSince(), "the audited assignment marked the summary stale once committed");
        assertEquals(storedCount(CongruenceRule.ACCOUNT_WITHOUT_KAM), homeCount(CongruenceRule.ACCOUNT_WITHOUT_KAM),
                "the home page reads the summary as stored: no count on the page load");

        summaryJob.run(java.time.ZonedDateTime.now());
        assertEquals(null, staleSince(), "the job counted again");
        CongruenceCounts counted = asDirector.call(() -> summary.latest());
        assertEquals(withoutKam - 1, counted.counts().get(CongruenceRule.ACCOUNT_WITHOUT_KAM));
        assertEquals(asDirector.call(() -> congruence.counts()), counted.counts(), "the job stored the board's counts");
        assertFalse(counted.countedAt().isBefore(opened.countedAt()));
        assertEquals(withoutKam - 1, homeCount(CongruenceRule.ACCOUNT_WITHOUT_KAM), "the home page agrees");
        assertEquals(counted.counts(), asDirector.call(() -> summary.refreshed()).counts(),
                "opening the board finds the same counts");

        tx.begin();
        em.createNativeQuery("delete from congruence_summary").executeUpdate();
        tx.commit();
        assertEquals(counted.counts(), asDirector.call(() -> summary.latest()).counts(),
                "a summary never counted is counted on first need, not shown as zeros");
    }

    @Test
    void onlyTheKaDirectorReadsTheCongruenceSummary() throws Exception {
        assertDenied(() -> asKam.call(() -> summary.latest()));
        assertDenied(() -> asOtherKam.call(() -> summary.refreshed()));
        assertDenied(() -> asTeamMember.call(() -> summary.latest()));
        assertDenied(() -> asHr.call(() -> summary.latest()));
        assertDenied(() -> asExecutive.call(() -> summary.latest()));
        assertDenied(() -> asAdministrator.call(() -> summary.refreshed()));
        assertEquals(403, api(base, "emma.kam", "api/programme/congruence").statusCode());
        assertEquals(403, api(base, "hana.hr", "api/programme/congruence").statusCode());
        assertEquals(401, new Browserless(base).get("api/programme/congruence").statusCode());
        JsonObject board = ok(api(base, "david.kad", "api/programme/congruence"));
        assertNotNull(Instant.parse(board.getString("countedAt")), board.toString());
        assertTrue(asKam.call(() -> work.mine()).stream().noneMatch(i -> i.kind() == WorkKind.CONGRUENCE_LINES),
                "a KAM's home page shows no congruence count");
    }

    private long homeCount(CongruenceRule rule) throws Exception {
        return asDirector.call(() -> work.mine()).stream().filter(i -> i.kind() == WorkKind.CONGRUENCE_LINES
                && rule.name().equals(i.variant())).map(i -> ((Number) i.titleArgs().get(0)).longValue())
                .findFirst().orElse(0L);
    }

    private long storedCount(CongruenceRule rule) {
        return ((Number) em.createNativeQuery("select line_count from congruence_summary where rule_name = ?1")
                .setParameter(1, rule.name()).getSingleResult()).longValue();
    }

    private Object staleSince() {
        return em.createNativeQuery("select max(stale_since) from congruence_summary").getSingleResult();
    }

    @Test
    void eachSourceRefusesTheRolesItIsNotFor() throws Exception {
        assertDenied(() -> asTeamMember.call(() -> plans.myReturned()));
        assertDenied(() -> asKam.call(() -> plans.waiting(10)));
        assertDenied(() -> asTeamMember.call(() -> plans.reviewsDueBy(TODAY)));
        assertDenied(() -> asDirector.call(() -> followUp.mine(null)));
        assertDenied(() -> asHr.call(() -> followUp.mine(null)));
        assertDenied(() -> asTeamMember.call(() -> databases.ofMyAccounts()));
        assertDenied(() -> asKam.call(() -> campaigns.awaitingManager()));
        assertDenied(() -> asKam.call(() -> conflicts.unresolved(10)));
        assertDenied(() -> asKam.call(() -> investments.proposed()));
        assertDenied(() -> asDirector.call(() -> investments.proposed()));
        assertDenied(() -> asDirector.call(() -> campaigns.inProgress()));
        assertDenied(() -> asDirector.call(() -> development.openDueBy(TODAY)));
        assertDenied(() -> asDirector.call(() -> users.withoutRole()));
        assertDenied(() -> asDirector.call(() -> strategies.notCompliantOfMine()));
        assertDenied(() -> asKam.call(() -> congruence.counts()));
        assertDenied(() -> asDirector.call(() -> sponsorships.meetingsDueBy(TODAY)));
        assertDenied(() -> asKam.call(() -> sponsorships.meetingsDueBy(TODAY)));
        assertTrue(asHr.call(() -> work.mine()).stream().allMatch(i -> i.accountId() == null),
                "HR's work names no account");
    }

    @Test
    void theExecutiveHrAndTheAdministratorEachSeeTheirOwnWork() throws Exception {
        String line = "Work CRM licences " + System.nanoTime();
        asDirector.call(() -> investments.save(new InvestmentLine(InvestmentCategory.values()[0], line,
                TODAY.getYear(), new BigDecimal("1000"), BigDecimal.ZERO)));
        assertTrue(asExecutive.call(() -> work.mine()).stream().anyMatch(i -> i.kind() == WorkKind.INVESTMENT_TO_APPROVE
                && i.titleArgs().contains(line) && i.url().equals("executive/investments.xhtml")),
                "a proposed line waits for the executive's approval");

        tx.begin();
        Account sponsored = new Account("Work Sponsored " + System.nanoTime(), "Testing", "FR");
        sponsored.setKeyAccount(true);
        sponsored.setSegment(Quadrant.STRATEGIC, false, null);
        sponsored.setSponsor(user(em, "claire.exec"));
        em.persist(sponsored);
        tx.commit();
        WorkItem meeting = asExecutive.call(() -> work.mine()).stream().filter(i -> i.kind()
                == WorkKind.SPONSOR_MEETING_DUE && Long.valueOf(sponsored.getId()).equals(i.accountId())).findFirst()
                .orElseThrow(() -> new AssertionError("never met, Strategic: a meeting is due"));
        assertEquals(TODAY, meeting.due(), "never met: due now");
        assertEquals(List.of(sponsored.getName(), 3), meeting.titleArgs(), "Strategic accounts meet every 3 months");
        asExecutive.call(() -> sponsorships.logMeeting(sponsored.getId(), TODAY.minusMonths(2), "Steering committee"));
        assertEquals(TODAY.minusMonths(2).plusMonths(3), asExecutive.call(() -> sponsorships.meetingsDueBy(
                TODAY.plusMonths(2))).stream().filter(m -> m.accountId() == sponsored.getId()).findFirst()
                .orElseThrow().due(), "the next one, three months after the last");
        asExecutive.call(() -> sponsorships.logMeeting(sponsored.getId(), TODAY, "Quarterly review"));
        assertTrue(asExecutive.call(() -> work.mine()).stream().noneMatch(i -> i.kind() == WorkKind.SPONSOR_MEETING_DUE
                && Long.valueOf(sponsored.getId()).equals(i.accountId())), "met today: next in three months");

        PortfolioGlance glance = asExecutive.call(() -> portfolio.glance());
        List<WorkItem> claire = asExecutive.call(() -> work.mine());
        assertTrue(glance.getRevenueTarget().signum() > 0, "the demo programme has revenue objectives with targets");
        WorkItem revenue = claire.stream().filter(i -> i.kind() == WorkKind.REVENUE_AGAINST_TARGET).findFirst()
                .orElseThrow(() -> new AssertionError(claire));
        assertEquals(List.of(glance.getRevenueActual(), glance.getRevenueTarget(), glance.getAttainment()),
                revenue.titleArgs(), "the portfolio page's own figures");
        assertEquals("executive/portfolio.xhtml", revenue.url());

        String campaignName = "Work HR campaign " + System.nanoTime();
        long campaignId = asHr.call(() -> campaigns.open(campaignName, TODAY, TODAY.plusMonths(2))).getId();
        long emma = userId("emma.kam");
        tx.begin();
        em.createNativeQuery("update competency_assessment set manager_submitted_at = ?, manager_username = 'david.kad' "
                + "where campaign_id = ? and kam_id = ?").setParameter(1, Timestamp.from(Instant.now()))
                .setParameter(2, campaignId).setParameter(3, emma).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        asHr.call(() -> development.add(emma, "SELL_VALUE", DevelopmentAction.Kind.TRAINING,
                "Work value-selling course", TODAY.plusDays(10)));

        List<WorkItem> hana = asHr.call(() -> work.mine());
        WorkItem progress = hana.stream().filter(i -> i.kind() == WorkKind.CAMPAIGN_IN_PROGRESS
                && i.titleArgs().contains(campaignName)).findFirst().orElseThrow(() -> new AssertionError(hana));
        assertEquals(0L, progress.titleArgs().get(1), "none validated yet");
        assertEquals(TODAY.plusMonths(2), progress.due());
        WorkItem validate = hana.stream().filter(i -> i.kind() == WorkKind.ASSESSMENT_TO_VALIDATE
                && i.titleArgs().contains(campaignName)).findFirst().orElseThrow(() -> new AssertionError(hana));
        assertEquals(1L, validate.titleArgs().get(1), "Emma's, assessed by the KA Director, waits for HR");
        WorkItem development = hana.stream().filter(i -> i.kind() == WorkKind.DEVELOPMENT_ACTION_DUE
                && i.titleArgs().contains("Work value-selling course")).findFirst()
                .orElseThrow(() -> new AssertionError(hana));
        assertEquals("competency/profile.xhtml?user=" + emma, development.url());
        assertEquals(TODAY.plusDays(10), development.due());

        String name = "work.norole" + System.nanoTime() % 1_000_000;
        long id = runAsAdmin(() -> users.create(name, "No Role Yet", null, "long-enough-9", Set.of(Role.TEAM_MEMBER),
                false)).getId();
        tx.begin();
        em.createNativeQuery("delete from app_user_role where user_id = ?").setParameter(1, id).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        List<WorkItem> admin = runAsAdmin(() -> work.mine());
        assertTrue(admin.stream().anyMatch(i -> i.kind() == WorkKind.USER_WITHOUT_ROLE && i.titleArgs().contains(name)
                && i.since().equals(TODAY)), admin.toString());
        assertTrue(admin.stream().noneMatch(i -> i.kind() == WorkKind.INVESTMENT_TO_APPROVE), "not the executive's");
    }

    @Test
    void theApiServesTheSameListInTheCallersLanguageAndNeedsALogin() throws Exception {
        long account = account("Work Api " + System.nanoTime(), "emma.kam");
        plan(account, PlanEvent.Kind.RETURNED, "Plus de chiffres.", 1);

        problem(new Browserless(base).get("api/me/work"), 401);

        JsonObject french = ok(api(base, "emma.kam", "api/me/work", "fr"));
        JsonObject returned = french.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("kind").equals("PLAN_RETURNED") && i.getJsonNumber("accountId") != null
                        && i.getJsonNumber("accountId").longValue() == account).findFirst()
                .orElseThrow(() -> new AssertionError(french.toString()));
        assertTrue(returned.getString("title").contains("renvoyée par le Directeur Comptes Clés"), returned.toString());
        assertTrue(returned.getString("title").contains("Plus de chiffres."), returned.toString());
        assertEquals(TODAY.minusDays(1).toString(), returned.getString("since"));
        assertEquals(JsonValue.NULL, returned.get("due"), "a date that does not apply is null");
        assertEquals("plan/plan.xhtml?account=" + account + "&n=1", returned.getString("url"));

        JsonObject english = ok(api(base, "emma.kam", "api/me/work", "en"));
        assertTrue(english.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("title").contains("returned by the KA Director")), english.toString());
        assertTrue(ok(api(base, "lucas.kam", "api/me/work")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().noneMatch(i -> i.get("accountId") instanceof jakarta.json.JsonNumber n
                        && n.longValue() == account), "another KAM's API list holds nothing of Emma's account");
        assertTrue(ok(api(base, "hana.hr", "api/me/work")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(i -> i.get("accountId") == JsonValue.NULL), "HR's work names no account");
    }

    // ---- set-up ----

    /** A key account of the STAR segment held by the KAM, with Tom on its team. */
    private long account(String name, String kam) throws Exception {
        tx.begin();
        Account account = new Account(name, "Testing", "FR");
        account.setKam(user(em, kam));
        account.setKeyAccount(true);
        account.setSegment(Quadrant.STAR, false, null);
        em.persist(account);
        em.persist(new TeamMembership(account, user(em, "tom.team"), "Engineer"));
        tx.commit();
        return account.getId();
    }

    /** Late visits (Tom's, 3 days late), Call the buyer (the KAM's, due in 5 days), Next year's fair (Tom's). */
    private void actionPlans(Object kam, long account) throws Exception {
        long tom = userId("tom.team");
        long owner = userId(kam instanceof AsKam ? "emma.kam" : "lucas.kam");
        ActionProgramme programme = ContainerTests.runAs(kam, () -> programmes.saveProgramme(account,
                new ActionProgramme("Presence")));
        ActionPlan late = ContainerTests.runAs(kam, () -> programmes.savePlan(account, plan("Late visits",
                TODAY.plusMonths(1)), programme.getId(), null, tom));
        ContainerTests.runAs(kam, () -> programmes.savePlan(account, plan("Call the buyer", TODAY.plusDays(5)),
                programme.getId(), null, owner));
        ContainerTests.runAs(kam, () -> programmes.savePlan(account, plan("Next year's fair", TODAY.plusMonths(6)),
                programme.getId(), null, tom));
        tx.begin();
        em.createNativeQuery("update action_plan set due_date = ?, start_date = ? where id = ?")
                .setParameter(1, TODAY.minusDays(3)).setParameter(2, TODAY.minusMonths(2))
                .setParameter(3, late.getId()).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    private static ActionPlan plan(String title, LocalDate due) {
        ActionPlan plan = new ActionPlan(title, ActionPlan.Kind.RELATIONAL);
        plan.setStartDate(TODAY.minusDays(10));
        plan.setDueDate(due);
        return plan;
    }

    /** A plan created two years ago whose version 1 was submitted, or returned with comments, some days ago. */
    private void plan(long accountId, PlanEvent.Kind what, String comments, int daysAgo) throws Exception {
        tx.begin();
        KeyAccountPlan plan = new KeyAccountPlan(em.find(Account.class, accountId));
        em.persist(plan);
        PlanVersion version = new PlanVersion(plan, 1, TODAY.minusMonths(2), TODAY.plusMonths(10), "emma.kam");
        em.persist(version);
        PlanEvent event = new PlanEvent(version, what, what == PlanEvent.Kind.RETURNED ? "david.kad" : "emma.kam",
                comments);
        em.persist(event);
        em.flush();
        Timestamp when = Timestamp.from(Instant.now().minus(daysAgo, ChronoUnit.DAYS));
        em.createNativeQuery("update plan_version set status = ? where id = ?").setParameter(1, what.name())
                .setParameter(2, version.getId()).executeUpdate();
        em.createNativeQuery("update plan_event set at_time = ? where id = ?").setParameter(1, when)
                .setParameter(2, event.getId()).executeUpdate();
        em.createNativeQuery("update key_account_plan set created_at = ? where id = ?")
                .setParameter(1, Timestamp.from(Instant.now().minus(730, ChronoUnit.DAYS)))
                .setParameter(2, plan.getId()).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    private <T> T runAsAdmin(java.util.concurrent.Callable<T> work) throws Exception {
        return ContainerTests.runAs(asAdministrator, work);
    }

    private long userId(String username) {
        return user(em, username).getId();
    }

    // ---- reading the list ----

    private static WorkItem only(List<WorkItem> items, WorkKind kind, long account) {
        List<WorkItem> found = items.stream().filter(i -> i.kind() == kind && Long.valueOf(account).equals(i.accountId()))
                .toList();
        assertEquals(1, found.size(), kind + " of " + account + " in " + items);
        return found.get(0);
    }

    private static Optional<WorkItem> item(List<WorkItem> items, WorkKind kind, long account, String title) {
        return items.stream().filter(i -> i.kind() == kind && Long.valueOf(account).equals(i.accountId())
                && i.titleArgs().contains(title)).findFirst();
    }

    /** Most urgent first: the dates (due, else since) never go down, and undated work comes last. */
    private static void assertOrdered(List<WorkItem> items) {
        LocalDate previous = LocalDate.MIN;
        boolean undated = false;
        for (WorkItem item : items) {
            LocalDate date = item.due() != null ? item.due() : item.since();
            if (date == null) {
                undated = true;
                continue;
            }
            assertFalse(undated, "a dated item after an undated one: " + items);
            assertFalse(date.isBefore(previous), "out of order at " + item + " in " + items);
            previous = date;
        }
        assertNotNull(items);
    }
}
