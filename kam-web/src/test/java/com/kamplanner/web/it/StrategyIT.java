package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.assertHidden;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.strings;
import static com.kamplanner.web.it.ContainerTests.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LibreOffice;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.situation.Attitude;
import com.kamplanner.situation.CitableField;
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.SectionInput;
import com.kamplanner.situation.StakeholderInput;
import com.kamplanner.situation.StakeholderService;
import com.kamplanner.strategy.AccountCompliance;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.ActionProgrammeService;
import com.kamplanner.strategy.Citation;
import com.kamplanner.strategy.ComplianceIssue;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.Indicator;
import com.kamplanner.strategy.MatrixStanding;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.ObjectiveService;
import com.kamplanner.strategy.SituationPotential;
import com.kamplanner.strategy.StrategicOrientation.Direction;
import com.kamplanner.strategy.StrategicOrientation;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.StrategyCompliance;
import com.kamplanner.strategy.StrategyGrants;
import com.kamplanner.strategy.StrategyRules;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.TowsOption;
import com.kamplanner.strategy.TowsService;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.web.faces.BusinessErrors;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Strategy formulation in a real Payara Micro: the rules and rights of the services as each role (inside the
 * container), then the REST API, the pages and the PowerPoint export over HTTP with the demo strategies.
 */
@ExtendWith(ArquillianExtension.class)
class StrategyIT {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(StrategyIT.class);
    }

    @EJB
    StrategyService strategies;

    @EJB
    ObjectiveService objectives;

    @EJB
    ActionProgrammeService programmes;

    @EJB
    TowsService tows;

    @EJB
    StrategyGrants grants;

    @EJB
    StrategyCompliance compliance;

    @EJB
    KeyAccountDatabaseService database;

    @EJB
    StakeholderService stakeholders;

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

    // ---- inside the container ----

    @Test
    void theKamWalksEveryStepAndTheStrategyComesOutCompliant() throws Exception {
        long account = newAccount("Strategy Walk " + System.nanoTime(), Quadrant.STRATEGIC);
        SituationPotential strength = asKam.call(() -> tows.savePotential(account,
                new SituationPotential(SituationPotential.Kind.STRENGTH, "Unique test bench"), List.of(), Locale.ENGLISH));
        SituationPotential opportunity = asKam.call(() -> tows.savePotential(account,
                new SituationPotential(SituationPotential.Kind.OPPORTUNITY, "New plant in Lyon"), List.of(),
                Locale.ENGLISH));
        BusinessRuleException badPair = assertThrows(BusinessRuleException.class, () -> asKam.call(() ->
                tows.saveOption(account, new TowsOption(TowsOption.Type.WT, "Mismatch"),
                        List.of(strength.getId(), opportunity.getId()))));
        assertEquals(StrategyRules.PAIRING, badPair.messageKey());
        TowsOption option = asKam.call(() -> tows.saveOption(account, rated(new TowsOption(TowsOption.Type.SO,
                "Equip the Lyon plant with our bench")), List.of(strength.getId(), opportunity.getId())));
        asKam.call(() -> strategies.chooseOrientation(account, version(account),
                new StrategicOrientation(Direction.INVEST_FOR_GROWTH, "Grow with Lyon", null)));

        Objective untraced = new Objective(Objective.Level.STRATEGIC, "Win Lyon");
        assertEquals(StrategyRules.TOWS_REQUIRED, refusal(() -> objectives.saveObjective(account, untraced, null,
                List.of())).messageKey());
        Objective noTarget = measured(new Objective(Objective.Level.STRATEGIC, "Win Lyon"), null,
                LocalDate.of(2028, 12, 31));
        BusinessRuleException missingTarget = refusal(() -> objectives.saveObjective(account, noTarget, null,
                List.of(option.getId())));
        assertEquals(StrategyRules.INDICATOR_TARGET, missingTarget.messageKey());
        assertTrue(BusinessErrors.text(missingTarget, Locale.FRENCH).contains("doit avoir une cible"));
        Objective backwards = measured(new Objective(Objective.Level.STRATEGIC, "Win Lyon"), "30",
                START.minusDays(1));
        BusinessRuleException beforeStart = refusal(() -> objectives.saveObjective(account, backwards, null,
                List.of(option.getId())));
        assertEquals(StrategyRules.TARGET_BEFORE_START, beforeStart.messageKey());
        assertEquals("The target date 2026-02-28 is before the start date 2026-03-01.",
                BusinessErrors.text(beforeStart, Locale.ENGLISH));

        Objective strategic = asKam.call(() -> objectives.saveObjective(account, measured(new Objective(
                Objective.Level.STRATEGIC, "Win Lyon"), "30", LocalDate.of(2028, 12, 31)), null,
                List.of(option.getId())));
        assertEquals(StrategyRules.PARENT_REQUIRED, refusal(() -> objectives.saveObjective(account,
                measured(new Objective(Objective.Level.OPERATIONAL, "Pilot"), "1", LocalDate.of(2027, 1, 1)), null,
                List.of())).messageKey());
        Objective operational = asKam.call(() -> objectives.saveObjective(account, measured(new Objective(
                Objective.Level.OPERATIONAL, "Run a pilot"), "1", LocalDate.of(2027, 1, 1)), strategic.getId(),
                List.of()));

        ActionProgramme programme = asKam.call(() -> programmes.saveProgramme(account, new ActionProgramme("Lyon")));
        long tom = user(em, "tom.team").getId();
        ActionPlan late = plan("Pilot contract", ActionPlan.Kind.CONTRACTUAL);
        late.setDueDate(START.minusDays(10));
        assertEquals(StrategyRules.DUE_BEFORE_START, refusal(() -> programmes.savePlan(account, late,
                programme.getId(), operational.getId(), tom)).messageKey());
        assertEquals(ActionProgrammeService.OWNER_NOT_ON_TEAM, refusal(() -> programmes.savePlan(account,
                plan("Pilot contract", ActionPlan.Kind.CONTRACTUAL), programme.getId(), operational.getId(),
                user(em, "lucas.kam").getId())).messageKey());
        ActionPlan contract = asKam.call(() -> programmes.savePlan(account, plan("Pilot contract",
                ActionPlan.Kind.CONTRACTUAL), programme.getId(), operational.getId(), tom));
        asKam.call(() -> programmes.savePlan(account, plan("Plant visits", ActionPlan.Kind.RELATIONAL),
                programme.getId(), strategic.getId(), null));
        asKam.call(() -> strategies.saveVisionAndMission(account, version(account), "Lyon's partner",
                "Test every part"));
        asKam.call(() -> programmes.saveContingency(account, new Contingency("Lyon is delayed", "Move the pilot"),
                List.of(contract.getId())));

        Strategy saved = asKam.call(() -> strategies.workspace(account));
        assertEquals(List.of(), issues(asKam.call(() -> strategies.compliance(account))));
        assertEquals(2, saved.getObjectives().size());
        assertEquals(strategic.getId(), saved.childrenOf(saved.getRootObjectives().get(0)).get(0).getParent().getId());
        assertEquals(1, saved.getProgrammes().get(0).getRelationalCount());
        assertEquals("tom.team", saved.getPlans().stream().filter(p -> p.getKind() == ActionPlan.Kind.CONTRACTUAL)
                .findFirst().orElseThrow().getOwner().getUsername());
        assertEquals(List.of(contract.getId()), saved.getContingencies().get(0).getPlans().stream()
                .map(ActionPlan::getId).toList());
        assertEquals(Direction.INVEST_FOR_GROWTH, saved.getOrientation().getDirection());
    }

    @Test
    void anOrientationAgainstTheMatrixPostureNeedsAJustification() throws Exception {
        long account = newAccount("Strategy Posture " + System.nanoTime(), Quadrant.STREAMLINE);
        MatrixStanding standing = asKam.call(() -> strategies.standing(account));
        assertEquals(Quadrant.STREAMLINE, standing.getQuadrant(), "an unscored account: its segment");
        assertFalse(standing.isFromScores());
        BusinessRuleException refused = refusal(() -> strategies.chooseOrientation(account, 0,
                new StrategicOrientation(Direction.INVEST_FOR_GROWTH, "Grow anyway", " ")));
        assertEquals(StrategyRules.JUSTIFICATION_REQUIRED, refused.messageKey());
        assertTrue(BusinessErrors.text(refused, Locale.ENGLISH).contains("STREAMLINE"), BusinessErrors.text(refused,
                Locale.ENGLISH));
        asKam.call(() -> strategies.chooseOrientation(account, 0, new StrategicOrientation(Direction.INVEST_FOR_GROWTH,
                "Grow anyway", "The customer's new CEO makes us sole supplier")));
        Strategy saved = asKam.call(() -> strategies.workspace(account));
        assertEquals("The customer's new CEO makes us sole supplier", saved.getOrientation().getJustification());
        asKam.call(() -> strategies.chooseOrientation(account, saved.getVersion(), new StrategicOrientation(
                Direction.MANAGE_FOR_CASH, "Harvest", "ignored")));
        assertNull(asKam.call(() -> strategies.workspace(account)).getOrientation().getJustification(),
                "an orientation that follows the posture keeps no justification");
    }

    @Test
    void concurrentEditsGetTheOptimisticLockMessage() throws Exception {
        long account = newAccount("Strategy Stale " + System.nanoTime(), Quadrant.STAR);
        SituationPotential loaded = asKam.call(() -> tows.savePotential(account,
                new SituationPotential(SituationPotential.Kind.THREAT, "Price war"), List.of(), Locale.ENGLISH));
        loaded.setStatement("Price war in 2027");
        asKam.call(() -> tows.savePotential(account, loaded, List.of(), Locale.ENGLISH));
        loaded.setStatement("Someone else's older copy");
        StaleEditException stale = assertThrows(StaleEditException.class, () -> asKam.call(() ->
                tows.savePotential(account, loaded, List.of(), Locale.ENGLISH)));
        assertTrue(BusinessErrors.text(stale, Locale.ENGLISH).startsWith("Someone else saved this record"),
                BusinessErrors.text(stale, Locale.ENGLISH));
        long version = version(account);
        asKam.call(() -> strategies.saveVisionAndMission(account, version, "First", "First"));
        assertThrows(StaleEditException.class, () -> asKam.call(() -> strategies.saveVisionAndMission(account,
                version, "Second", "Second")));
        assertEquals("Price war in 2027", asKam.call(() -> strategies.workspace(account)).getPotentials().get(0)
                .getStatement());
        assertFalse(asKam.call(() -> strategies.workspace(account)).getOrientation().isChosen(),
                "a saved strategy without an orientation reads as none chosen");
        long before = version(account);
        assertTrue(issues(asKam.call(() -> strategies.compliance(account))).contains("STEP_EMPTY:ORIENTATION"));
        assertEquals(before, version(account), "reading the compliance issues changes nothing");
    }

    @Test
    void deletingAnObjectiveWithChildrenOrPlansAsksWhatToDoAndLeavesNoOrphan() throws Exception {
        long account = newAccount("Strategy Delete " + System.nanoTime(), Quadrant.STRATEGIC);
        SituationPotential s = asKam.call(() -> tows.savePotential(account,
                new SituationPotential(SituationPotential.Kind.STRENGTH, "S"), List.of(), Locale.ENGLISH));
        SituationPotential o = asKam.call(() -> tows.savePotential(account,
                new SituationPotential(SituationPotential.Kind.OPPORTUNITY, "O"), List.of(), Locale.ENGLISH));
        TowsOption option = asKam.call(() -> tows.saveOption(account, new TowsOption(TowsOption.Type.SO, "SO"),
                List.of(s.getId(), o.getId())));
        Objective first = asKam.call(() -> objectives.saveObjective(account, new Objective(Objective.Level.STRATEGIC,
                "First"), null, List.of(option.getId())));
        Objective second = asKam.call(() -> objectives.saveObjective(account, new Objective(
                Objective.Level.STRATEGIC, "Second"), null, List.of(option.getId())));
        Objective child = asKam.call(() -> objectives.saveObjective(account, new Objective(
                Objective.Level.OPERATIONAL, "Child"), first.getId(), List.of()));
        Objective grandchild = asKam.call(() -> objectives.saveObjective(account, new Objective(
                Objective.Level.SUPPORTING, "Grandchild"), child.getId(), List.of()));
        ActionProgramme programme = asKam.call(() -> programmes.saveProgramme(account, new ActionProgramme("P")));
        ActionPlan plan = asKam.call(() -> programmes.savePlan(account, plan("Serves first",
                ActionPlan.Kind.RELATIONAL), programme.getId(), first.getId(), null));

        BusinessRuleException asks = refusal(() -> {
            objectives.deleteObjective(account, first.getId(), first.getVersion(), null, null);
            return null;
        });
        assertEquals(ObjectiveService.HAS_DEPENDANTS, asks.messageKey());
        assertEquals("\"First\" has 1 objective(s) below it and 1 action plan(s) serving it: move them to another "
                + "objective of the same level, or delete them too.", BusinessErrors.text(asks, Locale.ENGLISH));
        assertEquals(ObjectiveService.MOVE_TARGET, refusal(() -> {
            objectives.deleteObjective(account, first.getId(), first.getVersion(), ObjectiveService.Dependants.MOVE,
                    child.getId());
            return null;
        }).messageKey());

        asKam.call(() -> {
            objectives.deleteObjective(account, first.getId(), first.getVersion(), ObjectiveService.Dependants.MOVE,
                    second.getId());
            return null;
        });
        Strategy moved = asKam.call(() -> strategies.workspace(account));
        assertEquals(List.of("Second", "Child", "Grandchild"), moved.getObjectives().stream()
                .map(Objective::getTitle).toList());
        assertEquals(second.getId(), moved.getObjectives().get(1).getParent().getId());
        assertEquals(second.getId(), moved.getPlans().get(0).getObjective().getId(), "the plan follows");

        Objective current = moved.getObjectives().get(0);
        asKam.call(() -> {
            objectives.deleteObjective(account, current.getId(), current.getVersion(),
                    ObjectiveService.Dependants.DELETE, null);
            return null;
        });
        Strategy emptied = asKam.call(() -> strategies.workspace(account));
        assertTrue(emptied.getObjectives().isEmpty(), "the whole branch went");
        assertTrue(emptied.getPlans().isEmpty(), "with the plans serving it");
        assertEquals(1, emptied.getProgrammes().size(), "the programme stays");
        assertNotNull(grandchild.getId());
        assertEquals(0L, count("select count(o) from Objective o where o.id = " + grandchild.getId()));
        assertEquals(0L, count("select count(p) from ActionPlan p where p.id = " + plan.getId()));
    }

    @Test
    void onlyTheKamAndGrantedTeamMembersWriteAndHrAndOtherKamsSeeNothing() throws Exception {
        long account = newAccount("Strategy Rights " + System.nanoTime(), Quadrant.STAR);
        SituationPotential mine = new SituationPotential(SituationPotential.Kind.STRENGTH, "Ours");
        asKam.call(() -> tows.savePotential(account, mine, List.of(), Locale.ENGLISH));

        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> strategies.workspace(account)));
        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> tows.savePotential(account,
                new SituationPotential(SituationPotential.Kind.WEAKNESS, "Theirs"), List.of(), Locale.ENGLISH)));
        assertDenied(() -> asHr.call(() -> strategies.workspace(account)));
        assertDenied(() -> asHr.call(() -> grants.grants(account)));

        assertEquals(1, asDirector.call(() -> strategies.workspace(account)).getPotentials().size());
        assertEquals(1, asExecutive.call(() -> strategies.workspace(account)).getPotentials().size());
        assertFalse(asDirector.call(() -> strategies.canWrite(account)));
        assertThrows(AccessDeniedException.class, () -> asDirector.call(() -> tows.savePotential(account,
                new SituationPotential(SituationPotential.Kind.WEAKNESS, "Director's"), List.of(), Locale.ENGLISH)));
        assertThrows(AccessDeniedException.class, () -> asExecutive.call(() -> strategies.saveVisionAndMission(
                account, version(account), "x", "y")));

        // A team member reads, and writes only once the KAM grants it.
        assertEquals(1, asTeamMember.call(() -> strategies.workspace(account)).getPotentials().size());
        assertThrows(AccessDeniedException.class, () -> asTeamMember.call(() -> tows.savePotential(account,
                new SituationPotential(SituationPotential.Kind.OPPORTUNITY, "Tom's"), List.of(), Locale.ENGLISH)));
        long tom = user(em, "tom.team").getId();
        assertThrows(AccessDeniedException.class, () -> asTeamMember.call(() -> {
            grants.grant(account, tom);
            return null;
        }), "a team member cannot grant themself");
        assertThrows(AccessDeniedException.class, () -> asDirector.call(() -> {
            grants.grant(account, tom);
            return null;
        }), "only the account's KAM grants");
        assertEquals(StrategyGrants.NOT_ON_TEAM, refusal(() -> {
            grants.grant(account, user(em, "nina.team").getId());
            return null;
        }).messageKey());
        asKam.call(() -> {
            grants.grant(account, tom);
            return null;
        });
        assertTrue(asTeamMember.call(() -> strategies.canWrite(account)));
        asTeamMember.call(() -> tows.savePotential(account, new SituationPotential(
                SituationPotential.Kind.OPPORTUNITY, "Tom's"), List.of(), Locale.ENGLISH));
        assertEquals(List.of("tom.team"), asKam.call(() -> grants.grants(account)).stream()
                .map(g -> g.getMember().getUsername()).toList());
        asKam.call(() -> {
            grants.revoke(account, tom);
            return null;
        });
        assertThrows(AccessDeniedException.class, () -> asTeamMember.call(() -> tows.savePotential(account,
                new SituationPotential(SituationPotential.Kind.THREAT, "Tom's again"), List.of(), Locale.ENGLISH)));
        assertEquals(2, asKam.call(() -> strategies.workspace(account)).getPotentials().size());
    }

    @Test
    void potentialsCiteTheKeyAccountDatabaseAndObjectivesNameACustomerPriority() throws Exception {
        long account = newAccount("Strategy Citations " + System.nanoTime(), Quadrant.STRATEGIC);
        asKam.call(() -> database.saveSection(account, DefaultDatabaseTemplate.CUSTOMER, -1, new SectionInput()
                .value("businessModel", "<p>Builds helicopters</p>")
                .row(DefaultDatabaseTemplate.STRATEGIC_PRIORITIES, Map.of(DefaultDatabaseTemplate.PRIORITY_COLUMN,
                        "Cut CO2 per flight hour by 30 %"))));
        long buyer = asKam.call(() -> stakeholders.save(account, new StakeholderInput().name("Claire Fontaine")
                .title("Head of procurement").decisionRole(DecisionRole.DECISION_MAKER).influence(9)
                .attitude(Attitude.NEUTRAL)).getId());

        List<Citation> citable = asKam.call(() -> strategies.citable(account, Locale.ENGLISH));
        Citation field = citable.stream().filter(c -> c.getSource() == Citation.Source.FIELD
                && "businessModel".equals(c.getFieldKey())).findFirst().orElseThrow(() -> new AssertionError(citable));
        assertEquals("/situation/database.xhtml?account=" + account + "#section-customer", field.getLink());
        Citation contact = citable.stream().filter(c -> c.getSource() == Citation.Source.STAKEHOLDER).findFirst()
                .orElseThrow();
        assertEquals("Claire Fontaine (Head of procurement)", contact.getLabel());
        assertEquals("STAKEHOLDER:" + buyer, contact.getKey());

        SituationPotential cited = asKam.call(() -> tows.savePotential(account, new SituationPotential(
                SituationPotential.Kind.OPPORTUNITY, "CO2 roadmap needs lighter parts"),
                List.of(field.getKey(), contact.getKey()), Locale.ENGLISH));
        assertEquals(List.of(field.getKey(), contact.getKey()), asKam.call(() -> strategies.workspace(account))
                .getPotentials().get(0).getCitations().stream().map(Citation::getKey).toList());
        assertNotNull(cited.getId());
        assertEquals(TowsService.UNKNOWN_CITATION, refusal(() -> tows.savePotential(account,
                new SituationPotential(SituationPotential.Kind.THREAT, "Forged"), List.of("FIELD:customer/nothing"),
                Locale.ENGLISH)).messageKey());
        assertTrue(asOtherKam.call(() -> {
            try {
                strategies.citable(account, Locale.ENGLISH);
                return false;
            } catch (AccessDeniedException expected) {
                return true;
            }
        }));

        SituationPotential strength = asKam.call(() -> tows.savePotential(account, new SituationPotential(
                SituationPotential.Kind.STRENGTH, "Composite know-how"), List.of(), Locale.ENGLISH));
        TowsOption option = asKam.call(() -> tows.saveOption(account, new TowsOption(TowsOption.Type.SO,
                "Lighter parts"), List.of(strength.getId(), cited.getId())));
        assertEquals(List.of("Cut CO2 per flight hour by 30 %"), asKam.call(() -> strategies.customerPriorities(
                account)));
        Objective helps = new Objective(Objective.Level.STRATEGIC, "Lighter rotor");
        helps.setCustomerPriority("Cut CO2 per flight hour by 30 %");
        asKam.call(() -> objectives.saveObjective(account, helps, null, List.of(option.getId())));
        assertEquals("Cut CO2 per flight hour by 30 %", asKam.call(() -> strategies.workspace(account))
                .getObjectives().get(0).getCustomerPriority());
        Objective invented = new Objective(Objective.Level.STRATEGIC, "Invented");
        invented.setCustomerPriority("World domination");
        assertEquals(ObjectiveService.UNKNOWN_PRIORITY, refusal(() -> objectives.saveObjective(account, invented,
                null, List.of(option.getId()))).messageKey());
    }

    @Test
    void theKaDirectorSeesComplianceIssuesPerAccountAndAKamCannot() throws Exception {
        String name = "Strategy Compliance " + System.nanoTime();
        long account = newAccount(name, Quadrant.STATUS);
        ActionProgramme programme = asKam.call(() -> programmes.saveProgramme(account, new ActionProgramme(
                "Only contracts")));
        asKam.call(() -> programmes.savePlan(account, plan("A contract", ActionPlan.Kind.CONTRACTUAL),
                programme.getId(), null, null));
        List<AccountCompliance> lines = asDirector.call(() -> compliance.page(name, 0, 10));
        assertEquals(1, lines.size());
        assertEquals(1L, (long) asDirector.call(() -> compliance.count(name)));
        List<String> issues = issues(lines.get(0).getIssues());
        assertTrue(issues.contains("PROGRAMME_ONE_KIND:Only contracts"), issues.toString());
        assertTrue(issues.contains("PLAN_WITHOUT_OBJECTIVE:A contract"), issues.toString());
        assertTrue(issues.contains("STEP_EMPTY:POTENTIALS"), issues.toString());
        assertEquals(1, asExecutive.call(() -> compliance.page(name, 0, 10)).size());
        assertDenied(() -> asKam.call(() -> compliance.page(name, 0, 10)));
    }

    // ---- over HTTP ----

    @Test
    @RunAsClient
    void theStrategyApiGivesTheDemoStrategyToReadersAnd403ToOthers() throws Exception {
        Browserless client = new Browserless(base);
        long airbus = accountId(base, "Airbus Helicopters");
        HttpResponse<String> emma = api(base, "emma.kam", "api/accounts/" + airbus + "/strategy");
        JsonObject strategy = ok(emma);
        assertEquals("Airbus Helicopters", strategy.getString("account"), emma.body());
        assertEquals("INVEST_FOR_GROWTH", strategy.getJsonObject("orientation").getString("direction"), emma.body());
        List<JsonObject> objectives = strategy.getJsonArray("objectives").getValuesAs(JsonObject.class);
        List<JsonObject> plans = strategy.getJsonArray("programmes").getValuesAs(JsonObject.class).stream()
                .flatMap(p -> p.getJsonArray("plans").getValuesAs(JsonObject.class).stream()).toList();
        assertTrue(strings(strategy.getJsonArray("objectives"), "level").contains("STRATEGIC"), emma.body());
        assertTrue(plans.stream().anyMatch(p -> "RELATIONAL".equals(p.getString("kind"))), emma.body());
        assertTrue(objectives.stream().map(o -> o.get("indicator")).filter(i -> i instanceof JsonObject)
                .anyMatch(i -> "2028-12-31".equals(((JsonObject) i).getString("targetDate", null))), emma.body());
        assertTrue(strings(strategy.getJsonArray("objectives"), "customerPriority")
                .contains("Cut direct operating costs of the fleet by 15 %"), emma.body());
        assertTrue(strategy.getJsonArray("potentials").getValuesAs(JsonObject.class).stream()
                .flatMap(p -> p.getJsonArray("citations").getValuesAs(JsonObject.class).stream())
                .anyMatch(c -> ("/situation/database.xhtml?account=" + airbus + "#section-customer")
                        .equals(c.getString("link", null))), "a citation links back to the Key Account Database");
        for (String reader : List.of("david.kad", "claire.exec", "tom.team")) {
            assertEquals(200, api(base, reader, "api/accounts/" + airbus + "/strategy").statusCode(), reader);
        }
        for (String outsider : List.of("lucas.kam", "hana.hr", "nina.team")) {
            HttpResponse<String> refused = api(base, outsider, "api/accounts/" + airbus + "/strategy");
            problem(refused, 403);
            assertFalse(refused.body().contains("Airbus"), "nothing of the strategy leaks");
        }
        assertEquals(401, client.get("api/accounts/" + airbus + "/strategy").statusCode());
        assertHidden(api(base, "david.kad", "api/accounts/987654321/strategy"));
    }

    @Test
    @RunAsClient
    void thePowerPointDeckHasOneSlidePerStepAndTheObjectiveTreeAndConvertsToPdf() throws Exception {
        Browserless client = new Browserless(base);
        long airbus = accountId(base, "Airbus Helicopters");
        HttpResponse<byte[]> deck = client.getBytesWithBasic("api/accounts/" + airbus + "/strategy/deck", "emma.kam",
                DEMO_PASSWORD, "fr");
        assertEquals(200, deck.statusCode());
        assertTrue(deck.headers().firstValue("Content-Disposition").orElse("")
                .contains("strategy-airbus-helicopters.pptx"));
        try (XMLSlideShow slides = new XMLSlideShow(new ByteArrayInputStream(deck.body()))) {
            List<XSLFSlide> all = slides.getSlides();
            assertEquals(8, all.size(), "a title, six steps and the objective tree");
            assertTrue(text(all.get(0)).contains("Airbus Helicopters"));
            assertTrue(text(all.get(1)).contains("Potentiels de situation") && text(all.get(1)).contains("Forces"),
                    "in the caller's language: " + text(all.get(1)));
            assertTrue(text(all.get(2)).contains("Co-develop the H160 blades"));
            assertTrue(text(all.get(5)).contains("rotor-systems partner"));
            XSLFTable tree = all.get(7).getShapes().stream().filter(s -> s instanceof XSLFTable)
                    .map(s -> (XSLFTable) s).findFirst().orElseThrow();
            assertEquals("Become the qualified second source for H160 blades", tree.getCell(1, 0).getText().trim());
            assertTrue(tree.getCell(2, 0).getText().startsWith("    └ "), "operational objectives are indented: "
                    + tree.getCell(2, 0).getText());
            assertTrue(tree.getRows().stream().anyMatch(r -> r.getCells().get(0).getText()
                    .startsWith("        └ Staff a dedicated")), "supporting objectives one step further");
        }
        if (LibreOffice.available()) {
            Path dir = Files.createTempDirectory(Path.of("target"), "strategy-deck");
            Path pdf = LibreOffice.convertToPdf(Files.write(dir.resolve("strategy.pptx"), deck.body()));
            assertTrue(LibreOffice.pdfText(pdf).contains("Airbus Helicopters"), "the PDF of the deck shows its title");
        }
        assertForbidden(client.getBytesWithBasic("api/accounts/" + airbus + "/strategy/deck", "lucas.kam",
                DEMO_PASSWORD, "en"));
    }

    @Test
    @RunAsClient
    void citationLinksLandOnTheirPlaceInTheKeyAccountDatabasePage() throws Exception {
        long airbus = accountId(base, "Airbus Helicopters");
        Browserless emma = signedIn(base, "emma.kam");
        String page = emma.get("situation/database.xhtml?account=" + airbus).body();
        for (String section : List.of(DefaultDatabaseTemplate.CUSTOMER, DefaultDatabaseTemplate.NEEDS,
                DefaultDatabaseTemplate.HISTORY, DefaultDatabaseTemplate.COMPETITION,
                KeyAccountDatabaseService.STAKEHOLDER_MAP)) {
            String link = CitableField.url(airbus, section);
            assertTrue(link.startsWith("/situation/database.xhtml?account=" + airbus + "#"), link);
            String anchor = link.substring(link.indexOf('#') + 1);
            assertTrue(page.contains("id=\"" + anchor + "\""), "the database page has the anchor of " + link);
        }
    }

    @Test
    @RunAsClient
    void thePagesFollowTheSameRights() throws Exception {
        long airbus = accountId(base, "Airbus Helicopters");
        Browserless emma = signedIn(base, "emma.kam");
        HttpResponse<String> workspace = emma.get("strategy/workspace.xhtml?account=" + airbus + "&step=2");
        assertEquals(200, workspace.statusCode());
        assertTrue(workspace.body().contains("Become the qualified second source for H160 blades")
                && workspace.body().contains("id=\"objectives:saveObjective\""), "the KAM edits the tree");
        for (int step = 0; step < 6; step++) {
            HttpResponse<String> page = emma.get("strategy/workspace.xhtml?account=" + airbus + "&step=" + step);
            assertEquals(200, page.statusCode(), "step " + step + ": " + page.body());
        }
        HttpResponse<String> vision = emma.get("strategy/workspace.xhtml?account=" + airbus + "&step=4");
        assertTrue(vision.body().contains("id=\"vision:saveVision\""), vision.body());
        assertTrue(emma.get("accounts/account.xhtml?id=" + airbus).body()
                .contains("strategy/workspace.xhtml?account=" + airbus), "the account page links to the workspace");
        assertEquals(403, emma.get("strategy/compliance.xhtml").statusCode());

        Browserless david = signedIn(base, "david.kad");
        for (int step = 0; step < 6; step++) {
            assertEquals(200, david.get("strategy/workspace.xhtml?account=" + airbus + "&step=" + step).statusCode(),
                    "step " + step);
        }
        HttpResponse<String> read = david.get("strategy/workspace.xhtml?account=" + airbus + "&step=4");
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("rotor-systems partner") && !read.body().contains("vision:saveVision"),
                "the KA Director reads without a save button");
        HttpResponse<String> overview = david.get("strategy/compliance.xhtml?name=Safran");
        assertEquals(200, overview.statusCode());
        assertTrue(overview.body().contains("Safran Electronics") && overview.body().contains("Win a first avionics "
                + "contract") && !overview.body().contains("Airbus Helicopters"), "the demo draft and its issues");

        Browserless lucas = signedIn(base, "lucas.kam");
        assertEquals(403, lucas.get("strategy/workspace.xhtml?account=" + airbus).statusCode());
        Browserless hana = signedIn(base, "hana.hr");
        assertEquals(403, hana.get("strategy/workspace.xhtml?account=" + airbus).statusCode());
        assertEquals(403, hana.get("strategy/compliance.xhtml").statusCode());
    }

    // ---- helpers ----

    /** A key account of emma.kam with tom.team on its KA team, in the given segment, unscored. */
    private long newAccount(String name, Quadrant segment) throws Exception {
        tx.begin();
        Account account = new Account(name, "Testing", "FR");
        account.setKam(user(em, "emma.kam"));
        account.setKeyAccount(true);
        account.setSegment(segment, false, null);
        em.persist(account);
        em.persist(new TeamMembership(account, user(em, "tom.team"), "Engineer"));
        tx.commit();
        return account.getId();
    }

    private long version(long account) throws Exception {
        return asKam.call(() -> strategies.workspace(account)).getVersion();
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private <T> BusinessRuleException refusal(java.util.concurrent.Callable<T> work) {
        return assertThrows(BusinessRuleException.class, () -> asKam.call(work));
    }

    private static TowsOption rated(TowsOption option) {
        option.setAttractiveness(5);
        option.setFeasibility(4);
        return option;
    }

    private static Objective measured(Objective objective, String target, LocalDate by) {
        objective.setStartDate(START);
        objective.setIndicator(new Indicator("Share of wallet", "%", new BigDecimal("10"),
                target == null ? null : new BigDecimal(target), by));
        return objective;
    }

    private static ActionPlan plan(String title, ActionPlan.Kind kind) {
        ActionPlan plan = new ActionPlan(title, kind);
        plan.setStartDate(START);
        plan.setDueDate(START.plusMonths(6));
        return plan;
    }

    private static String text(XSLFSlide slide) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                text.append(t.getText()).append('\n');
            } else if (shape instanceof XSLFTable table) {
                table.getRows().forEach(r -> r.getCells().forEach(c -> text.append(c.getText()).append('\n')));
            }
        }
        return text.toString();
    }

    /** Compliance issues as short strings, for readable assertions. */
    private static List<String> issues(List<ComplianceIssue> issues) {
        return issues.stream().map(i -> i.getCheck() + ":" + (i.getSubject() == null ? i.getStep()
                : i.getSubject())).toList();
    }
}
