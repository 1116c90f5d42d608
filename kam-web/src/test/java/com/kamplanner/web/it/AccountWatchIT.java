package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.assertHidden;
import static com.kamplanner.web.it.ContainerTests.businessError;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.runAs;
import static com.kamplanner.web.it.ContainerTests.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.health.HealthComponent;
import com.kamplanner.health.HealthRefresh;
import com.kamplanner.health.HealthRules;
import com.kamplanner.health.HealthService;
import com.kamplanner.health.HealthWeights;
import com.kamplanner.health.HealthWeightsService;
import com.kamplanner.improvement.FigureCount;
import com.kamplanner.notification.Notification;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.plan.FollowUpRow;
import com.kamplanner.plan.FollowUpService;
import com.kamplanner.plan.PlanReminders;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.situation.Attitude;
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.SectionInput;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.situation.StakeholderInput;
import com.kamplanner.situation.StakeholderService;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.ActionProgrammeService;
import com.kamplanner.strategy.ComplianceIssue;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.ContingencyWatch;
import com.kamplanner.strategy.Indicator;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.SituationPotential;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.TowsOption;
import com.kamplanner.strategy.WatchRules;
import com.kamplanner.strategy.WatchedCondition;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.work.WorkItem;
import com.kamplanner.work.WorkKind;
import com.kamplanner.work.WorkList;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Watching accounts, in one real Payara Micro with the demo company: account health (who may read it, the API's
 * answer, the portfolio sorted by it, the KA Director's weights, a drop that notifies) and contingencies that watch
 * (a write fires its contingency once, who acknowledges and re-arms it, dormant plans out of the late counts). Each
 * section was its own class and booted its own server; one class boots once for both.
 */
@ExtendWith(ArquillianExtension.class)
class AccountWatchIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(AccountWatchIT.class);
    }

    @EJB
    HealthService health;

    @EJB
    HealthWeightsService weights;

    @EJB
    HealthRefresh refresh;

    @Inject
    AsKam asKam;

    @Inject
    AsOtherKam asOtherKam;

    @Inject
    AsTeamMember asTeamMember;

    @Inject
    AsDirector asDirector;

    @Inject
    AsExecutive asExecutive;

    @Inject
    AsHr asHr;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;


    @EJB
    ActionProgrammeService programmes;

    @EJB
    StrategyService strategies;

    @EJB
    FollowUpService followUp;

    @EJB
    StakeholderService stakeholders;

    @EJB
    ContingencyWatch watch;

    @EJB
    KeyAccountDatabaseService database;

    @EJB
    FigureCount figures;

    @EJB
    PlanReminders reminders;

    @EJB
    WorkList work;

    // ======== Account health (formerly HealthIT) ========
    // Account health in the container, on the demo company: who may read an account's health (the KAM their own
    // accounts, a team member their teams', the KA Director and the executive all, HR none), the API's answer and its
    // refusals, the portfolio sorted by health, the KA Director's versioned weights, and a drop that notifies.

    private long id(String name) {
        return ContainerTests.accountId(em, name);
    }

    @Test
    void aKamReadsTheHealthOfHerOwnAccountsOnly() throws Exception {
        long airbus = id("Airbus Helicopters");
        long siemens = id("Siemens Healthineers");
        assertEquals(HealthComponent.values().length, asKam.call(() -> health.report(airbus)).getComponents().size());
        assertDenied(() -> asKam.call(() -> health.report(siemens)));
        assertDenied(() -> asOtherKam.call(() -> health.report(airbus)));
        assertNotNull(asOtherKam.call(() -> health.report(siemens)));
    }

    @Test
    void aTeamMemberReadsTheirTeamsAccountsTheDirectorAndExecutiveAllAndHrNone() throws Exception {
        long airbus = id("Airbus Helicopters");
        long schneider = id("Schneider Electric");
        assertNotNull(asTeamMember.call(() -> health.report(airbus)), "Tom is on the Airbus Helicopters team");
        assertDenied(() -> asTeamMember.call(() -> health.report(schneider)));
        assertNotNull(asDirector.call(() -> health.report(schneider)));
        assertNotNull(asExecutive.call(() -> health.report(schneider)));
        assertDenied(() -> asHr.call(() -> health.report(airbus)));
    }

    @Test
    void theApiAnswersTheScoreComponentsAndTwelveMonthsAndRefusesOthers() throws Exception {
        long airbus = accountId(base, "Airbus Helicopters");
        JsonObject answer = ok(api(base, "emma.kam", "api/accounts/" + airbus + "/health", "en"));
        assertEquals(airbus, answer.getJsonNumber("accountId").longValue());
        int score = answer.getInt("score");
        assertTrue(score >= 0 && score <= 100);
        JsonArray components = answer.getJsonArray("components");
        assertEquals(HealthComponent.values().length, components.size());
        JsonObject actions = ContainerTests.withField(components, "name", "ACTION_PROGRESS");
        assertTrue(actions.getString("fact").contains("action plans late"), actions.toString());
        assertEquals("/plan/team.xhtml?account=" + airbus, actions.getString("url"));
        assertEquals(12, answer.getJsonArray("history").size());
        long roche = accountId(base, "Roche Diagnostics");
        JsonObject unknown = ContainerTests.withField(ok(api(base, "david.kad", "api/accounts/" + roche + "/health",
                "en")).getJsonArray("components"), "name", "SPONSOR_ENGAGEMENT");
        assertTrue(unknown.containsKey("value") && unknown.isNull("value"),
                "a Status account needs no sponsor: its value is written as null, never 0 nor left out: " + unknown);
        assertTrue(answer.getJsonArray("history").getJsonObject(0).getString("month").matches("\\d{4}-\\d{2}"));

        assertForbidden(api(base, "lucas.kam", "api/accounts/" + airbus + "/health"));
        assertForbidden(api(base, "hana.hr", "api/accounts/" + airbus + "/health"));
        tx.begin();
        com.kamplanner.account.Account candidateAccount = new com.kamplanner.account.Account("Health candidate",
                "Retail", "FR");
        candidateAccount.setKam(user(em, "emma.kam"));
        em.persist(candidateAccount);
        tx.commit();
        long candidate = candidateAccount.getId();
        assertHidden(api(base, "emma.kam", "api/accounts/" + candidate + "/health"));
        assertHidden(api(base, "david.kad", "api/accounts/999999/health"));
    }

    @Test
    void portfolioItemsCarryHealthAndSortByItWithUnknownLast() throws Exception {
        JsonArray items = ok(api(base, "david.kad", "api/accounts?size=500&sort=health&desc=true")).getJsonArray("items");
        List<Integer> scores = new ArrayList<>();
        boolean unknownSeen = false;
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.getJsonObject(i);
            boolean known = item.containsKey("health") && !item.isNull("health");
            assertFalse(unknownSeen && known, "a known score after an unknown one at " + i);
            unknownSeen |= !known;
            if (known) {
                scores.add(item.getInt("health"));
            }
        }
        assertTrue(scores.size() >= 8, "the demo's key accounts are scored: " + scores);
        List<Integer> sorted = new ArrayList<>(scores);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, scores);
        JsonArray emmas = ok(api(base, "emma.kam", "api/accounts?size=500&sort=health")).getJsonArray("items");
        assertTrue(ContainerTests.strings(emmas, "name").stream().allMatch(n -> !n.equals("Siemens Healthineers")));
    }

    @Test
    void theDirectorsNewWeightsReplaceTheActiveVersionAndWeightsNotSummingTo100AreRefused() throws Exception {
        HealthWeights before = asDirector.call(() -> weights.active()).stream()
                .filter(w -> w.getSegment() == Quadrant.STREAMLINE).findFirst().orElseThrow();
        var refused = businessError(() -> asDirector.call(() -> weights.change(Quadrant.STREAMLINE,
                before.getVersion(), HealthRules.weights(50, 10), 15, 30)));
        assertEquals("health.weights.sum", refused.messageKey());
        assertDenied(() -> asKam.call(() -> weights.change(Quadrant.STREAMLINE, before.getVersion(),
                HealthRules.weights(20, 30, 10, 30, 10, 0, 0), 15, 30)));

        HealthWeights after = asDirector.call(() -> weights.change(Quadrant.STREAMLINE, before.getVersion(),
                HealthRules.weights(25, 25, 10, 30, 10, 0, 0), 20, 35));
        assertEquals(before.getNumber() + 1, after.getNumber());
        List<HealthWeights> history = asDirector.call(() -> weights.history(Quadrant.STREAMLINE));
        assertEquals(LifecycleStatus.ACTIVE, history.get(0).getStatus());
        assertEquals(LifecycleStatus.ARCHIVED, history.get(1).getStatus());
        assertEquals(20, history.get(0).getDropThreshold());
    }

    @Test
    void aDropOfMoreThanTheThresholdNotifiesTheKamAndTheDirector() throws Exception {
        long airbus = id("Airbus Helicopters");
        refresh.refresh();
        Integer now = health(airbus);
        assertNotNull(now);
        tx.begin();
        em.createNativeQuery("update account_health set score = ?1 where account_id = ?2")
                .setParameter(1, Math.min(100, now + 16)).setParameter(2, airbus).executeUpdate();
        tx.commit();
        long before = count(airbus);
        refresh.refresh();
        assertEquals(now, health(airbus));
        if (now + 16 <= 100) {
            assertEquals(before + 2, count(airbus), "Emma and David are told");
            long emmaTold = (Long) em.createQuery("select count(n) from Notification n where n.kind = :kind "
                    + "and n.accountId = :account and n.recipientId = :emma").setParameter("kind",
                    NotificationKind.HEALTH_DROPPED).setParameter("account", airbus)
                    .setParameter("emma", user(em, "emma.kam").getId()).getSingleResult();
            assertTrue(emmaTold >= 1);
        }
        tx.begin();
        em.createNativeQuery("update account_health set score = ?1 where account_id = ?2")
                .setParameter(1, now + 15 > 100 ? 100 : now + 15).setParameter(2, airbus).executeUpdate();
        tx.commit();
        long atThreshold = count(airbus);
        refresh.refresh();
        assertEquals(atThreshold, count(airbus), "a drop of exactly the threshold notifies nobody");
    }

    private Integer health(long accountId) {
        List<?> rows = em.createNativeQuery("select score from account_health where account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).intValue();
    }

    private long count(long accountId) {
        return (Long) em.createQuery("select count(n) from Notification n where n.kind = :kind and n.accountId = :a")
                .setParameter("kind", NotificationKind.HEALTH_DROPPED).setParameter("a", accountId).getSingleResult();
    }

    // ======== Contingencies that watch (formerly ContingencyWatchIT) ========
    // Contingencies that watch, in the container: a write fires its contingency once (the actual recorded, a contact
    // turning opponent), the KA Director is notified and the prepared plan wakes with its due date; only those who
    // may edit the strategy acknowledge and re-arm it (not another KAM, a team member without the KAM's grant, or
    // HR); and a dormant plan, even one carrying a past due date, stays out of every late count; the account's health
    // falling below a value fires once, and tells the KAM and the KA Director.

    @Test
    void anActualBelowTheThresholdFiresOnceNotifiesTheDirectorAndWakesThePreparedPlan() throws Exception {
        long account = account("Watch actual " + System.nanoTime());
        ActionProgramme programme = runAs(asKam, () -> programmes.saveProgramme(account,
                new ActionProgramme("Fallback")));
        long objective = objective(account, "Share of blade volume");
        ActionPlan prepared = runAs(asKam, () -> programmes.savePlan(account, dormant("Secure a bridge order", 2, 30),
                programme.getId(), objective, null));
        assertTrue(prepared.isDormant());
        assertNull(prepared.getDueDate(), "a prepared plan waits without dates");
        Contingency contingency = runAs(asKam, () -> programmes.saveContingency(account, watching(
                new WatchedCondition(WatchedCondition.Kind.INDICATOR, objective, null, WatchedCondition.Operator.BELOW,
                        new BigDecimal("10"), null)), List.of(prepared.getId())));
        assertEquals("Share of blade volume", contingency.getCondition().getTargetName());

        runAs(asKam, () -> followUp.recordActual(account, objective, TODAY.withDayOfMonth(1), new BigDecimal("10")));
        assertEquals(Contingency.State.ARMED, reload(contingency).getState(), "the threshold itself does not fire");

        runAs(asKam, () -> followUp.recordActual(account, objective, TODAY, new BigDecimal("8.5")));
        Contingency fired = reload(contingency);
        assertEquals(Contingency.State.FIRED, fired.getState());
        assertEquals(0, new BigDecimal("8.5").compareTo(fired.getFiredValue()));
        ActionPlan woken = em.find(ActionPlan.class, prepared.getId());
        assertFalse(woken.isDormant());
        assertEquals(TODAY.plusDays(2), woken.getStartDate());
        assertEquals(TODAY.plusDays(30), woken.getDueDate());
        List<Notification> told = em.createQuery("select n from Notification n where n.kind = :kind "
                        + "and n.accountId = :account", Notification.class)
                .setParameter("kind", NotificationKind.CONTINGENCY_FIRED).setParameter("account", account)
                .getResultList();
        assertEquals(List.of(user(em, "david.kad").getId()), told.stream().map(Notification::getRecipientId).toList(),
                "the KA Director is told; Emma recorded the actual herself");
        assertTrue(runAs(asKam, () -> followUp.rows(account)).stream()
                .anyMatch(r -> r.getTitle().equals("Secure a bridge order")), "the woken plan joins the team page");

        runAs(asKam, () -> followUp.recordActual(account, objective, TODAY, new BigDecimal("7")));
        assertEquals(0, new BigDecimal("8.5").compareTo(reload(contingency).getFiredValue()), "fired once only");
        assertEquals(0, watch.checkAll(TODAY.plusDays(1)), "the night finds nothing more to fire");

        runAs(asKam, () -> programmes.rearm(account, contingency.getId(), reload(contingency).getVersion()));
        em.getEntityManagerFactory().getCache().evictAll();
        assertTrue(em.find(ActionPlan.class, prepared.getId()).isDormant(), "re-armed, the untouched plan sleeps");
    }

    @Test
    void onlyThoseWhoMayEditTheStrategyAcknowledgeAndReArmAFiredContingency() throws Exception {
        long account = account("Watch rights " + System.nanoTime());
        runAs(asKam, () -> programmes.saveProgramme(account, new ActionProgramme("Presence")));
        Stakeholder buyer = runAs(asKam, () -> stakeholders.save(account, new StakeholderInput().name("Ms. Moreau")
                .decisionRole(DecisionRole.DECISION_MAKER).attitude(Attitude.NEUTRAL)));
        Contingency contingency = runAs(asKam, () -> programmes.saveContingency(account, watching(
                new WatchedCondition(WatchedCondition.Kind.STAKEHOLDER_OPPONENT, buyer.getId(), null, null, null,
                        null)), List.of()));
        assertEquals(WatchRules.NOT_FIRED, businessError(() -> runAs(asKam, () -> programmes.acknowledge(account,
                contingency.getId(), contingency.getVersion()))).messageKey());

        runAs(asKam, () -> stakeholders.save(account, StakeholderInput.of(reloadStakeholder(buyer))
                .attitude(Attitude.OPPONENT)));
        Contingency fired = reload(contingency);
        assertEquals(Contingency.State.FIRED, fired.getState(), "a contact turning opponent fires it");
        assertNull(fired.getFiredValue());

        long version = fired.getVersion();
        assertDenied(() -> runAs(asOtherKam, () -> programmes.acknowledge(account, contingency.getId(), version)));
        assertDenied(() -> runAs(asTeamMember, () -> programmes.acknowledge(account, contingency.getId(), version)));
        assertDenied(() -> runAs(asHr, () -> programmes.acknowledge(account, contingency.getId(), version)));
        assertDenied(() -> runAs(asOtherKam, () -> programmes.rearm(account, contingency.getId(), version)));
        assertDenied(() -> runAs(asTeamMember, () -> programmes.rearm(account, contingency.getId(), version)));
        assertDenied(() -> runAs(asHr, () -> programmes.rearm(account, contingency.getId(), version)));
        assertEquals(Contingency.State.FIRED, reload(contingency).getState(), "nothing changed by the refusals");

        Contingency seen = runAs(asKam, () -> programmes.acknowledge(account, contingency.getId(), version));
        assertEquals(Contingency.State.ACKNOWLEDGED, seen.getState());
        assertEquals("emma.kam", seen.getAcknowledgedBy());
        Contingency rearmed = runAs(asKam, () -> programmes.rearm(account, contingency.getId(), seen.getVersion()));
        assertEquals(Contingency.State.ARMED, rearmed.getState());
        assertNull(rearmed.getFiredAt());
        assertEquals(1, watch.check(account), "re-armed, it fires again on a condition that still holds");
    }

    @Test
    void aDecisionMakerLeavingACompetitorsShareRisingAndAMissedMilestoneEachFireOnce() throws Exception {
        long account = account("Watch kinds " + System.nanoTime());
        ActionProgramme programme = runAs(asKam, () -> programmes.saveProgramme(account,
                new ActionProgramme("Milestones")));
        Stakeholder director = runAs(asKam, () -> stakeholders.save(account, new StakeholderInput()
                .name("Procurement director").decisionRole(DecisionRole.DECISION_MAKER)));
        Stakeholder engineer = runAs(asKam, () -> stakeholders.save(account, new StakeholderInput()
                .name("Test engineer").decisionRole(DecisionRole.USER)));
        assertEquals(ActionProgrammeService.TARGET_NOT_DECISION_MAKER, businessError(() -> runAs(asKam,
                () -> programmes.saveContingency(account, watching(new WatchedCondition(
                        WatchedCondition.Kind.DECISION_MAKER_LEFT, engineer.getId(), null, null, null, null)),
                        List.of()))).messageKey());
        Contingency leaving = runAs(asKam, () -> programmes.saveContingency(account, watching(new WatchedCondition(
                WatchedCondition.Kind.DECISION_MAKER_LEFT, director.getId(), null, null, null, null)), List.of()));
        Contingency rival = runAs(asKam, () -> programmes.saveContingency(account, watching(new WatchedCondition(
                WatchedCondition.Kind.COMPETITOR_SHARE, null, "AeroLowCost", WatchedCondition.Operator.ABOVE,
                new BigDecimal("20"), null)), List.of()));
        ActionPlan inspection = new ActionPlan("First-article inspection", ActionPlan.Kind.CONTRACTUAL);
        inspection.setStartDate(TODAY.minusMonths(1));
        inspection.setDueDate(TODAY);
        ActionPlan milestone = runAs(asKam, () -> programmes.savePlan(account, inspection, programme.getId(), null,
                null));
        Contingency missed = runAs(asKam, () -> programmes.saveContingency(account, watching(new WatchedCondition(
                WatchedCondition.Kind.MILESTONE_MISSED, milestone.getId(), null, null, null, TODAY)), List.of()));

        runAs(asKam, () -> { stakeholders.remove(account, engineer.getId()); return null; });
        assertEquals(Contingency.State.ARMED, reload(leaving).getState(), "another contact left");
        runAs(asKam, () -> { stakeholders.remove(account, director.getId()); return null; });
        assertEquals(Contingency.State.FIRED, reload(leaving).getState(), "the decision maker left the map");

        long v1 = runAs(asKam, () -> database.saveSection(account, DefaultDatabaseTemplate.COMPETITION, -1,
                new SectionInput().row(DefaultDatabaseTemplate.COMPETITORS, java.util.Map.of("competitor",
                        "AeroLowCost", "share", "20"))));
        assertEquals(Contingency.State.ARMED, reload(rival).getState(), "at 20, not above it");
        runAs(asKam, () -> database.saveSection(account, DefaultDatabaseTemplate.COMPETITION, v1,
                new SectionInput().row(DefaultDatabaseTemplate.COMPETITORS, java.util.Map.of("competitor",
                        "AeroLowCost", "share", "24.5"))));
        Contingency risen = reload(rival);
        assertEquals(Contingency.State.FIRED, risen.getState());
        assertEquals(0, new BigDecimal("24.5").compareTo(risen.getFiredValue()));

        assertEquals(Contingency.State.ARMED, reload(missed).getState(), "its date has not passed yet");
        watch.checkAll(TODAY.plusDays(1));
        assertEquals(Contingency.State.FIRED, reload(missed).getState(), "the night after its date, not done");
        assertEquals(Contingency.State.FIRED, reload(leaving).getState());
    }

    @Test
    void theAccountsHealthFallingBelowItsValueFiresOnceAndNotifiesTheKamAndTheDirector() throws Exception {
        long account = account("Watch health " + System.nanoTime());
        assertEquals(WatchRules.HEALTH_RANGE, businessError(() -> runAs(asKam, () -> programmes.saveContingency(
                account, watching(new WatchedCondition(WatchedCondition.Kind.HEALTH_BELOW, null, null,
                        WatchedCondition.Operator.BELOW, new BigDecimal("101"), null)), List.of()))).messageKey());
        // the score is written and the check run in one transaction, so that no computation of the scores between
        // them replaces the score the test wrote
        tx.begin();
        storeHealth(account, 40);
        Contingency contingency = runAs(asKam, () -> programmes.saveContingency(account, watching(
                new WatchedCondition(WatchedCondition.Kind.HEALTH_BELOW, null, null, WatchedCondition.Operator.BELOW,
                        new BigDecimal("40"), null)), List.of()));
        assertEquals(0, watch.check(account), "a health at the value itself does not fire");
        storeHealth(account, 35);
        assertEquals(1, watch.check(account), "below it, it fires");
        assertEquals(0, watch.check(account), "once only");
        tx.commit();

        Contingency fired = reload(contingency);
        assertEquals(Contingency.State.FIRED, fired.getState());
        assertEquals(0, new BigDecimal("35").compareTo(fired.getFiredValue()));
        assertTrue(fired.getCondition().getTargetName().startsWith("Watch health"), "the account is the target");
        List<Long> told = em.createQuery("select n.recipientId from Notification n where n.kind = :kind "
                        + "and n.accountId = :account order by n.recipientId", Long.class)
                .setParameter("kind", NotificationKind.CONTINGENCY_FIRED).setParameter("account", account)
                .getResultList();
        assertEquals(java.util.stream.Stream.of(user(em, "emma.kam").getId(), user(em, "david.kad").getId())
                .sorted().toList(), told, "the KAM and the KA Director are told");

        Contingency rearmed = runAs(asKam, () -> programmes.rearm(account, contingency.getId(), fired.getVersion()));
        assertEquals(Contingency.State.ARMED, rearmed.getState());
        assertEquals(0, watch.checkHealth(java.util.Map.of(account, 40), TODAY),
                "after a computation, the value itself does not fire");
        assertEquals(1, watch.checkHealth(java.util.Map.of(account, 39), TODAY),
                "after a computation that lowered the score, it fires");
        assertEquals(0, new BigDecimal("39").compareTo(reload(contingency).getFiredValue()));
    }

    @Test
    void aDormantPlanIsNeverLateEvenWithAPastDueDate() throws Exception {
        long account = account("Watch dormant " + System.nanoTime());
        ActionProgramme programme = runAs(asKam, () -> programmes.saveProgramme(account,
                new ActionProgramme("Prepared")));
        long emma = user(em, "emma.kam").getId();
        ActionPlan prepared = runAs(asKam, () -> programmes.savePlan(account, dormant("Prepared response", 0, 10),
                programme.getId(), null, emma));
        ActionPlan active = new ActionPlan("Active visits", ActionPlan.Kind.RELATIONAL);
        active.setStartDate(TODAY.minusDays(20));
        active.setDueDate(TODAY.plusDays(10));
        ActionPlan running = runAs(asKam, () -> programmes.savePlan(account, active, programme.getId(), null, emma));
        long lateBefore = figures.on(TODAY).lateActionPlans();
        tx.begin();
        em.createNativeQuery("update action_plan set due_date = ? where id in (?, ?)").setParameter(1,
                        TODAY.minusDays(5)).setParameter(2, prepared.getId()).setParameter(3, running.getId())
                .executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();

        assertEquals(lateBefore + 1, figures.on(TODAY).lateActionPlans(), "the active plan only is late");
        List<WorkItem> emmas = asKam.call(() -> work.mine());
        assertTrue(emmas.stream().anyMatch(i -> i.kind() == WorkKind.ACTION_PLAN_LATE
                && i.titleArgs().contains("Active visits")), emmas.toString());
        assertTrue(emmas.stream().noneMatch(i -> i.titleArgs().contains("Prepared response")), emmas.toString());
        List<FollowUpRow> mine = asKam.call(() -> followUp.mine(null));
        assertTrue(mine.stream().noneMatch(r -> r.getTitle().equals("Prepared response")));
        assertTrue(runAs(asKam, () -> followUp.rows(account)).stream()
                .noneMatch(r -> r.getTitle().equals("Prepared response")), "not on the team page while it sleeps");
        reminders.remind(TODAY);
        assertEquals(List.of("Active visits"), em.createQuery("select n from Notification n where n.kind = :kind "
                        + "and n.accountId = :account", Notification.class)
                .setParameter("kind", NotificationKind.ACTION_PLAN_LATE).setParameter("account", account)
                .getResultList().stream().map(n -> n.getTitleArgs().get(0)).distinct().toList());
        List<ComplianceIssue> issues = runAs(asKam, () -> strategies.compliance(account));
        assertTrue(issues.stream().noneMatch(i -> "Prepared response".equals(i.getSubject())),
                "a dormant plan serving no objective yet is not a compliance issue: " + issues);
        assertTrue(issues.stream().anyMatch(i -> "Active visits".equals(i.getSubject())), issues.toString());
    }

    /** The account's stored health, as a computation of the scores stores it, in the caller's transaction. */
    private void storeHealth(long account, int score) {
        em.createNativeQuery("delete from account_health where account_id = ?1").setParameter(1, account)
                .executeUpdate();
        em.createNativeQuery("insert into account_health (account_id, score, computed_at) values (?1, ?2, ?3)")
                .setParameter(1, account).setParameter(2, score)
                .setParameter(3, java.sql.Timestamp.from(java.time.Instant.now())).executeUpdate();
    }

        private Contingency reload(Contingency c) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.find(Contingency.class, c.getId());
    }

    private Stakeholder reloadStakeholder(Stakeholder s) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.find(Stakeholder.class, s.getId());
    }

    private static Contingency watching(WatchedCondition condition) {
        Contingency c = new Contingency("If it happens", "We respond");
        c.setCondition(condition);
        return c;
    }

    private static ActionPlan dormant(String title, int startOffset, int dueOffset) {
        ActionPlan plan = new ActionPlan(title, ActionPlan.Kind.CONTRACTUAL);
        plan.setDormant(true);
        plan.setStartDate(TODAY);
        plan.setDueDate(TODAY.plusDays(1));
        plan.setStartOffsetDays(startOffset);
        plan.setDueOffsetDays(dueOffset);
        return plan;
    }

    /** An objective with an indicator, written straight into the account's strategy. */
    private long objective(long account, String indicator) throws Exception {
        tx.begin();
        Strategy strategy = em.createNamedQuery(Strategy.BY_ACCOUNT, Strategy.class).setParameter("account", account)
                .getSingleResult();
        SituationPotential strength = strategy.addPotential(new SituationPotential(SituationPotential.Kind.STRENGTH,
                "Certified blades"));
        SituationPotential opportunity = strategy.addPotential(new SituationPotential(
                SituationPotential.Kind.OPPORTUNITY, "A second source is wanted"));
        TowsOption option = strategy.addOption(new TowsOption(TowsOption.Type.SO, "Become the second source"),
                strength, opportunity);
        Objective objective = new Objective(Objective.Level.STRATEGIC, "Be the second source");
        objective.setIndicator(new Indicator(indicator, "%", BigDecimal.ZERO, new BigDecimal("35"),
                TODAY.plusYears(2)));
        strategy.addObjective(objective, null, option);
        em.persist(strength);
        em.persist(opportunity);
        em.persist(option);
        em.persist(objective);
        tx.commit();
        return objective.getId();
    }

    /** A key account of Emma's, with Tom on its team (without the KAM's grant to write the strategy). */
    private long account(String name) throws Exception {
        tx.begin();
        Account account = new Account(name, "Testing", "FR");
        account.setKam(user(em, "emma.kam"));
        account.setKeyAccount(true);
        account.setSegment(Quadrant.STAR, false, null);
        em.persist(account);
        em.persist(new TeamMembership(account, user(em, "tom.team"), "Engineer"));
        tx.commit();
        return account.getId();
    }
}
