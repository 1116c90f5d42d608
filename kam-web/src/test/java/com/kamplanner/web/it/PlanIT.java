package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.assertHidden;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.okArray;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.runAs;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.plan.ActionPlanItem;
import com.kamplanner.plan.FollowUpRow;
import com.kamplanner.plan.FollowUpService;
import com.kamplanner.plan.FollowUpStatus;
import com.kamplanner.plan.PlanComparison;
import com.kamplanner.plan.PlanContent;
import com.kamplanner.plan.PlanEvent;
import com.kamplanner.plan.AccountPlan;
import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.PlanRequirement;
import com.kamplanner.plan.PlanService;
import com.kamplanner.plan.PlanStanding;
import com.kamplanner.plan.PlanTemplateService;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.plan.TeamNews;
import com.kamplanner.plan.VersionStatus;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgrammeService;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.ObjectiveService;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.TowsOption;
import com.kamplanner.strategy.TowsService;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.web.faces.BusinessErrors;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Key Account Plan in the container: the review workflow (refused below compliance with the list of what
 * is missing, returned with comments, fixed, approved), immutable approved snapshots, rolling forward with
 * carry-over, the follow-up rules, stale plans, and every forbidden path over the services, the pages, the
 * downloads and {@code /api/accounts/{id}/plan}.
 */
@ExtendWith(ArquillianExtension.class)
class PlanIT {

    private static final LocalDate START = LocalDate.now().minusMonths(2);

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(PlanIT.class);
    }

    @EJB
    PlanService plans;

    @EJB
    FollowUpService followUp;

    @EJB
    PlanOverview overview;

    @EJB
    StrategyService strategies;

    @EJB
    ObjectiveService objectives;

    @EJB
    ActionProgrammeService programmes;

    @EJB
    TowsService tows;

    @EJB
    PlanTemplateService planTemplates;

    @Inject
    AsKam asKam;

    @Inject
    AsOtherKam asOtherKam;

    @Inject
    AsDirector asDirector;

    @Inject
    AsExecutive asExecutive;

    @Inject
    AsTeamMember asTeamMember;

    @Inject
    AsHr asHr;

    @PersistenceContext
    EntityManager em;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    // ---- inside the container ----

    @Test
    void theKamSubmitsTheDirectorReturnsThenApprovesAndTheApprovedVersionNeverChanges() throws Exception {
        long account = accountWithStrategy("Plan Review " + System.nanoTime());
        PlanVersion v1 = asKam.call(() -> plans.start(account));
        assertEquals(VersionStatus.WORKING, v1.getStatus());

        BusinessRuleException below = refusal(asKam, () -> plans.submit(account, 1, v1.getVersion(), Locale.ENGLISH));
        assertEquals(PlanService.BELOW_COMPLIANCE, below.messageKey());
        String text = BusinessErrors.text(below, Locale.ENGLISH);
        assertTrue(text.contains("Situation summary: Short situation summary"), text);
        assertTrue(BusinessErrors.text(below, Locale.FRENCH).startsWith("Ce plan ne peut pas être soumis"));

        PlanVersion saved = asKam.call(() -> plans.saveWorking(account, 1, v1.getVersion(), "Wants a second source.",
                v1.getPeriodStart(), v1.getPeriodEnd()));
        assertThrows(StaleEditException.class, () -> asKam.call(() -> plans.saveWorking(account, 1, v1.getVersion(),
                "Someone else's text", v1.getPeriodStart(), v1.getPeriodEnd())), "the version loaded before the save");
        assertEquals(PlanService.PERIOD_ORDER, refusal(asKam, () -> plans.saveWorking(account, 1, saved.getVersion(),
                "x", v1.getPeriodEnd(), v1.getPeriodStart())).messageKey());

        long submissions = submissions();
        PlanVersion submitted = asKam.call(() -> plans.submit(account, 1, saved.getVersion(), Locale.ENGLISH));
        assertEquals(VersionStatus.SUBMITTED, submitted.getStatus());
        assertEquals(submissions + 1, submissions(), "IT's plan submission counter moves");
        assertEquals(PlanService.NOT_EDITABLE, refusal(asKam, () -> plans.saveWorking(account, 1,
                submitted.getVersion(), "late change", v1.getPeriodStart(), v1.getPeriodEnd())).messageKey());
        assertDenied(() -> asKam.call(() -> plans.approve(account, 1, submitted.getVersion(), null)));
        assertDenied(() -> asTeamMember.call(() -> plans.returnWithComments(account, 1, submitted.getVersion(), "no")));
        assertDenied(() -> asExecutive.call(() -> plans.approve(account, 1, submitted.getVersion(), null)));
        assertTrue(asDirector.call(() -> overview.queue(0, 500)).stream().anyMatch(s -> s.getAccountId() == account),
                "the submitted version waits in the KA Director's queue");

        assertEquals(PlanService.COMMENT_REQUIRED, refusal(asDirector, () -> plans.returnWithComments(account, 1,
                submitted.getVersion(), " ")).messageKey());
        PlanVersion returned = asDirector.call(() -> plans.returnWithComments(account, 1, submitted.getVersion(),
                "Add the customer's own words to the summary."));
        assertEquals(VersionStatus.RETURNED, returned.getStatus());
        PlanEvent event = asKam.call(() -> plans.history(account)).get(0);
        assertEquals(PlanEvent.Kind.RETURNED, event.getKind());
        assertEquals("david.kad", event.getActor());
        assertEquals("Add the customer's own words to the summary.", event.getComments());

        PlanVersion fixed = asKam.call(() -> plans.saveWorking(account, 1, returned.getVersion(),
                "Wants a second source: \"we need two suppliers we trust\".", v1.getPeriodStart(), v1.getPeriodEnd()));
        PlanVersion resubmitted = asKam.call(() -> plans.submit(account, 1, fixed.getVersion(), Locale.ENGLISH));
        PlanVersion approved = asDirector.call(() -> plans.approve(account, 1, resubmitted.getVersion(), "Go"));
        assertEquals(VersionStatus.APPROVED, approved.getStatus());
        assertEquals("david.kad", approved.getApprovedBy());
        assertNotNull(approved.getApprovedAt());
        assertFalse(asDirector.call(() -> overview.queue(0, 500)).stream().anyMatch(s -> s.getAccountId() == account));

        // The live strategy moves on; the approved version does not.
        Objective objective = strategicObjective(account);
        objective.setTitle("Become the first source");
        asKam.call(() -> objectives.saveObjective(account, objective, null, optionIds(account)));
        PlanContent frozen = asExecutive.call(() -> plans.content(account, 1));
        assertEquals("Become the preferred second source", frozen.getObjectives().get(0).getTitle());
        assertEquals("APPROVED", frozen.getStatus());
        assertEquals("david.kad", frozen.getApprovedBy());
        assertEquals(PlanService.NOT_EDITABLE, refusal(asKam, () -> plans.saveWorking(account, 1,
                approved.getVersion(), "edit the approved", v1.getPeriodStart(), v1.getPeriodEnd())).messageKey());
        assertEquals(PlanService.NOT_EDITABLE, refusal(asKam, () -> plans.submit(account, 1, approved.getVersion(),
                Locale.ENGLISH)).messageKey());

        // A plan closed now does not carry over to the next period; open ones do.
        FollowUpRow visits = row(account, "Plant visits");
        asKam.call(() -> followUp.update(account, visits.getActionPlanId(), visits.getActionPlanVersion(),
                FollowUpStatus.DONE, 100, "Held all four"));
        PlanVersion v2 = asKam.call(() -> plans.rollForward(account));
        assertEquals(2, v2.getNumber());
        assertEquals(v1.getPeriodEnd().plusDays(1), v2.getPeriodStart());
        assertEquals("Wants a second source: \"we need two suppliers we trust\".", v2.getSummary());
        List<String> carried = asKam.call(() -> plans.content(account, 2)).getProgrammes().get(0).getPlans().stream()
                .map(ActionPlanItem::getTitle).toList();
        assertEquals(List.of("Pilot contract"), carried);
        assertEquals(PlanService.OPEN_VERSION, refusal(asKam, () -> plans.rollForward(account)).messageKey());

        PlanComparison comparison = asKam.call(() -> plans.compare(account, 1, 2));
        assertEquals(List.of("Plant visits"), comparison.getActionPlansClosed());
        assertEquals("Become the first source", comparison.getObjectivesChanged().get(0).getAfter());

        PlanVersion v2saved = asKam.call(() -> plans.version(account, 2));
        PlanVersion v2submitted = asKam.call(() -> plans.submit(account, 2, v2saved.getVersion(), Locale.ENGLISH));
        asDirector.call(() -> plans.approve(account, 2, v2submitted.getVersion(), null));
        assertEquals(VersionStatus.SUPERSEDED, asKam.call(() -> plans.version(account, 1)).getStatus());
        assertEquals("Become the preferred second source",
                asKam.call(() -> plans.content(account, 1)).getObjectives().get(0).getTitle(),
                "a superseded version still renders as approved");
    }

    @Test
    void teamMembersUpdateOnlyTheActionPlansTheyOwnAndLateIsComputed() throws Exception {
        long account = accountWithStrategy("Plan Follow-up " + System.nanoTime());
        FollowUpRow mine = row(account, "Pilot contract");
        FollowUpRow kams = row(account, "Plant visits");
        assertTrue(asTeamMember.call(() -> followUp.rows(account)).stream()
                .filter(r -> r.getTitle().equals("Pilot contract")).findFirst().orElseThrow().isUpdatable());

        assertEquals(FollowUpService.LATE_IS_COMPUTED, refusal(asTeamMember, () -> followUp.update(account,
                mine.getActionPlanId(), mine.getActionPlanVersion(), FollowUpStatus.LATE, 50, null)).messageKey());
        assertEquals(FollowUpService.PROGRESS_RANGE, refusal(asTeamMember, () -> followUp.update(account,
                mine.getActionPlanId(), mine.getActionPlanVersion(), FollowUpStatus.ON_TRACK, 101, null)).messageKey());
        assertEquals(FollowUpService.PROGRESS_RANGE, refusal(asTeamMember, () -> followUp.update(account,
                mine.getActionPlanId(), mine.getActionPlanVersion(), FollowUpStatus.ON_TRACK, -1, null)).messageKey());
        assertDenied(() -> asTeamMember.call(() -> followUp.update(account, kams.getActionPlanId(),
                kams.getActionPlanVersion(), FollowUpStatus.AT_RISK, 10, "not mine")));
        assertDenied(() -> asExecutive.call(() -> followUp.update(account, mine.getActionPlanId(),
                mine.getActionPlanVersion(), FollowUpStatus.AT_RISK, 10, null)));
        assertDenied(() -> asOtherKam.call(() -> followUp.rows(account)));
        assertDenied(() -> asHr.call(() -> followUp.rows(account)));

        asTeamMember.call(() -> followUp.update(account, mine.getActionPlanId(), mine.getActionPlanVersion(),
                FollowUpStatus.AT_RISK, 30, "Legal is slow"));
        assertThrows(StaleEditException.class, () -> asKam.call(() -> followUp.update(account, mine.getActionPlanId(),
                mine.getActionPlanVersion(), FollowUpStatus.ON_TRACK, 35, "stale")), "Tom updated it since");
        FollowUpRow after = row(account, "Pilot contract");
        assertEquals(FollowUpStatus.AT_RISK, after.getStatus());
        assertEquals(30, after.getProgress());
        assertEquals("tom.team", after.getLastBy());
        assertEquals(ActionPlan.Status.IN_PROGRESS, em.find(ActionPlan.class, mine.getActionPlanId()).getStatus());

        // Past its due date an open plan shows late, whatever was recorded.
        tx.begin();
        em.createNativeQuery("update action_plan set due_date = ?, start_date = ? where id = ?")
                .setParameter(1, LocalDate.now().minusDays(1)).setParameter(2, LocalDate.now().minusMonths(1))
                .setParameter(3, mine.getActionPlanId()).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals(FollowUpStatus.LATE, row(account, "Pilot contract").getStatus());
        assertEquals(FollowUpStatus.AT_RISK, row(account, "Pilot contract").getRecorded());

        asTeamMember.call(() -> followUp.comment(account, kams.getActionPlanId(), "I can join the visits."));
        assertEquals(FollowUpService.COMMENT_REQUIRED, refusal(asTeamMember, () -> followUp.comment(account,
                kams.getActionPlanId(), "  ")).messageKey());
        assertDenied(() -> asExecutive.call(() -> followUp.comment(account, kams.getActionPlanId(), "exec")));
        assertDenied(() -> asDirector.call(() -> followUp.comment(account, kams.getActionPlanId(), "kad")));
        List<TeamNews> news = asKam.call(() -> followUp.changesSinceLastVisit(account));
        assertTrue(news.stream().anyMatch(n -> n.getWho().equals("tom.team")
                && n.getStatus() == FollowUpStatus.AT_RISK), news.toString());
        assertTrue(news.stream().anyMatch(n -> "I can join the visits.".equals(n.getWhat())));
        assertTrue(asKam.call(() -> followUp.changesSinceLastVisit(account)).isEmpty(), "seen on the last visit");

        Objective objective = strategicObjective(account);
        asKam.call(() -> followUp.recordActual(account, objective.getId(), LocalDate.of(2026, 6, 30),
                new BigDecimal("14")));
        asKam.call(() -> followUp.recordActual(account, objective.getId(), LocalDate.of(2026, 6, 30),
                new BigDecimal("15")));
        assertDenied(() -> asTeamMember.call(() -> followUp.recordActual(account, objective.getId(),
                LocalDate.of(2026, 9, 30), BigDecimal.ONE)));
        var series = asExecutive.call(() -> followUp.indicators(account)).stream()
                .filter(s -> s.getObjectiveId() == objective.getId()).findFirst().orElseThrow();
        assertEquals(1, series.getActuals().size(), "a second value for a period replaces the first");
        assertEquals(0, new BigDecimal("15").compareTo(series.getActuals().get(LocalDate.of(2026, 6, 30))));
        assertEquals(0, new BigDecimal("10").compareTo(series.getBaseline()));
    }

    @Test
    void readersAndForbiddenPathsOverTheServices() throws Exception {
        long account = accountWithStrategy("Plan Rights " + System.nanoTime());
        assertDenied(() -> asTeamMember.call(() -> plans.start(account)));
        assertDenied(() -> asOtherKam.call(() -> plans.start(account)));
        assertDenied(() -> asExecutive.call(() -> plans.start(account)));
        assertDenied(() -> asDirector.call(() -> plans.start(account)));
        assertDenied(() -> asHr.call(() -> plans.versions(account)));
        // The plans page lists every key account its reader sees; only the account's KAM may start its plan.
        AccountPlan unplanned = asKam.call(() -> overview.keyAccounts()).stream()
                .filter(row -> row.accountId() == account).findFirst().orElseThrow();
        assertFalse(unplanned.isPlanned());
        assertTrue(unplanned.startable(), "the KAM starts the missing plan from the list");
        assertFalse(asDirector.call(() -> overview.keyAccounts()).stream()
                .filter(row -> row.accountId() == account).findFirst().orElseThrow().startable());
        assertFalse(asTeamMember.call(() -> overview.keyAccounts()).stream()
                .filter(row -> row.accountId() == account).findFirst().orElseThrow().startable());
        assertFalse(asOtherKam.call(() -> overview.keyAccounts()).stream().anyMatch(row -> row.accountId() == account),
                "another KAM does not see the account");
        assertDenied(() -> asHr.call(() -> overview.keyAccounts()));
        PlanVersion v1 = asKam.call(() -> plans.start(account));
        AccountPlan planned = asKam.call(() -> overview.keyAccounts()).stream()
                .filter(row -> row.accountId() == account).findFirst().orElseThrow();
        assertTrue(planned.isPlanned());
        assertFalse(planned.startable());
        assertEquals(VersionStatus.WORKING, planned.plan().getStatus());
        assertEquals(PlanService.EXISTS, refusal(asKam, () -> plans.start(account)).messageKey());
        assertDenied(() -> asOtherKam.call(() -> plans.content(account, 1)));
        assertDenied(() -> asHr.call(() -> plans.content(account, 1)));
        assertDenied(() -> asTeamMember.call(() -> plans.saveWorking(account, 1, v1.getVersion(), "x",
                v1.getPeriodStart(), v1.getPeriodEnd())));
        assertDenied(() -> asTeamMember.call(() -> plans.submit(account, 1, v1.getVersion(), Locale.ENGLISH)));
        assertEquals("Plan Rights", asTeamMember.call(() -> plans.content(account, 1)).getAccountName()
                .substring(0, 11));
        PlanContent live = asExecutive.call(() -> plans.content(account, 1));
        assertEquals("WORKING", live.getStatus());
        assertEquals("Claire Dumont", live.getSponsorName());
        assertEquals(List.of("Tom Bernard"), live.getTeam().stream().map(t -> t.getName()).toList());
        assertEquals("COOPERATIVE", live.getCurrentStage());
        assertEquals("INTERDEPENDENT", live.getTargetStage());
        assertEquals(START.plusYears(3).minusDays(1).getYear(), live.getHorizonEnd().getYear() ,
                "a three-year horizon");
        assertFalse(live.getMilestones().isEmpty());

        List<PlanStanding> readable = asExecutive.call(() -> overview.readable());
        assertTrue(readable.get(0).isSponsoredByMe(), "the executive's sponsored accounts come first");
        assertTrue(readable.stream().anyMatch(s -> s.getAccountId() == account));
        assertFalse(asOtherKam.call(() -> overview.readable()).stream().anyMatch(s -> s.getAccountId() == account));
        assertDenied(() -> asHr.call(() -> overview.readable()));
        assertDenied(() -> asKam.call(() -> overview.queue(0, 10)));

        // A plan never approved and created longer ago than the segment's cadence (Star: six months) is stale.
        tx.begin();
        em.createNativeQuery("update key_account_plan set created_at = ? where account_id = ?")
                .setParameter(1, java.sql.Timestamp.valueOf(LocalDate.now().minusMonths(7).atStartOfDay()))
                .setParameter(2, account).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        assertTrue(asKam.call(() -> overview.myStale()).stream().anyMatch(s -> s.getAccountId() == account));
        assertFalse(asOtherKam.call(() -> overview.myStale()).stream().anyMatch(s -> s.getAccountId() == account));
        assertTrue(asDirector.call(() -> overview.stale()).stream().anyMatch(s -> s.getAccountId() == account));
    }

    @Test
    void theDirectorValidatesThePlanTemplateAndTheLevelEachSegmentRequires() throws Exception {
        long account = accountWithStrategy("Plan Template " + System.nanoTime());
        PlanVersion v1 = asKam.call(() -> plans.start(account));
        asKam.call(() -> plans.saveWorking(account, 1, v1.getVersion(), "Summary", v1.getPeriodStart(),
                v1.getPeriodEnd()));
        DocumentTemplate before = asDirector.call(() -> planTemplates.active());
        java.util.Set<String> original = new java.util.HashSet<>();
        before.getSections().forEach(s -> s.getFields().stream().filter(f -> f.isMandatory())
                .forEach(f -> original.add(s.getKey() + "." + f.getKey())));
        assertTrue(original.contains("situation.summary"), original.toString());
        assertDenied(() -> asKam.call(() -> planTemplates.validate(original, before.getId(), before.getVersion())));
        assertDenied(() -> asHr.call(() -> planTemplates.requirements()));

        java.util.Set<String> stricter = new java.util.HashSet<>(original);
        stricter.add("situation.priorities");
        DocumentTemplate validated = asDirector.call(() -> planTemplates.validate(stricter, before.getId(),
                before.getVersion()));
        try {
            assertEquals(before.getNumber() + 1, validated.getNumber());
            assertThrows(StaleEditException.class, () -> asDirector.call(() -> planTemplates.validate(original,
                    before.getId(), before.getVersion())), "validated from a version no longer in force");
            PlanVersion saved = asKam.call(() -> plans.version(account, 1));
            BusinessRuleException refused = refusal(asKam, () -> plans.submit(account, 1, saved.getVersion(),
                    Locale.ENGLISH));
            assertTrue(BusinessErrors.text(refused, Locale.ENGLISH).contains("Customer strategic priorities"),
                    "now mandatory: " + BusinessErrors.text(refused, Locale.ENGLISH));
        } finally {
            DocumentTemplate now = asDirector.call(() -> planTemplates.active());
            asDirector.call(() -> planTemplates.validate(original, now.getId(), now.getVersion()));
        }

        PlanRequirement streamline = asDirector.call(() -> planTemplates.requirements()).stream()
                .filter(r -> r.getSegment() == Quadrant.STREAMLINE).findFirst().orElseThrow();
        assertEquals(PlanTemplateService.REQUIREMENT_RANGE, refusal(asDirector, () -> planTemplates.saveRequirement(
                Quadrant.STREAMLINE, 101, streamline.getVersion())).messageKey());
        int level = streamline.getMinimumCompliance();
        PlanRequirement saved = asDirector.call(() -> planTemplates.saveRequirement(Quadrant.STREAMLINE,
                level == 50 ? 45 : 50, streamline.getVersion()));
        assertThrows(StaleEditException.class, () -> asDirector.call(() -> planTemplates.saveRequirement(
                Quadrant.STREAMLINE, 40, streamline.getVersion())));
        assertEquals(streamline.getVersion() + 1, saved.getVersion());
        asDirector.call(() -> planTemplates.saveRequirement(Quadrant.STREAMLINE, level, saved.getVersion()));
    }

    // ---- over HTTP: the demo plan of Airbus Helicopters (emma.kam, Tom on the team, sponsored by Claire) ----

    @Test
    @RunAsClient
    void theApiGivesTheCurrentVersionEveryVersionAndOneVersionToReadersOnly() throws Exception {
        Browserless client = new Browserless(base);
        long airbus = accountId(base, "Airbus Helicopters");
        HttpResponse<String> current = api(base, "emma.kam", "api/accounts/" + airbus + "/plan");
        JsonObject currentContent = ok(current).getJsonObject("content");
        assertEquals("Airbus Helicopters", currentContent.getString("accountName"), current.body());
        assertFalse(currentContent.getJsonArray("objectives").isEmpty(), current.body());
        assertTrue(currentContent.getJsonArray("objectives").get(0) instanceof JsonObject, current.body());
        HttpResponse<String> versions = api(base, "claire.exec", "api/accounts/" + airbus + "/plan/versions");
        List<Integer> numbers = okArray(versions).getValuesAs(JsonObject.class).stream()
                .map(v -> v.getInt("number")).toList();
        assertTrue(numbers.contains(1) && numbers.contains(2), versions.body());
        HttpResponse<String> first = api(base, "tom.team", "api/accounts/" + airbus + "/plan/versions/1");
        JsonObject firstVersion = ok(first).getJsonObject("version");
        assertEquals("david.kad", firstVersion.getString("approvedBy"), first.body());
        assertHidden(api(base, "emma.kam", "api/accounts/" + airbus + "/plan/versions/99"));

        for (String forbidden : List.of("lucas.kam", "hana.hr")) {
            assertForbidden(api(base, forbidden, "api/accounts/" + airbus + "/plan"));
            assertForbidden(api(base, forbidden, "api/accounts/" + airbus + "/plan/versions"));
            assertForbidden(api(base, forbidden, "api/accounts/" + airbus + "/plan/versions/1"));
        }
        assertEquals(401, client.get("api/accounts/" + airbus + "/plan").statusCode());

        String edit = "{\"summary\":\"Changed after approval\",\"periodStart\":\"2026-07-01\","
                + "\"periodEnd\":\"2026-09-30\",\"version\":" + firstVersion.getJsonNumber("version").longValue() + "}";
        HttpResponse<String> refused = put("api/accounts/" + airbus + "/plan/versions/1", edit, "emma.kam");
        assertEquals("plan.version.notEditable", problem(refused, 422).getString("error"), refused.body());
        assertEquals(403, put("api/accounts/" + airbus + "/plan/versions/1", edit, "tom.team").statusCode());
        HttpResponse<String> invalid = put("api/accounts/" + airbus + "/plan/versions/1", "{\"summary\":\"x\"}",
                "emma.kam");
        assertEquals(400, invalid.statusCode(), invalid.body());
    }

    @Test
    @RunAsClient
    void thePagesAndDownloadsAreForTheirReadersAndTheQueueForTheDirector() throws Exception {
        long airbus = accountId(base, "Airbus Helicopters");
        String page = "plan/plan.xhtml?account=" + airbus;
        Browserless emma = signedIn(base, "emma.kam");
        HttpResponse<String> plan = emma.get(page);
        assertEquals(200, plan.statusCode());
        assertTrue(plan.body().contains("Key Account Plan") && plan.body().contains("H160"), plan.body());
        HttpResponse<String> first = emma.get(page + "&n=1");
        assertTrue(first.body().contains("Approved by david.kad") && !first.body().contains("id=\"plan:submit\""),
                "an approved version has no edit form");
        HttpResponse<String> pdf = emma.get("plan/export?account=" + airbus + "&n=1&format=pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF"));
        HttpResponse<String> docx = emma.get("plan/export?account=" + airbus + "&format=docx");
        assertEquals(200, docx.statusCode());
        assertTrue(docx.body().startsWith("PK"));
        assertEquals(200, emma.get("plan/print.xhtml?account=" + airbus + "&n=1").statusCode());
        assertEquals(200, emma.get("plan/compare.xhtml?account=" + airbus + "&a=1&b=2").statusCode());
        HttpResponse<String> team = emma.get("plan/team.xhtml?account=" + airbus);
        assertEquals(200, team.statusCode());
        assertTrue(team.body().contains("Joint engineering workshops") && team.body().contains("canvas")
                || team.body().contains("Joint engineering workshops") && team.body().contains("chart"), team.body());
        assertEquals(403, emma.get("plan/review.xhtml").statusCode());
        assertEquals(403, emma.get("plan/template.xhtml").statusCode());

        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> queue = david.get("plan/review.xhtml");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("Submitted plans waiting for your review"), queue.body());
        HttpResponse<String> template = david.get("plan/template.xhtml");
        assertEquals(200, template.statusCode());
        assertTrue(template.body().contains("Compliance required per segment"), template.body());

        Browserless lucas = signedIn(base, "lucas.kam");
        assertEquals(403, lucas.get(page).statusCode());
        assertEquals(403, lucas.get("plan/team.xhtml?account=" + airbus).statusCode());
        assertEquals(403, lucas.get("plan/export?account=" + airbus + "&format=pdf").statusCode());
        Browserless hana = signedIn(base, "hana.hr");
        assertEquals(403, hana.get(page).statusCode());
        assertEquals(403, hana.get("plan/index.xhtml").statusCode());
        assertEquals(403, hana.get("plan/export?account=" + airbus + "&format=pdf").statusCode());
        Browserless claire = signedIn(base, "claire.exec");
        // The plans page lists every key account, planned or not (the demo KAM has key accounts without a plan);
        // only their KAM is offered to start a plan.
        HttpResponse<String> mine = signedIn(base, "emma.kam").get("plan/index.xhtml");
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains("Safran Electronics") && mine.body().contains("Start the plan"), mine.body());
        HttpResponse<String> directors = david.get("plan/index.xhtml");
        assertTrue(directors.body().contains("Safran Electronics") && directors.body().contains("No plan yet"),
                directors.body());
        assertFalse(directors.body().contains("Start the plan"), "only the KAM starts a plan");
        assertFalse(lucas.get("plan/index.xhtml").body().contains("Safran Electronics"), "another KAM's account");
        HttpResponse<String> list = claire.get("plan/index.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Airbus Helicopters") && list.body().contains("You sponsor it"), list.body());
    }

    // ---- helpers ----

    private long accountWithStrategy(String name) throws Exception {
        return new SubmittablePlans(em, tx, asKam, tows, strategies, objectives, programmes).account(name, START);
    }

    private Objective strategicObjective(long account) throws Exception {
        return asKam.call(() -> strategies.workspace(account)).getObjectives().stream()
                .filter(o -> o.getLevel() == Objective.Level.STRATEGIC).findFirst().orElseThrow();
    }

    private List<Long> optionIds(long account) throws Exception {
        return asKam.call(() -> strategies.workspace(account)).getOptions().stream().map(TowsOption::getId).toList();
    }

    private FollowUpRow row(long account, String title) throws Exception {
        return asKam.call(() -> followUp.rows(account)).stream().filter(r -> r.getTitle().equals(title)).findFirst()
                .orElseThrow();
    }

    private static <T> BusinessRuleException refusal(Object runner, Callable<T> work) {
        return assertThrows(BusinessRuleException.class, () -> runAs(runner, work));
    }

    /** What {@code /metrics} shows as {@code kam_plan_submissions_total}. */
    private long submissions() {
        return metrics.getCounter(new MetricID("kam_plan_submissions_total")).getCount();
    }

    private HttpResponse<String> put(String path, String json, String user) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Authorization", "Basic " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
