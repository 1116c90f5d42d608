package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.assertHidden;
import static com.kamplanner.web.it.ContainerTests.businessError;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.okArray;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.runAs;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.strings;
import static com.kamplanner.web.it.ContainerTests.user;
import static com.kamplanner.web.it.ContainerTests.withField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.plan.AccountPlan;
import com.kamplanner.plan.ActionPlanItem;
import com.kamplanner.plan.FollowUpRow;
import com.kamplanner.plan.FollowUpService;
import com.kamplanner.plan.FollowUpStatus;
import com.kamplanner.plan.PlanComparison;
import com.kamplanner.plan.PlanContent;
import com.kamplanner.plan.PlanEvent;
import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.PlanRequirement;
import com.kamplanner.plan.PlanService;
import com.kamplanner.plan.PlanStanding;
import com.kamplanner.plan.PlanTemplateService;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.plan.TeamNews;
import com.kamplanner.plan.VersionStatus;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LibreOffice;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.situation.Attitude;
import com.kamplanner.situation.AttitudeChange;
import com.kamplanner.situation.CitableField;
import com.kamplanner.situation.CoverageGap;
import com.kamplanner.situation.CoverageGapKind;
import com.kamplanner.situation.InfluenceKind;
import com.kamplanner.situation.InfluenceLine;
import com.kamplanner.situation.Relationship;
import com.kamplanner.situation.RelationshipInput;
import com.kamplanner.situation.RelationshipMap;
import com.kamplanner.situation.RelationshipService;
import com.kamplanner.situation.RelationshipStrength;
import com.kamplanner.situation.DatabaseRequirement;
import com.kamplanner.situation.DatabaseView;
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.InvalidSectionException;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.RemovedValue;
import com.kamplanner.situation.RequirementService;
import com.kamplanner.situation.SectionChange;
import com.kamplanner.situation.SectionInput;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.situation.StakeholderInput;
import com.kamplanner.situation.StakeholderService;
import com.kamplanner.strategy.AccountCompliance;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.ActionProgrammeService;
import com.kamplanner.strategy.Citation;
import com.kamplanner.strategy.ComplianceIssue;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.selection.CustomerStrength;
import com.kamplanner.selection.ScoringService;
import com.kamplanner.situation.FieldProblem;
import com.kamplanner.strategy.EvidenceFlag;
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
import com.kamplanner.strategy.StrategyWriter;
import com.kamplanner.strategy.StrategyRules;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.StrategyStep;
import com.kamplanner.strategy.StrategyTemplate;
import com.kamplanner.strategy.StrategyTemplateEdit;
import com.kamplanner.strategy.StrategyTemplateService;
import com.kamplanner.strategy.StrategyTemplates;
import com.kamplanner.strategy.TowsOption;
import com.kamplanner.strategy.TowsService;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.template.DocumentKind;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.DraftEdit;
import com.kamplanner.template.FieldType;
import com.kamplanner.template.TemplateService;
import com.kamplanner.web.faces.BusinessErrors;
import com.kamplanner.web.i18n.Bundle;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import com.kamplanner.platform.Download;
import com.kamplanner.strategy.Citation;
import com.kamplanner.whitespace.BuyingCentre;
import com.kamplanner.whitespace.CatalogueService;
import com.kamplanner.whitespace.CellInput;
import com.kamplanner.whitespace.CellState;
import com.kamplanner.whitespace.OfferingCatalogue;
import com.kamplanner.whitespace.OpportunityStage;
import com.kamplanner.whitespace.WhitespaceCell;
import com.kamplanner.whitespace.WhitespaceExports;
import com.kamplanner.whitespace.WhitespaceRules;
import com.kamplanner.whitespace.WhitespaceService;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/**
 * A key account's three planning documents in one real Payara Micro with the demo company: the key account database
 * (situation), the strategy workspace and the key account plan with its review. Each section was its own class and
 * booted its own server; one class boots once for all of them (Arquillian 1.10 runs JUnit {@code @Nested} classes
 * outside the container, so the sections are plain methods). The sections share the server and its database, as
 * the separate classes already shared the database within a run.
 */
@ExtendWith(ArquillianExtension.class)
class AccountPlanningIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(AccountPlanningIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @EJB
    KeyAccountDatabaseService databases;

    @EJB
    StakeholderService stakeholders;

    @EJB
    RelationshipService relationships;

    @EJB
    TemplateService templates;

    @EJB
    RequirementService requirementService;

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

    @ArquillianResource
    URL base;

    @EJB
    StrategyService strategies;

    @EJB
    ScoringService scoring;

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
    PlanService plans;

    @EJB
    FollowUpService followUp;

    @EJB
    PlanOverview overview;

    @EJB
    PlanTemplateService planTemplates;

    @EJB
    StrategyTemplateService strategyTemplates;

    @EJB
    StrategyTemplates templatesInForce;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    // ======== The key account database (formerly SituationIT) ========
    // The Key Account Database in a real Payara Micro: saving sections (sanitised, validated, optimistic-locked,
    // with history), the read and write rules of the issue (KAM, team members with section grants, external
    // members, KA Director and executives, other KAMs and HR), the stakeholder map, moving to a new template
    // version, and the same rules over {@code GET /api/accounts/{id}/database} and the page.

    private static final String CUSTOMER = DefaultDatabaseTemplate.CUSTOMER;

    private static final String NEEDS = DefaultDatabaseTemplate.NEEDS;

    private static final String HISTORY = DefaultDatabaseTemplate.HISTORY;

    private final List<Long> created = new java.util.ArrayList<>();

    @Test
    void theKamSavesASectionSanitisedAndEveryChangeIsInTheHistory() throws Exception {
        long id = emmasAccount("History");
        long v1 = asKam.call(() -> databases.saveSection(id, CUSTOMER, -1, new SectionInput()
                .value("businessModel", "<p>Builds <b>satellites</b><script>alert('x')</script></p>")
                .row("strategicPriorities", Map.of("priority", "Lead the constellation market", "horizon", "2028"))
                .row("strategicPriorities", Map.of("priority", "Cut launch costs by 30 %"))));
        DatabaseView view = asKam.call(() -> databases.open(id));
        String stored = view.section(CUSTOMER).getValues().get("businessModel");
        assertTrue(stored.contains("<b>satellites</b>"), stored);
        assertFalse(stored.contains("script"), "a pasted script never reaches the database: " + stored);
        assertEquals(List.of("Lead the constellation market", "Cut launch costs by 30 %"),
                asKam.call(() -> databases.customerStrategicPriorities(id)));

        asKam.call(() -> databases.saveSection(id, CUSTOMER, v1, new SectionInput()
                .value("businessModel", "<p>Builds and operates satellites</p>")
                .row("strategicPriorities", Map.of("priority", "Lead the constellation market", "horizon", "2028"))
                .row("strategicPriorities", Map.of("priority", "Cut launch costs by 30 %"))));
        List<SectionChange> history = asKam.call(() -> databases.history(id, CUSTOMER, 0, 10));
        assertEquals(3, history.size(), "two fields on the first save, one on the second");
        SectionChange latest = history.get(0);
        assertEquals("businessModel", latest.getFieldKey());
        assertEquals("emma.kam", latest.getChangedBy());
        assertTrue(latest.getOldValue().contains("<b>satellites</b>"));
        assertEquals("<p>Builds and operates satellites</p>", latest.getNewValue());
        assertEquals(3L, asKam.call(() -> databases.historyCount(id, CUSTOMER)));

        List<CitableField> citable = asKam.call(() -> databases.citableFields(id));
        CitableField model = citable.stream().filter(f -> f.getFieldKey().equals("businessModel")).findFirst()
                .orElseThrow();
        assertEquals("/situation/database.xhtml?account=" + id + "#section-customer", model.getUrl());
        assertEquals("Modèle d’affaires", model.label(Locale.FRENCH));
        assertTrue(citable.stream().noneMatch(f -> f.getFieldKey().equals("markets")), "only filled fields");
        assertTrue(view.getCompleteness().section(CUSTOMER) >= 50);
    }

    @Test
    void theSecondOfTwoSavesOnTheSameVersionIsRefusedAndNothingIsLost() throws Exception {
        long id = emmasAccount("Conflict");
        long v1 = asKam.call(() -> databases.saveSection(id, HISTORY, -1,
                new SectionInput().value("relationshipSince", "2015-01-01")));
        asKam.call(() -> databases.saveSection(id, HISTORY, v1,
                new SectionInput().value("relationshipSince", "2016-02-02")));
        assertThrows(StaleEditException.class, () -> asKam.call(() -> databases.saveSection(id, HISTORY, v1,
                new SectionInput().value("relationshipSince", "2017-03-03"))));
        assertEquals("2016-02-02", asKam.call(() -> databases.open(id)).section(HISTORY).getValues()
                .get("relationshipSince"), "no lost update");
        assertThrows(StaleEditException.class, () -> asKam.call(() -> databases.saveSection(id, NEEDS, 7,
                new SectionInput())), "a first save must say it read an unsaved section");
    }

    @Test
    void badValuesAreRefusedWithAMessageOnEachFieldInTheUsersLanguage() throws Exception {
        long id = emmasAccount("Bad input");
        InvalidSectionException invalid = assertThrows(InvalidSectionException.class, () -> asKam.call(() ->
                databases.saveSection(id, HISTORY, -1, new SectionInput().value("relationshipSince", "1850-01-01")
                        .row("events", Map.of("date", "2024-02-01", "type", "MEETING")))));
        assertEquals(2, invalid.problems().size());
        assertEquals("relationshipSince", invalid.problems().get(0).getFieldKey());
        assertEquals("Saisissez une date entre 1900 et 2100.",
                Bundle.text(Locale.FRENCH, invalid.problems().get(0).getMessageKey()));
        assertEquals("Row 1: Description is required.", Bundle.text(Locale.ENGLISH,
                invalid.problems().get(1).getMessageKey(), 1, "Description"));
        InvalidSectionException number = assertThrows(InvalidSectionException.class, () -> asKam.call(() ->
                databases.saveSection(id, CUSTOMER, -1, new SectionInput().value("employees", "many"))));
        assertEquals("situation.value.number", number.problems().get(0).getMessageKey());
        assertEquals(-1, asKam.call(() -> databases.open(id)).section(HISTORY).getVersion(), "nothing saved");
    }

    @Test
    void teamMembersReadAndWriteOnlyTheSectionsTheKamGrantsThem() throws Exception {
        long id = emmasAccount("Grants");
        long tom = user(em, "tom.team").getId();
        assertThrows(AccessDeniedException.class, () -> asTeamMember.call(() ->
                databases.saveSection(id, NEEDS, -1, new SectionInput().value("expectations", "<p>x</p>"))));
        assertEquals(4, asTeamMember.call(() -> databases.open(id)).getSections().size(), "an internal member reads all");

        assertThrows(AccessDeniedException.class, () -> asTeamMember.call(() -> databases.grant(id, NEEDS, tom)),
                "only the KAM grants");
        asKam.call(() -> databases.grant(id, NEEDS, tom));
        asTeamMember.call(() -> databases.saveSection(id, NEEDS, -1,
                new SectionInput().value("expectations", "<p>Lower total cost of ownership</p>")));
        assertThrows(AccessDeniedException.class, () -> asTeamMember.call(() ->
                databases.saveSection(id, CUSTOMER, -1, new SectionInput().value("markets", "<p>x</p>"))));
        DatabaseView asSeenByTom = asTeamMember.call(() -> databases.open(id));
        assertTrue(asSeenByTom.section(NEEDS).isWritable());
        assertFalse(asSeenByTom.section(CUSTOMER).isWritable());
        assertEquals("tom.team", asKam.call(() -> databases.history(id, NEEDS, 0, 5)).get(0).getChangedBy());

        long lucas = user(em, "lucas.kam").getId();
        BusinessRuleException notOnTeam = assertThrows(BusinessRuleException.class, () -> asKam.call(() ->
                databases.grant(id, HISTORY, lucas)));
        assertEquals(KeyAccountDatabaseService.NOT_ON_TEAM, notOnTeam.messageKey());
        var grants = asKam.call(() -> databases.grants(id));
        asKam.call(() -> {
            databases.revoke(id, grants.get(0).getId());
            return null;
        });
        assertThrows(AccessDeniedException.class, () -> asTeamMember.call(() ->
                databases.saveSection(id, NEEDS, 1, new SectionInput())));
    }

    @Test
    void theDirectorAndExecutivesReadButOtherKamsAndHrGetNothing() throws Exception {
        long id = emmasAccount("Readers");
        asKam.call(() -> databases.saveSection(id, CUSTOMER, -1,
                new SectionInput().row("strategicPriorities", Map.of("priority", "Grow in Asia"))));
        assertEquals(4, asDirector.call(() -> databases.open(id)).getSections().size());
        assertEquals(List.of("Grow in Asia"), asExecutive.call(() -> databases.customerStrategicPriorities(id)));
        assertThrows(AccessDeniedException.class, () -> asDirector.call(() ->
                databases.saveSection(id, CUSTOMER, 1, new SectionInput())), "the KA Director reads only");
        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> databases.open(id)));
        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> databases.customerStrategicPriorities(id)));
        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> databases.stakeholders(id)));
        assertDenied(() -> asHr.call(() -> databases.open(id)));
        assertDenied(() -> asHr.call(() -> databases.citableFields(id)));
    }

    @Test
    void theStakeholderMapKeepsAReportingTreeAndFlagsWhoNeedsAttention() throws Exception {
        long id = emmasAccount("Stakeholders");
        long emma = user(em, "emma.kam").getId();
        Stakeholder ceo = asKam.call(() -> stakeholders.save(id, new StakeholderInput().name("Claudia Ceo")
                .title("CEO").decisionRole(DecisionRole.DECISION_MAKER).influence(9)
                .attitude(Attitude.OPPONENT).lastContact(LocalDate.now().minusMonths(8))));
        Stakeholder buyer = asKam.call(() -> stakeholders.save(id, new StakeholderInput().name("Bob Buyer")
                .decisionRole(DecisionRole.GATEKEEPER).influence(5).attitude(Attitude.SUPPORTER)
                .reportsToId(ceo.getId()).relationshipOwnerId(emma).lastContact(LocalDate.now())));
        List<Stakeholder> map = asKam.call(() -> databases.stakeholders(id));
        assertEquals(List.of("Bob Buyer", "Claudia Ceo"), map.stream().map(Stakeholder::getName).toList());
        Stakeholder bob = map.get(0);
        assertEquals(ceo.getId(), bob.getReportsTo().getId());
        assertEquals("emma.kam", bob.getRelationshipOwner().getUsername());
        assertTrue(map.get(1).isInfluentialOpponent());
        assertTrue(map.get(1).notMetFor(6, LocalDate.now()));
        assertFalse(bob.isInfluentialOpponent());
        assertFalse(bob.notMetFor(6, LocalDate.now()));

        StakeholderInput loop = StakeholderInput.of(ceo).reportsToId(buyer.getId());
        BusinessRuleException cycle = assertThrows(BusinessRuleException.class, () ->
                asKam.call(() -> stakeholders.save(id, loop)));
        assertEquals(StakeholderService.CYCLE, cycle.messageKey());
        assertThrows(AccessDeniedException.class, () -> asTeamMember.call(() -> stakeholders.save(id,
                new StakeholderInput().name("Not granted"))));
        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> {
            stakeholders.remove(id, ceo.getId());
            return null;
        }));
        asKam.call(() -> {
            stakeholders.remove(id, ceo.getId());
            return null;
        });
        assertEquals(null, asKam.call(() -> databases.stakeholders(id)).get(0).getReportsTo());
    }

    @Test
    void movingToANewTemplateVersionKeepsValuesAndListsThoseOfRemovedFields() throws Exception {
        long id = emmasAccount("Migration");
        asKam.call(() -> databases.saveSection(id, CUSTOMER, -1, new SectionInput()
                .value("businessModel", "<p>Satellites</p>").value("environment", "<p>Space law changes</p>")));
        DocumentTemplate active = asDirector.call(() -> templates.activeFor(DocumentKind.KEY_ACCOUNT_DATABASE, null))
                .orElseThrow();
        DocumentTemplate leaner = asDirector.call(() -> templates.newDraft(active.getId(), "Leaner " + id));
        tx.begin();
        DocumentTemplate managed = em.find(DocumentTemplate.class, leaner.getId());
        managed.section(CUSTOMER).orElseThrow().remove("environment");
        managed.archive();
        tx.commit();
        BusinessRuleException kamCannot = assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() ->
                databases.moveToTemplate(id, leaner.getId())));
        assertEquals(AccessDeniedException.KEY, kamCannot.messageKey());

        List<RemovedValue> removed = asKam.call(() -> databases.moveToTemplate(id, leaner.getId()));
        assertEquals(1, removed.size());
        assertEquals("environment", removed.get(0).getFieldKey());
        DatabaseView view = asKam.call(() -> databases.open(id));
        assertEquals(leaner.getNumber(), view.getTemplate().getNumber());
        assertEquals("<p>Satellites</p>", view.section(CUSTOMER).getValues().get("businessModel"), "kept");
        assertEquals("Space law changes", view.getRemovedValues().get(0).getPlainValue(), "listed, not dropped");
    }

    @Test
    void theDirectorAdaptsADraftAndActivatesItForOneSegment() throws Exception {
        DocumentTemplate active = asDirector.call(() -> templates.activeFor(DocumentKind.KEY_ACCOUNT_DATABASE, null))
                .orElseThrow();
        DocumentTemplate draft = asDirector.call(() -> templates.newDraft(active.getId(), "Streamline light"));
        assertEquals(LifecycleStatus.DRAFT, draft.getStatus());
        DraftEdit edit = DraftEdit.of(draft);
        edit.setSegment(Quadrant.STREAMLINE);
        edit.getFields().stream().filter(f -> f.getFieldKey().equals("environment")).findFirst().orElseThrow()
                .setRemoved(true);
        edit.getFields().add(DraftEdit.FieldEdit.added(CUSTOMER, "esg", FieldType.RICH_TEXT, "ESG commitments",
                "Engagements RSE", true));
        DocumentTemplate saved = asDirector.call(() -> templates.saveDraft(draft.getId(), draft.getVersion(), edit));
        assertThrows(StaleEditException.class, () -> asDirector.call(() ->
                templates.saveDraft(draft.getId(), draft.getVersion(), edit)), "a second save on the old version");
        assertThrows(BusinessRuleException.class, () -> asDirector.call(() -> templates.saveDraft(draft.getId(),
                saved.getVersion(), addedTwice(saved))));
        DocumentTemplate activated = asDirector.call(() -> templates.activate(saved.getId(), saved.getVersion()));
        assertEquals(LifecycleStatus.ACTIVE, activated.getStatus());
        assertEquals(activated.getId(), asDirector.call(() ->
                templates.activeFor(DocumentKind.KEY_ACCOUNT_DATABASE, Quadrant.STREAMLINE)).orElseThrow().getId());
        assertEquals(active.getId(), asDirector.call(() ->
                templates.activeFor(DocumentKind.KEY_ACCOUNT_DATABASE, Quadrant.STAR)).orElseThrow().getId(),
                "the version for all segments stays active for the others");
        assertThrows(BusinessRuleException.class, () -> asDirector.call(() ->
                templates.activate(saved.getId(), activated.getVersion())), "only a draft is activated");

        long older = emmasAccount("Older version");
        asKam.call(() -> databases.saveSection(older, CUSTOMER, -1, new SectionInput().value("employees", "12")));
        segment(older, Quadrant.STREAMLINE);
        Browserless emmasBrowser = signedIn(base, "emma.kam");
        assertTrue(emmasBrowser.get("situation/database.xhtml?account=" + older).body().contains("templateMove:move"),
                "the KAM is offered the version now active for the segment");
        assertEquals(active.getNumber(), asKam.call(() -> databases.open(older)).getTemplate().getNumber(),
                "until then the database keeps its version");

        long id = emmasAccount("Streamline");
        segment(id, Quadrant.STREAMLINE);
        DatabaseView view = asKam.call(() -> databases.open(id));
        assertEquals(activated.getNumber(), view.getTemplate().getNumber());
        assertTrue(view.getTemplate().field(CUSTOMER, "esg").isPresent());
        assertTrue(view.getTemplate().field(CUSTOMER, "environment").isEmpty());
        assertDenied(() -> asKam.call(() -> templates.versions(DocumentKind.KEY_ACCOUNT_DATABASE)));
        assertDenied(() -> asKam.call(() -> templates.newDraft(active.getId(), "mine")));
    }

    @Test
    void theSegmentsRequiredLevelAndReviewPeriodShowInCompletenessAndStaleFlags() throws Exception {
        long id = emmasAccount("Required level");
        segment(id, Quadrant.STAR);
        DatabaseRequirement star = asDirector.call(() -> requirementService.requirements()).stream()
                .filter(r -> r.getSegment() == Quadrant.STAR).findFirst().orElseThrow();
        asDirector.call(() -> requirementService.save(Quadrant.STAR, star.getVersion(), 80,
                Set.of("competition.competitiveSummary")));
        assertThrows(StaleEditException.class, () -> asDirector.call(() ->
                requirementService.save(Quadrant.STAR, star.getVersion(), 70, Set.of())));
        assertDenied(() -> asKam.call(() -> requirementService.save(Quadrant.STAR, 1, 0, Set.of())));

        asKam.call(() -> databases.saveSection(id, DefaultDatabaseTemplate.COMPETITION, -1, new SectionInput()
                .row("competitors", Map.of("competitor", "Airbus Defence"))));
        DatabaseView view = asKam.call(() -> databases.open(id));
        assertEquals(80, view.getCompleteness().getMinimum());
        assertTrue(view.getCompleteness().isBelowMinimum());
        assertEquals(50, view.section(DefaultDatabaseTemplate.COMPETITION).getCompleteness(),
                "the segment's extra mandatory field counts");
        assertFalse(view.section(DefaultDatabaseTemplate.COMPETITION).isStale());

        int months = view.getReviewMonths();
        assertTrue(months > 0, "the segment has a review period");
        tx.begin();
        em.createNativeQuery("update database_section set updated_at = ?1 where section_key = 'competition' and "
                        + "database_id = (select id from ka_database where account_id = ?2)")
                .setParameter(1, java.sql.Timestamp.from(java.time.Instant.now().minus(
                        java.time.Duration.ofDays(31L * months + 5))))
                .setParameter(2, id).executeUpdate();
        tx.commit();
        assertTrue(asKam.call(() -> databases.open(id)).section(DefaultDatabaseTemplate.COMPETITION).isStale(),
                "not updated within the segment's review period");
        asDirector.call(() -> requirementService.save(Quadrant.STAR,
                asDirector.call(() -> requirementService.requirements()).stream()
                        .filter(r -> r.getSegment() == Quadrant.STAR).findFirst().orElseThrow().getVersion(),
                0, Set.of()));
    }

    @Test
    void theApiGivesTheFilledTemplateAsJsonUnderTheSameRules() throws Exception {
        long id = emmasAccount("Api");
        long paul = user(em, "paul.partner").getId();
        asKam.call(() -> databases.saveSection(id, CUSTOMER, -1, new SectionInput()
                .value("markets", "<p>Europe &amp; Asia</p>").row("strategicPriorities", Map.of("priority", "Asia"))));
        asKam.call(() -> databases.grant(id, HISTORY, paul));
        Browserless http = new Browserless(base);
        String path = "api/accounts/" + id + "/database";

        HttpResponse<String> emma = api(base, "emma.kam", path);
        JsonArray sections = ok(emma).getJsonArray("sections");
        JsonObject priorities = withField(withField(sections, "key", "customer").getJsonArray("fields"), "key",
                "strategicPriorities");
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("priority", "Asia")).build(),
                priorities.getJsonArray("rows"), emma.body());
        assertEquals("1. The customer and its strategy", withField(sections, "key", "customer").getString("label"),
                emma.body());

        HttpResponse<String> partner = api(base, "paul.partner", path);
        List<String> granted = strings(ok(partner).getJsonArray("sections"), "key");
        assertTrue(granted.contains("history"), "the granted section: " + partner.body());
        assertFalse(granted.contains("customer"), "an external member sees only what is granted");
        assertFalse(partner.body().contains("Asia"));

        assertForbidden(api(base, "lucas.kam", path));
        assertForbidden(api(base, "hana.hr", path));
        assertEquals(401, http.get(path).statusCode());
        assertEquals(200, api(base, "david.kad", path).statusCode());
        assertEquals(403, api(base, "lucas.kam", "api/accounts/" + id).statusCode(),
                "the database resource does not shadow the account resource");
        assertEquals(200, api(base, "emma.kam", "api/accounts/" + id).statusCode());

        HttpResponse<String> docx = http.getWithBasic(path + "/docx", "emma.kam", DEMO_PASSWORD);
        assertEquals(200, docx.statusCode());
        assertTrue(docx.body().startsWith("PK"), "a DOCX is a zip");
        assertEquals(403, http.getWithBasic(path + "/xlsx", "lucas.kam", DEMO_PASSWORD).statusCode());
    }

    @Test
    void thePageShowsTheDatabaseToItsReadersAndIsForbiddenToOthers() throws Exception {
        long id = emmasAccount("Page");
        asKam.call(() -> databases.saveSection(id, CUSTOMER, -1,
                new SectionInput().row("strategicPriorities", Map.of("priority", "Win the tender"))));
        String page = "situation/database.xhtml?account=" + id;
        Browserless emma = signedIn(base, "emma.kam");
        HttpResponse<String> html = emma.get(page);
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("id=\"section-customer\""));
        assertTrue(html.body().contains("Win the tender"));
        assertTrue(html.body().contains("id=\"grants\""), "the KAM grants sections");
        assertTrue(emma.get("accounts/account.xhtml?id=" + id).body().contains("situation/database.xhtml?account=" + id),
                "the account page links to its database");

        Browserless lucas = signedIn(base, "lucas.kam");
        assertEquals(403, lucas.get(page).statusCode());
        Browserless hana = signedIn(base, "hana.hr");
        assertEquals(403, hana.get(page).statusCode());
        Browserless tom = signedIn(base, "tom.team");
        HttpResponse<String> tomsView = tom.get(page);
        assertEquals(200, tomsView.statusCode());
        assertFalse(tomsView.body().contains("id=\"grants\""), "only the KAM grants");
        assertEquals(403, tom.get("situation/templates.xhtml").statusCode(), "templates are the KA Director's");
        assertEquals(403, emma.get("situation/templates.xhtml").statusCode());
        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> templatesPage = david.get("situation/templates.xhtml");
        assertEquals(200, templatesPage.statusCode());
        assertTrue(templatesPage.body().contains("Key Account Database"), "the versions are listed");
        assertTrue(templatesPage.body().contains("levels:levelList"), "the required level per segment");
        HttpResponse<String> davidsView = david.get(page);
        assertEquals(200, davidsView.statusCode(), "the KA Director reads every database");
        assertFalse(davidsView.body().contains("data-save="), "but writes none");
    }

    // ---- relationship coverage (issue 20, part 1) ----

    @Test
    void theKamAndGrantedMembersMapWhoKnowsWhomAndTheGapsFollow() throws Exception {
        long id = emmasAccount("Coverage");
        long emma = user(em, "emma.kam").getId();
        long tom = user(em, "tom.team").getId();
        long hugo = user(em, "hugo.kam").getId();
        Stakeholder cfo = asKam.call(() -> stakeholders.save(id, new StakeholderInput().name("Carla Cfo")
                .decisionRole(DecisionRole.DECISION_MAKER).influence(8).attitude(Attitude.NEUTRAL)));
        Stakeholder user = asKam.call(() -> stakeholders.save(id, new StakeholderInput().name("Ulrich User")
                .decisionRole(DecisionRole.USER).influence(3)));
        assertEquals(List.of(new CoverageGap(cfo.getId(), CoverageGapKind.NO_RELATIONSHIP)),
                asKam.call(() -> relationships.map(id)).getGaps());

        Relationship emmas = asKam.call(() -> relationships.save(id, RelationshipInput.of(cfo.getId(), emma,
                RelationshipStrength.TRUSTED, LocalDate.now())));
        assertEquals(List.of(new CoverageGap(cfo.getId(), CoverageGapKind.SINGLE_OWNER)),
                asKam.call(() -> relationships.map(id)).getGaps());
        assertThrows(AccessDeniedException.class, () -> asTeamMember.call(() -> relationships.save(id,
                RelationshipInput.of(cfo.getId(), tom, RelationshipStrength.REGULAR, null))), "not granted the map");
        asKam.call(() -> databases.grant(id, KeyAccountDatabaseService.STAKEHOLDER_MAP, tom));
        asTeamMember.call(() -> relationships.save(id, RelationshipInput.of(cfo.getId(), tom,
                RelationshipStrength.REGULAR, LocalDate.now())));
        RelationshipMap map = asDirector.call(() -> relationships.map(id));
        assertEquals(List.of(), map.getGaps(), "two strong relationships close the decision maker's gap");
        assertEquals(RelationshipStrength.REGULAR, map.cell(cfo.getId(), tom).getStrength());
        assertFalse(map.isWritable(), "the KA Director reads only");
        assertTrue(map.getPeople().stream().anyMatch(u -> u.getId() == tom));

        BusinessRuleException notOurs = assertThrows(BusinessRuleException.class, () -> asKam.call(() ->
                relationships.save(id, RelationshipInput.of(user.getId(), hugo, RelationshipStrength.REGULAR, null))));
        assertEquals(RelationshipService.NOT_OUR_PERSON, notOurs.messageKey());
        RelationshipInput stale = RelationshipInput.of(emmas);
        stale.setStrength(RelationshipStrength.ACQUAINTED);
        RelationshipInput first = RelationshipInput.of(emmas);
        first.setStrength(RelationshipStrength.REGULAR);
        asKam.call(() -> relationships.save(id, first));
        assertThrows(StaleEditException.class, () -> asKam.call(() -> relationships.save(id, stale)),
                "the second of two edits on the same version is refused");
        assertThrows(StaleEditException.class, () -> asKam.call(() -> relationships.save(id,
                RelationshipInput.of(cfo.getId(), emma, RelationshipStrength.NONE, null))),
                "adding a pair someone added since is a stale edit too");
        assertEquals(RelationshipStrength.REGULAR, asKam.call(() -> relationships.map(id)).cell(cfo.getId(), emma)
                .getStrength(), "nothing lost");

        asKam.call(() -> relationships.draw(id, user.getId(), cfo.getId(), InfluenceKind.ALLY));
        BusinessRuleException self = assertThrows(BusinessRuleException.class, () -> asKam.call(() ->
                relationships.draw(id, cfo.getId(), cfo.getId(), InfluenceKind.INFLUENCES)));
        assertEquals(RelationshipService.SELF_LINE, self.messageKey());
        asKam.call(() -> stakeholders.save(id, StakeholderInput.of(cfo)
                .attitude(Attitude.SUPPORTER)));
        RelationshipMap after = asExecutive.call(() -> relationships.map(id));
        assertEquals(List.of(InfluenceKind.ALLY), after.getLines().stream().map(InfluenceLine::getKind).toList());
        assertEquals(List.of(Attitude.SUPPORTER, Attitude.NEUTRAL), after.historyOf(cfo.getId()).stream()
                .map(AttitudeChange::getAttitude).toList(), "the attitude history, newest first");
        assertEquals(Attitude.NEUTRAL, after.historyOf(cfo.getId()).get(0).getPrevious());
    }

    @Test
    void relationshipCoverageIsForbiddenToOtherKamsHrAndAnotherAccountsIds() throws Exception {
        long id = emmasAccount("CoverageRights");
        long other = emmasAccount("CoverageOther");
        long emma = user(em, "emma.kam").getId();
        Stakeholder contact = asKam.call(() -> stakeholders.save(id, new StakeholderInput().name("Dora Decider")
                .decisionRole(DecisionRole.DECISION_MAKER).influence(9)));
        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> relationships.map(id)));
        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> relationships.save(id,
                RelationshipInput.of(contact.getId(), emma, RelationshipStrength.TRUSTED, null))));
        assertDenied(() -> asHr.call(() -> relationships.map(id)));
        assertThrows(com.kamplanner.platform.NotFoundException.class, () -> asKam.call(() -> relationships.save(other,
                RelationshipInput.of(contact.getId(), emma, RelationshipStrength.TRUSTED, null))),
                "a contact of another account under this account's id");
        assertThrows(com.kamplanner.platform.NotFoundException.class, () -> asKam.call(() -> relationships.draw(other,
                contact.getId(), contact.getId() + 1, InfluenceKind.INFLUENCES)));
        Relationship saved = asKam.call(() -> relationships.save(id, RelationshipInput.of(contact.getId(), emma,
                RelationshipStrength.TRUSTED, null)));
        assertThrows(com.kamplanner.platform.NotFoundException.class, () -> asKam.call(() -> {
            relationships.remove(other, saved.getId());
            return null;
        }));
        assertDenied(() -> asExecutive.call(() -> {
            relationships.remove(id, saved.getId());
            return null;
        }));
    }

    @Test
    @RunAsClient
    void theCoverageViewIsASheetOfTheDatabasesExcelCompanionThatOfficeSoftwareOpens() throws Exception {
        long id = accountId(base, "Airbus Helicopters");
        HttpResponse<byte[]> xlsx = new Browserless(base).getBytesWithBasic("api/accounts/" + id + "/database/xlsx",
                "emma.kam", DEMO_PASSWORD, "en");
        assertEquals(200, xlsx.statusCode());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Sheet coverage = book.getSheet("Relationship coverage");
            assertNotNull(coverage, "the coverage sheet in the Database's Excel companion");
            List<String> header = new java.util.ArrayList<>();
            coverage.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(List.of("Name", "Decision role", "Influence", "Emma Laurent", "Paul Schneider (partner)",
                    "Tom Bernard", "Claire Dumont", "Coverage gaps"), header,
                    "the KAM, the KA team and the executive sponsor, then the gaps");
            org.apache.poi.ss.usermodel.Row vidal = null;
            for (org.apache.poi.ss.usermodel.Row row : coverage) {
                if ("Claire Vidal".equals(row.getCell(0).getStringCellValue())) {
                    vidal = row;
                }
            }
            assertNotNull(vidal, "the demo's procurement chief");
            assertEquals("Decision maker", vidal.getCell(1).getStringCellValue());
            assertTrue(vidal.getCell(3).getStringCellValue().startsWith("Trusted ("), "Emma's relationship and date");
            assertEquals("None", vidal.getCell(5).getStringCellValue(), "Tom's, of strength none");
            assertEquals("Single owner", vidal.getCell(7).getStringCellValue());
        }
        if (LibreOffice.available()) {
            Path dir = Files.createTempDirectory(Path.of("target"), "coverage");
            Path pdf = LibreOffice.convertToPdf(Files.write(dir.resolve("coverage.xlsx"), xlsx.body()));
            assertTrue(LibreOffice.pdfText(pdf).contains("Claire Vidal"), "office software opens the workbook");
        }
    }

    @Test
    void theRelationshipApiAnswersTheIssuesShapeUnderTheMapsRights() throws Exception {
        long id = emmasAccount("CoverageApi");
        long emma = user(em, "emma.kam").getId();
        long paul = user(em, "paul.partner").getId();
        tx.begin();
        em.find(Account.class, id).setKeyAccount(true);
        tx.commit();
        String accountPage = "accounts/account.xhtml?id=" + id;
        assertTrue(signedIn(base, "emma.kam").get(accountPage).body()
                        .contains("No decision maker or influential stakeholder recorded yet"),
                "an empty map is not reported as a map without gaps");
        Stakeholder boss = asKam.call(() -> stakeholders.save(id, new StakeholderInput().name("Bea Boss")
                .decisionRole(DecisionRole.DECISION_MAKER).influence(9).attitude(Attitude.SUPPORTER)));
        Stakeholder aide = asKam.call(() -> stakeholders.save(id, new StakeholderInput().name("Abel Aide")
                .decisionRole(DecisionRole.INFLUENCER).influence(4)));
        LocalDate met = LocalDate.now().minusDays(3);
        asKam.call(() -> relationships.save(id, RelationshipInput.of(boss.getId(), emma,
                RelationshipStrength.TRUSTED, met)));
        asKam.call(() -> relationships.draw(id, aide.getId(), boss.getId(), InfluenceKind.INFLUENCES));
        String path = "api/accounts/" + id + "/relationships";

        JsonObject body = ok(api(base, "emma.kam", path));
        assertEquals(Set.of("stakeholders", "relationships", "influenceLines", "gaps"), body.keySet());
        JsonObject bea = withField(body.getJsonArray("stakeholders"), "name", "Bea Boss");
        assertEquals(Json.createObjectBuilder().add("id", boss.getId()).add("name", "Bea Boss")
                .add("role", "DECISION_MAKER").add("influence", 9).add("attitude", "SUPPORTER").build(), bea);
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("stakeholderId", boss.getId())
                .add("userId", emma).add("strength", "TRUSTED").add("lastContact", met.toString())).build(),
                body.getJsonArray("relationships"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("fromId", aide.getId())
                .add("toId", boss.getId()).add("kind", "INFLUENCES")).build(), body.getJsonArray("influenceLines"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("stakeholderId", boss.getId())
                .add("kind", "SINGLE_OWNER")).build(), body.getJsonArray("gaps"));

        assertEquals(200, api(base, "david.kad", path).statusCode());
        assertEquals(200, api(base, "claire.exec", path).statusCode());
        assertEquals(200, api(base, "tom.team", path).statusCode(), "an internal team member reads the map");
        assertForbidden(api(base, "paul.partner", path));
        assertForbidden(api(base, "lucas.kam", path));
        assertForbidden(api(base, "hana.hr", path));
        assertForbidden(api(base, "emma.kam", "api/accounts/" + accountId(base, "Siemens Healthineers") + "/relationships"));
        assertEquals(401, new Browserless(base).get(path).statusCode());
        assertEquals(405, new Browserless(base).postJsonWithBasic(path, "{}", "emma.kam", DEMO_PASSWORD).statusCode(),
                "read-only: edits go through the pages");
        asKam.call(() -> databases.grant(id, KeyAccountDatabaseService.STAKEHOLDER_MAP, paul));
        assertEquals(200, api(base, "paul.partner", path).statusCode(), "granted the map, the partner reads it");

        String page = "situation/database.xhtml?account=" + id;
        HttpResponse<String> emmasPage = signedIn(base, "emma.kam").get(page);
        assertTrue(emmasPage.body().contains("id=\"section-coverage\""), "the coverage view on the Database page");
        assertTrue(emmasPage.body().contains("Single owner"), "gaps by their label");
        assertTrue(emmasPage.body().contains("data-gaps=\"1\""), "the completeness item counts them");
        assertTrue(signedIn(base, "emma.kam").get(accountPage).body().contains("1 stakeholder with a gap"),
                "the account page counts the gaps once someone it watches is on the map");
        assertEquals(403, signedIn(base, "lucas.kam").get(page).statusCode());
    }

    // ======== The whitespace map (issue 20, part 2) ========
    // Rights as for the Key Account Database (the KAM and granted team members edit, the KA Director and executives
    // read, other KAMs and HR never), the optimistic lock of a cell, the citation of an open cell in the strategy,
    // and the same rules over the pages and both API endpoints.

    @EJB
    WhitespaceService whitespace;

    @EJB
    CatalogueService catalogue;

    @Test
    void theKamAndGrantedMembersEditTheWhitespaceMapWhileReadersOnlyReadAndOthersGetNothing() throws Exception {
        long id = emmasAccount("Whitespace");
        euros(id);
        String code = anActiveOffering();
        long tom = user(em, "tom.team").getId();
        BuyingCentre site = asKam.call(() -> whitespace.addCentre(id, "Marignane"));
        WhitespaceCell cell = asKam.call(() -> whitespace.saveCell(id, site.getId(), code, open("250000")));
        assertEquals(CellState.OPEN, asDirector.call(() -> whitespace.open(id)).state(site.getId(), code));
        assertEquals(0, new BigDecimal("250000").compareTo(
                asExecutive.call(() -> whitespace.open(id)).getTotals().getOverall().open()));
        assertFalse(asDirector.call(() -> whitespace.open(id)).isWritable(), "the KA Director reads only");
        assertDenied(() -> asDirector.call(() -> whitespace.saveCell(id, site.getId(), code, supplied(cell))));
        assertDenied(() -> asExecutive.call(() -> whitespace.addCentre(id, "Elsewhere")));
        assertFalse(asTeamMember.call(() -> whitespace.open(id)).isWritable(), "a member reads until granted");
        assertDenied(() -> asTeamMember.call(() -> whitespace.saveCell(id, site.getId(), code, supplied(cell))));
        asKam.call(() -> databases.grant(id, WhitespaceService.GRANT, tom));
        WhitespaceCell supplied = asTeamMember.call(() -> whitespace.saveCell(id, site.getId(), code, supplied(cell)));
        assertEquals(CellState.SUPPLIED, supplied.getState());
        assertNull(supplied.getStage(), "the open opportunity's fields go with its state");
        assertDenied(() -> asOtherKam.call(() -> whitespace.open(id)));
        assertDenied(() -> asOtherKam.call(() -> whitespace.saveCell(id, site.getId(), code, supplied(supplied))));
        assertDenied(() -> asHr.call(() -> whitespace.open(id)));
        assertDenied(() -> asHr.call(() -> whitespace.portfolio(null, 0, 25)));
        assertDenied(() -> asKam.call(() -> whitespace.portfolio(null, 0, 25)));
        long lucasAccount = lucasAccount();
        assertDenied(() -> asKam.call(() -> whitespace.open(lucasAccount)));
        assertDenied(() -> asKam.call(() -> whitespace.saveCell(lucasAccount, site.getId(), code, open("1"))));
        BusinessRuleException unknown = businessError(() -> asKam.call(() ->
                whitespace.saveCell(id, site.getId(), code, competitor("Nobody", supplied))));
        assertEquals(WhitespaceRules.UNKNOWN_COMPETITOR, unknown.messageKey());
    }

    @Test
    void theSecondOfTwoCellEditsOnTheSameVersionIsRefused() throws Exception {
        long id = emmasAccount("Whitespace lock");
        euros(id);
        String code = anActiveOffering();
        BuyingCentre site = asKam.call(() -> whitespace.addCentre(id, "Donauwörth"));
        WhitespaceCell first = asKam.call(() -> whitespace.saveCell(id, site.getId(), code, open("100")));
        CellInput emmas = CellInput.of(first);
        emmas.setValue(new BigDecimal("200"));
        CellInput toms = CellInput.of(first);
        toms.setValue(new BigDecimal("300"));
        asKam.call(() -> whitespace.saveCell(id, site.getId(), code, emmas));
        assertThrows(StaleEditException.class, () -> asKam.call(() -> whitespace.saveCell(id, site.getId(), code, toms)));
        assertThrows(StaleEditException.class, () -> asKam.call(() ->
                whitespace.saveCell(id, site.getId(), code, open("5"))), "a second first save of the same cell");
        assertEquals(0, new BigDecimal("200").compareTo(asKam.call(() -> whitespace.open(id))
                .cell(site.getId(), code).getValue()), "Emma's edit stays");
    }

    @Test
    void anOpenCellIsCitedAsAnOpportunityOfTheStrategy() throws Exception {
        long id = emmasAccount("Whitespace cite");
        euros(id);
        String code = anActiveOffering();
        BuyingCentre site = asKam.call(() -> whitespace.addCentre(id, "Albacete"));
        WhitespaceCell cell = asKam.call(() -> whitespace.saveCell(id, site.getId(), code, open("700000")));
        String key = "WHITESPACE:" + cell.getId();
        Citation citable = asKam.call(() -> strategies.citable(id, Locale.ENGLISH)).stream()
                .filter(c -> c.getKey().equals(key)).findFirst().orElseThrow();
        assertTrue(citable.getLabel().contains("Albacete") && citable.getLabel().contains("€700,000"),
                citable.getLabel());
        assertTrue(citable.getLink().endsWith("/whitespace/map.xhtml?account=" + id + "#cell-" + site.getId() + "-" + code),
                citable.getLink());
        SituationPotential potential = asKam.call(() -> tows.savePotential(id, new SituationPotential(
                SituationPotential.Kind.OPPORTUNITY, "Harnesses at Albacete"), List.of(key), Locale.ENGLISH));
        assertEquals(List.of(key), potential.getCitations().stream().map(Citation::getKey).toList());
        assertDenied(() -> asOtherKam.call(() -> strategies.citable(id, Locale.ENGLISH)));

        // The strategy links the citation to the map for those who may open it. Paul, an external team member
        // without the map's grant, reads the strategy and the citation's label, but no link to a page he is refused.
        String workspace = "strategy/workspace.xhtml?account=" + id;
        String mapLink = "whitespace/map.xhtml?account=" + id;
        HttpResponse<String> emmas = signedIn(base, "emma.kam").get(workspace);
        assertTrue(emmas.body().contains(mapLink) && emmas.body().contains("Albacete"), "Emma follows the citation");
        HttpResponse<String> pauls = signedIn(base, "paul.partner").get(workspace);
        assertEquals(200, pauls.statusCode());
        assertTrue(pauls.body().contains("Harnesses at Albacete") && pauls.body().contains("Albacete"),
                "Paul reads the potential and its citation");
        assertFalse(pauls.body().contains(mapLink), "no link to the map Paul may not open");
        assertEquals(403, signedIn(base, "paul.partner").get(mapLink).statusCode());
    }

    @Test
    void twoTabsOpeningTheTeamPageForTheFirstTimeAtOnceBothSeeIt() throws Exception {
        long id = emmasAccount("Team tabs");
        String team = "plan/team.xhtml?account=" + id;
        List<Browserless> tabs = List.of(signedIn(base, "paul.partner"), signedIn(base, "paul.partner"),
                signedIn(base, "tom.team"), signedIn(base, "tom.team"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(tabs.size());
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> views = new java.util.ArrayList<>();
            for (Browserless tab : tabs) {
                views.add(pool.submit(() -> tab.get(team)));
            }
            for (java.util.concurrent.Future<HttpResponse<String>> view : views) {
                HttpResponse<String> page = view.get(2, java.util.concurrent.TimeUnit.MINUTES);
                assertEquals(200, page.statusCode(), "the page, not an error, in every tab: " + page.body());
            }
        } finally {
            pool.shutdownNow();
        }
        for (String person : List.of("paul.partner", "tom.team")) {
            assertEquals(1L, em.createQuery("select count(v) from PlanVisit v where v.account.id = :account "
                    + "and v.username = :me", Long.class).setParameter("account", id).setParameter("me", person)
                    .getSingleResult(), person + "'s visit, remembered once");
        }
        java.time.Instant first = em.createQuery("select v.visitedAt from PlanVisit v where v.account.id = :account "
                + "and v.username = 'tom.team'", java.time.Instant.class).setParameter("account", id).getSingleResult();
        assertEquals(200, tabs.get(2).get(team).statusCode());
        em.clear();
        java.time.Instant later = em.createQuery("select v.visitedAt from PlanVisit v where v.account.id = :account "
                + "and v.username = 'tom.team'", java.time.Instant.class).setParameter("account", id).getSingleResult();
        assertTrue(later.isAfter(first), "a later visit moves the time forward: " + first + " then " + later);
    }

    @Test
    void theWhitespaceApiAndPagesFollowTheSameRights() throws Exception {
        long id = emmasAccount("Whitespace api");
        euros(id);
        String code = anActiveOffering();
        BuyingCentre site = asKam.call(() -> whitespace.addCentre(id, "Toulouse"));
        asKam.call(() -> whitespace.saveCell(id, site.getId(), code, open("42000")));
        String path = "api/accounts/" + id + "/whitespace";
        JsonObject map = ok(api(base, "emma.kam", path));
        assertEquals(map.getJsonArray("buyingCentres").getJsonObject(0).getString("name"), "Toulouse", map.toString());
        JsonObject cell = map.getJsonArray("cells").getJsonObject(0);
        assertEquals("OPEN", cell.getString("state"));
        assertEquals("QUALIFIED", cell.getString("stage"));
        assertEquals(0, new BigDecimal("42000").compareTo(map.getJsonObject("totals").getJsonNumber("open")
                .bigDecimalValue()));
        assertEquals("EUR", map.getString("currency"));
        assertEquals(200, api(base, "david.kad", path).statusCode());
        assertEquals(200, api(base, "tom.team", path).statusCode());
        assertForbidden(api(base, "lucas.kam", path));
        assertForbidden(api(base, "hana.hr", path));
        assertForbidden(api(base, "paul.partner", path));
        assertForbidden(api(base, "emma.kam", "api/accounts/" + lucasAccount() + "/whitespace"));
        assertEquals(401, new Browserless(base).get(path).statusCode());

        String programme = "api/programme/whitespace?offering=" + code + "&first=0&size=25";
        JsonObject portfolio = ok(api(base, "david.kad", programme));
        assertTrue(portfolio.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(i -> i.getJsonNumber("accountId").longValue() == id), portfolio.toString());
        assertTrue(portfolio.getJsonObject("totalsByCurrency").size() >= 1);
        assertEquals(200, api(base, "claire.exec", "api/programme/whitespace").statusCode());
        assertForbidden(api(base, "emma.kam", programme));
        assertForbidden(api(base, "hana.hr", programme));

        String page = "whitespace/map.xhtml?account=" + id;
        HttpResponse<String> html = signedIn(base, "emma.kam").get(page);
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("Toulouse") && html.body().contains("kam-ws-OPEN"));
        assertTrue(html.body().contains("Open opportunity"), "the state in words, not only in colour");
        assertEquals(403, signedIn(base, "lucas.kam").get(page).statusCode());
        assertEquals(403, signedIn(base, "hana.hr").get(page).statusCode());
        assertEquals(403, signedIn(base, "emma.kam").get("whitespace/map.xhtml?account=" + lucasAccount()).statusCode());
        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> davidsView = david.get(page);
        assertEquals(200, davidsView.statusCode());
        assertFalse(davidsView.body().contains("addCentre"), "the KA Director reads only");
        assertEquals(200, david.get("whitespace/portfolio.xhtml").statusCode());
        assertEquals(200, david.get("whitespace/catalogue.xhtml").statusCode());
        assertEquals(403, signedIn(base, "emma.kam").get("whitespace/portfolio.xhtml").statusCode());
        assertEquals(403, signedIn(base, "emma.kam").get("whitespace/catalogue.xhtml").statusCode());
        assertEquals(403, signedIn(base, "claire.exec").get("whitespace/catalogue.xhtml").statusCode());
    }

    @Test
    void theWhitespaceExcelExportReopensWithEveryCell() throws Exception {
        long id = emmasAccount("Whitespace xlsx");
        euros(id);
        String code = anActiveOffering();
        BuyingCentre site = asKam.call(() -> whitespace.addCentre(id, "Donauwörth"));
        asKam.call(() -> whitespace.saveCell(id, site.getId(), code, open("123456.5")));
        Download file = asKam.call(() -> exportsOfWhitespace.xlsx(id, Locale.FRENCH,
                key -> com.kamplanner.web.i18n.Bundle.text(Locale.FRENCH, key)));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(file.bytes()))) {
            org.apache.poi.ss.usermodel.Sheet grid = book.getSheetAt(0);
            assertEquals("Donauwörth", grid.getRow(0).getCell(1).getStringCellValue());
            assertTrue(grid.getRow(1 + offeringRow(code)).getCell(1).getStringCellValue()
                    .startsWith("Opportunité ouverte"), "the state in the reader's language");
            org.apache.poi.ss.usermodel.Sheet cells = book.getSheetAt(1);
            assertEquals(123456.5, cells.getRow(1).getCell(3).getNumericCellValue(), 0.001);
        }
        assertDenied(() -> asOtherKam.call(() -> exportsOfWhitespace.xlsx(id, Locale.ENGLISH, k -> k)));
    }

    @EJB
    WhitespaceExports exportsOfWhitespace;

    private int offeringRow(String code) throws Exception {
        List<String> codes = asKam.call(() -> catalogue.activeOfferings()).stream().map(o -> o.getCode()).toList();
        return codes.indexOf(code);
    }

    /** The first offering of the catalogue in force; the KA Director puts one in force when none is. */
    private String anActiveOffering() throws Exception {
        List<com.kamplanner.whitespace.Offering> offerings = asKam.call(() -> catalogue.activeOfferings());
        if (!offerings.isEmpty()) {
            return offerings.get(0).getCode();
        }
        asDirector.call(() -> {
            OfferingCatalogue draft = catalogue.newDraft();
            catalogue.saveOffering(draft.getId(), "ITWS", "Test offering", "Offre de test", true);
            return catalogue.activate(draft.getId());
        });
        return "ITWS";
    }

    /** The account's revenue in euros, so that its map has a currency as key accounts do. */
    private void euros(long accountId) throws Exception {
        tx.begin();
        em.find(Account.class, accountId).setRevenue(new BigDecimal("25000000"), "EUR");
        tx.commit();
    }

    private long lucasAccount() throws Exception {
        tx.begin();
        Account account = new Account("Whitespace Lucas " + System.nanoTime(), "Healthcare", "DE");
        account.setKam(user(em, "lucas.kam"));
        em.persist(account);
        tx.commit();
        created.add(account.getId());
        return account.getId();
    }

    private static CellInput open(String value) {
        CellInput input = new CellInput();
        input.setState(CellState.OPEN);
        input.setValue(new BigDecimal(value));
        input.setStage(OpportunityStage.QUALIFIED);
        input.setExpected(LocalDate.of(2027, 3, 31));
        return input;
    }

    private static CellInput supplied(WhitespaceCell loaded) {
        CellInput input = CellInput.of(loaded);
        input.setState(CellState.SUPPLIED);
        input.setValue(new BigDecimal("90000"));
        return input;
    }

    private static CellInput competitor(String name, WhitespaceCell loaded) {
        CellInput input = CellInput.of(loaded);
        input.setState(CellState.COMPETITOR);
        input.setCompetitor(name);
        return input;
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Removes the accounts this test created (their databases, grants and stakeholders go with them), so that the
     * shared test database does not fill up with Emma's accounts across runs.
     */
    // ======== The strategy template (issue 19, section 1) ========

    @Test
    void onlyTheKaDirectorVersionsTheStrategyTemplate() throws Exception {
        StrategyTemplate inForce = templatesInForce.rules().templateFor(null);
        assertEquals(1, inForce.getNumber(), "V33's first template is in force for all segments");
        StrategyTemplateEdit unchanged = StrategyTemplateEdit.of(inForce);
        for (Object caller : List.of(asKam, asExecutive, asHr, asTeamMember)) {
            assertDenied(() -> runAs(caller, () -> strategyTemplates.versions()));
            assertDenied(() -> runAs(caller, () -> strategyTemplates.find(inForce.getId())));
            assertDenied(() -> runAs(caller, () -> strategyTemplates.newDraft(inForce.getId(), "Mine")));
            assertDenied(() -> runAs(caller, () -> strategyTemplates.saveDraft(inForce.getId(), inForce.getVersion(),
                    unchanged)));
            assertDenied(() -> runAs(caller, () -> strategyTemplates.activate(inForce.getId(), inForce.getVersion())));
            assertDenied(() -> runAs(caller, () -> strategyTemplates.archive(inForce.getId(), inForce.getVersion())));
        }
        for (String username : List.of("emma.kam", "claire.exec", "hana.hr", "tom.team")) {
            assertForbidden(signedIn(base, username).get("strategy/template.xhtml"));
        }
        String page = signedIn(base, "david.kad").get("strategy/template.xhtml").body();
        assertTrue(page.contains("Strategic accounts: deeper analysis"), "the demo's stricter draft is listed");
        assertTrue(asDirector.call(() -> strategyTemplates.versions()).stream().anyMatch(t -> t.isDraft()
                && t.getSegment() == Quadrant.STRATEGIC && t.getMinPotentialsPerKind() == 2), "and still a draft");
        assertEquals(inForce.getId(), templatesInForce.rules().templateFor(Quadrant.STRATEGIC).getId(),
                "a draft decides nothing");
    }

    @Test
    void aTemplateActivatedForOneSegmentMeasuresThatSegmentsStrategiesUntilArchived() throws Exception {
        long id = emmasAccount("Template");
        segment(id, Quadrant.STREAMLINE);
        assertEquals(StrategyStep.values().length, asKam.call(() -> strategies.compliance(id)).size(),
                "an unwritten strategy: every step empty");
        StrategyTemplate inForce = templatesInForce.rules().templateFor(null);
        StrategyTemplate draft = asDirector.call(() -> strategyTemplates.newDraft(inForce.getId(), "Streamline light"));
        StrategyTemplateEdit edit = StrategyTemplateEdit.of(draft);
        edit.setSegment(Quadrant.STREAMLINE);
        edit.getSteps().forEach(step -> step.setRequired(step.getStep() == StrategyStep.POTENTIALS));
        edit.getSteps().get(0).setGuidanceEn("Two lines are enough for a Streamline account.");
        edit.getSteps().get(0).setGuidanceFr("Deux lignes suffisent pour un compte Streamline.");
        edit.setHorizonYears(0);
        assertEquals(StrategyTemplateService.HORIZON_RANGE, businessError(() -> asDirector.call(() ->
                strategyTemplates.saveDraft(draft.getId(), draft.getVersion(), edit))).messageKey());
        edit.setHorizonYears(2);
        StrategyTemplate saved = asDirector.call(() -> strategyTemplates.saveDraft(draft.getId(), draft.getVersion(),
                edit));
        assertThrows(StaleEditException.class, () -> asDirector.call(() ->
                strategyTemplates.saveDraft(draft.getId(), draft.getVersion(), edit)), "a second save on the old version");
        StrategyTemplate active = asDirector.call(() -> strategyTemplates.activate(saved.getId(), saved.getVersion()));
        try {
            assertEquals(List.of("STEP_EMPTY(POTENTIALS)"), asKam.call(() -> strategies.compliance(id)).stream()
                    .map(ComplianceIssue::toString).toList(), "only the steps the segment's template requires");
            assertEquals("Deux lignes suffisent pour un compte Streamline.", asKam.call(() ->
                    strategies.template(id)).guidance(StrategyStep.POTENTIALS, Locale.FRENCH));
            assertEquals(2, asKam.call(() -> strategies.template(id)).getHorizonYears());
            assertEquals(inForce.getId(), templatesInForce.rules().templateFor(Quadrant.STAR).getId(),
                    "the other segments keep the template for all");
            assertEquals(StrategyTemplate.NOT_DRAFT, businessError(() -> asDirector.call(() ->
                    strategyTemplates.saveDraft(active.getId(), active.getVersion(), edit))).messageKey());
        } finally {
            asDirector.call(() -> strategyTemplates.archive(active.getId(), active.getVersion()));
        }
        assertEquals(StrategyStep.values().length, asKam.call(() -> strategies.compliance(id)).size(),
                "archived: the segment falls back on the template for all");
    }

    @AfterEach
    void removeTheAccountsCreated() throws Exception {
        if (created.isEmpty()) {
            return;
        }
        tx.begin();
        for (long id : created) {
            em.createNativeQuery("delete from account where id = ?1").setParameter(1, id).executeUpdate();
        }
        tx.commit();
        created.clear();
    }

    /** A fresh account held by Emma, with Tom (internal) and Paul (external) on its KA team. */
    private long emmasAccount(String label) throws Exception {
        tx.begin();
        Account account = new Account("Situation " + label + " " + System.nanoTime(), "Aerospace", "FR");
        account.setKam(user(em, "emma.kam"));
        em.persist(account);
        em.persist(new TeamMembership(account, user(em, "tom.team"), "Engineering"));
        em.persist(new TeamMembership(account, user(em, "paul.partner"), "Partner"));
        tx.commit();
        created.add(account.getId());
        return account.getId();
    }

    private void segment(long accountId, Quadrant segment) throws Exception {
        tx.begin();
        em.find(Account.class, accountId).setSegment(segment, true, "test");
        tx.commit();
    }

    private static DraftEdit addedTwice(DocumentTemplate template) {
        DraftEdit edit = DraftEdit.of(template);
        edit.getFields().add(DraftEdit.FieldEdit.added(CUSTOMER, "esg", FieldType.SHORT_TEXT, "Again", "Encore",
                false));
        return edit;
    }

    // ======== The strategy workspace (formerly StrategyIT) ========
    // Strategy formulation in a real Payara Micro: the rules and rights of the services as each role (inside the
    // container), then the REST API, the pages and the PowerPoint export over HTTP with the demo strategies.

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

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
        assertEquals(List.of(tom + " true"), asKam.call(() -> grants.writers(account)).stream()
                .filter(w -> w.getUserId() == tom).map(w -> w.getUserId() + " " + w.isGranted()).toList(),
                "the panel's row of the granted member says so");
        assertDenied(() -> asHr.call(() -> grants.writers(account)));
        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> grants.writers(account)));
        asKam.call(() -> {
            grants.revoke(account, tom);
            return null;
        });
        assertEquals(List.of(false), asKam.call(() -> grants.writers(account)).stream()
                .filter(w -> w.getUserId() == tom).map(StrategyWriter::isGranted).toList());
        assertThrows(AccessDeniedException.class, () -> asTeamMember.call(() -> tows.savePotential(account,
                new SituationPotential(SituationPotential.Kind.THREAT, "Tom's again"), List.of(), Locale.ENGLISH)));
        assertEquals(2, asKam.call(() -> strategies.workspace(account)).getPotentials().size());
    }

    @Test
    void theBuyingCriteriaGainRatingsInANewTemplateVersionAndGiveTheCustomerWeightedStrength() throws Exception {
        // The start-up upgrade: a new active version with the two ratings; the version it replaced is archived.
        List<DocumentTemplate> versions = asDirector.call(() -> templates.versions(DocumentKind.KEY_ACCOUNT_DATABASE));
        DocumentTemplate active = versions.stream().filter(t -> t.getSegment() == null
                && t.getLifecycle().getStatus() == LifecycleStatus.ACTIVE).findFirst().orElseThrow();
        assertTrue(active.getNumber() >= 2, "a new version, not version 1 changed in place");
        assertEquals(List.of("criterion", "weight", DefaultDatabaseTemplate.OUR_RATING,
                DefaultDatabaseTemplate.BEST_COMPETITOR_RATING), active.field(NEEDS,
                DefaultDatabaseTemplate.BUYING_CRITERIA).orElseThrow().getColumns().stream()
                .map(com.kamplanner.template.TableColumn::getKey).toList());
        assertTrue(versions.stream().anyMatch(t -> t.getNumber() == 1
                && t.getLifecycle().getStatus() == LifecycleStatus.ARCHIVED), "version 1 archived");
        long thales = ContainerTests.accountId(em, "Thales Alenia Space");
        assertEquals(0L, count("select count(d) from KeyAccountDatabase d where d.template.lifecycle.status = "
                + "com.kamplanner.platform.LifecycleStatus.ARCHIVED and d.template.segment is null"),
                "every database moved to the new version");

        // The demo's Thales Alenia Space: weak where the customer weighs most, flagged against the index.
        CustomerStrength demo = asKam.call(() -> scoring.customerStrength(thales));
        assertEquals(new java.math.BigDecimal("3.6"), demo.getValue());
        assertTrue(demo.isDivergent(), "the KA Director's index is " + demo.getDirectorStrength());

        // Ratings are whole numbers from 1 to 10; without any, the strength is unknown, not 0.
        long account = newAccount("Customer Strength " + System.nanoTime(), Quadrant.STRATEGIC);
        InvalidSectionException invalid = assertThrows(InvalidSectionException.class, () -> asKam.call(() ->
                databases.saveSection(account, NEEDS, -1, new SectionInput().row(
                        DefaultDatabaseTemplate.BUYING_CRITERIA, Map.of("criterion", "Price", "weight", "50",
                                DefaultDatabaseTemplate.OUR_RATING, "11",
                                DefaultDatabaseTemplate.BEST_COMPETITOR_RATING, "0")))));
        assertEquals(List.of("situation.cell.rating", "situation.cell.rating"), invalid.problems().stream()
                .map(FieldProblem::getMessageKey).toList());
        long v1 = asKam.call(() -> databases.saveSection(account, NEEDS, -1, new SectionInput().row(
                DefaultDatabaseTemplate.BUYING_CRITERIA, Map.of("criterion", "Price", "weight", "50"))));
        assertNull(asKam.call(() -> scoring.customerStrength(account)).getValue());
        asKam.call(() -> databases.saveSection(account, NEEDS, v1, new SectionInput()
                .row(DefaultDatabaseTemplate.BUYING_CRITERIA, Map.of("criterion", "Price", "weight", "70",
                        DefaultDatabaseTemplate.OUR_RATING, "9", DefaultDatabaseTemplate.BEST_COMPETITOR_RATING, "5"))
                .row(DefaultDatabaseTemplate.BUYING_CRITERIA, Map.of("criterion", "Support", "weight", "30",
                        DefaultDatabaseTemplate.OUR_RATING, "4", DefaultDatabaseTemplate.BEST_COMPETITOR_RATING,
                        "6"))));
        assertEquals(new java.math.BigDecimal("6.2"), asKam.call(() -> scoring.customerStrength(account)).getValue());
        assertEquals(new java.math.BigDecimal("6.2"), asDirector.call(() -> scoring.customerStrength(account))
                .getValue());
        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> scoring.customerStrength(account)));
        assertDenied(() -> asHr.call(() -> scoring.customerStrength(account)));

        // The score page and the API show it beside the KA Director's index, under the same rights.
        try (CapturedLog log = CapturedLog.of("")) {
            Browserless emma = signedIn(base, "emma.kam");
            HttpResponse<String> page = emma.get("selection/score.xhtml?account=" + thales);
            assertEquals(200, page.statusCode(), () -> log.records().stream().filter(r -> r.getThrown() != null)
                    .map(r -> r.getMessage() + ": " + stackOf(r.getThrown())).toList().toString());
            assertTrue(page.body().contains("id=\"customerStrengthValue\">3.6<"), page.body());
            assertTrue(page.body().contains("More than 2 points apart"));
            Browserless api = new Browserless(base);
            String json = api.getWithBasic("api/accounts/" + thales + "/scores", "emma.kam", DEMO_PASSWORD).body();
            assertTrue(json.contains("\"customerStrength\":{") && json.contains("\"value\":3.6")
                    && json.contains("\"divergent\":true"), json);
            assertEquals(403, api.getWithBasic("api/accounts/" + thales + "/scores", "lucas.kam", DEMO_PASSWORD)
                    .statusCode());
        }
    }

    private static String stackOf(Throwable thrown) {
        java.io.StringWriter out = new java.io.StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    @Test
    void aChangedCitedFieldFlagsWhatIsBuiltOnItUntilAStrategyWriterConfirmsOrEditsIt() throws Exception {
        String name = "Evidence Drift " + System.nanoTime();
        long account = newAccount(name, Quadrant.STRATEGIC);
        long v1 = asKam.call(() -> databases.saveSection(account, DefaultDatabaseTemplate.CUSTOMER, -1,
                new SectionInput().value("businessModel", "<p>Builds helicopters</p>")));
        Citation field = asKam.call(() -> strategies.citable(account, Locale.ENGLISH)).stream()
                .filter(c -> "businessModel".equals(c.getFieldKey())).findFirst().orElseThrow();
        SituationPotential cited = asKam.call(() -> tows.savePotential(account, new SituationPotential(
                SituationPotential.Kind.OPPORTUNITY, "Helicopters need lighter parts"), List.of(field.getKey()),
                Locale.ENGLISH));
        assertEquals("<p>Builds helicopters</p>", asKam.call(() -> strategies.workspace(account)).getPotentials()
                .get(0).getCitations().get(0).getCitedValue(), "the citation keeps the value it cited");
        SituationPotential strength = asKam.call(() -> tows.savePotential(account, new SituationPotential(
                SituationPotential.Kind.STRENGTH, "Composite know-how"), List.of(), Locale.ENGLISH));
        TowsOption option = asKam.call(() -> tows.saveOption(account, new TowsOption(TowsOption.Type.SO,
                "Lighter rotor parts"), List.of(strength.getId(), cited.getId())));
        Objective objective = asKam.call(() -> objectives.saveObjective(account, new Objective(
                Objective.Level.STRATEGIC, "Supply the lighter rotor"), null, List.of(option.getId())));
        assertEquals(List.of(), asKam.call(() -> strategies.evidence(account, Locale.ENGLISH)));

        asKam.call(() -> databases.saveSection(account, DefaultDatabaseTemplate.CUSTOMER, v1,
                new SectionInput().value("businessModel", "<p>Builds helicopters and drones</p>")));
        List<EvidenceFlag> flags = asKam.call(() -> strategies.evidence(account, Locale.ENGLISH));
        assertEquals(List.of(EvidenceFlag.Item.POTENTIAL, EvidenceFlag.Item.OPTION, EvidenceFlag.Item.OBJECTIVE),
                flags.stream().map(EvidenceFlag::getItem).toList());
        assertEquals("Builds helicopters", flags.get(0).getChanges().get(0).getOldText());
        assertEquals("Builds helicopters and drones", flags.get(0).getChanges().get(0).getNewText());
        assertEquals(3L, asDirector.call(() -> compliance.page(name, 0, 10)).get(0).getIssues().stream()
                .filter(i -> i.getCheck() == ComplianceIssue.Check.EVIDENCE_CHANGED).count(),
                "the KA Director sees the open flags on the compliance page");
        assertEquals(3, asDirector.call(() -> strategies.evidence(account, Locale.ENGLISH)).size());

        // Only whoever may write the strategy confirms.
        EvidenceFlag potentialFlag = flags.get(0);
        for (java.util.concurrent.Callable<Object> forbidden : List.<java.util.concurrent.Callable<Object>>of(
                () -> asDirector.call(() -> confirm(account, potentialFlag)),
                () -> asExecutive.call(() -> confirm(account, potentialFlag)),
                () -> asOtherKam.call(() -> confirm(account, potentialFlag)),
                () -> asTeamMember.call(() -> confirm(account, potentialFlag)))) {
            assertThrows(AccessDeniedException.class, forbidden::call);
        }
        assertDenied(() -> asHr.call(() -> confirm(account, potentialFlag)));
        assertDenied(() -> asHr.call(() -> strategies.evidence(account, Locale.ENGLISH)));
        assertThrows(StaleEditException.class, () -> asKam.call(() -> {
            tows.confirmEvidence(account, EvidenceFlag.Item.POTENTIAL, cited.getId(), potentialFlag.getItemVersion()
                    + 1);
            return null;
        }));
        assertEquals(3, asKam.call(() -> strategies.evidence(account, Locale.ENGLISH)).size(), "nothing confirmed");

        asKam.call(() -> confirm(account, flags.get(1)));
        assertEquals(List.of(EvidenceFlag.Item.POTENTIAL, EvidenceFlag.Item.OBJECTIVE), asKam.call(() ->
                strategies.evidence(account, Locale.ENGLISH)).stream().map(EvidenceFlag::getItem).toList(),
                "the option is confirmed, the rest stays flagged");
        Objective loaded = asKam.call(() -> strategies.workspace(account)).getObjectives().get(0);
        asKam.call(() -> objectives.saveObjective(account, loaded, null, List.of(option.getId())));
        assertEquals(List.of(EvidenceFlag.Item.POTENTIAL), asKam.call(() -> strategies.evidence(account,
                Locale.ENGLISH)).stream().map(EvidenceFlag::getItem).toList(), "an edited objective is reviewed");

        // A team member the KAM granted the strategy confirms too; the new value becomes the baseline.
        asKam.call(() -> {
            grants.grant(account, user(em, "tom.team").getId());
            return null;
        });
        asTeamMember.call(() -> confirm(account, potentialFlag));
        assertEquals(List.of(), asKam.call(() -> strategies.evidence(account, Locale.ENGLISH)));
        assertEquals("<p>Builds helicopters and drones</p>", asKam.call(() -> strategies.workspace(account))
                .getPotentials().get(0).getCitations().get(0).getCitedValue());
        assertThrows(StaleEditException.class, () -> asKam.call(() -> confirm(account, potentialFlag)),
                "a second confirm of the same version is stale");
        assertEquals(0L, asDirector.call(() -> compliance.page(name, 0, 10)).get(0).getIssues().stream()
                .filter(i -> i.getCheck() == ComplianceIssue.Check.EVIDENCE_CHANGED).count());
        assertNotNull(objective.getId());
    }

    private Object confirm(long account, EvidenceFlag flag) {
        tows.confirmEvidence(account, flag.getItem(), flag.getItemId(), flag.getItemVersion());
        return null;
    }

    @Test
    void potentialsCiteTheKeyAccountDatabaseAndObjectivesNameACustomerPriority() throws Exception {
        long account = newAccount("Strategy Citations " + System.nanoTime(), Quadrant.STRATEGIC);
        asKam.call(() -> databases.saveSection(account, DefaultDatabaseTemplate.CUSTOMER, -1, new SectionInput()
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

    // ======== The key account plan and its review (formerly PlanIT) ========
    // The Key Account Plan in the container: the review workflow (refused below compliance with the list of what
    // is missing, returned with comments, fixed, approved), immutable approved snapshots, rolling forward with
    // carry-over, the follow-up rules, stale plans, and every forbidden path over the services, the pages, the
    // downloads and {@code /api/accounts/{id}/plan}.

    private static final LocalDate PLAN_START = LocalDate.now().minusMonths(2);

    // ---- inside the container ----

    @Test
    void theKamSubmitsTheDirectorReturnsThenApprovesAndTheApprovedVersionNeverChanges() throws Exception {
        long account = accountWithStrategy("Plan Review " + System.nanoTime());
        PlanVersion v1 = asKam.call(() -> plans.start(account));
        assertEquals(VersionStatus.WORKING, v1.getStatus());

        BusinessRuleException below = planRefusal(asKam, () -> plans.submit(account, 1, v1.getVersion(), Locale.ENGLISH));
        assertEquals(PlanService.BELOW_COMPLIANCE, below.messageKey());
        String text = BusinessErrors.text(below, Locale.ENGLISH);
        assertTrue(text.contains("Situation summary: Short situation summary"), text);
        assertTrue(BusinessErrors.text(below, Locale.FRENCH).startsWith("Ce plan ne peut pas être soumis"));

        PlanVersion saved = asKam.call(() -> plans.saveWorking(account, 1, v1.getVersion(), "Wants a second source.",
                v1.getPeriodStart(), v1.getPeriodEnd()));
        assertThrows(StaleEditException.class, () -> asKam.call(() -> plans.saveWorking(account, 1, v1.getVersion(),
                "Someone else's text", v1.getPeriodStart(), v1.getPeriodEnd())), "the version loaded before the save");
        assertEquals(PlanService.PERIOD_ORDER, planRefusal(asKam, () -> plans.saveWorking(account, 1, saved.getVersion(),
                "x", v1.getPeriodEnd(), v1.getPeriodStart())).messageKey());

        long submissions = submissions();
        PlanVersion submitted = asKam.call(() -> plans.submit(account, 1, saved.getVersion(), Locale.ENGLISH));
        assertEquals(VersionStatus.SUBMITTED, submitted.getStatus());
        assertEquals(submissions + 1, submissions(), "IT's plan submission counter moves");
        assertEquals(PlanService.NOT_EDITABLE, planRefusal(asKam, () -> plans.saveWorking(account, 1,
                submitted.getVersion(), "late change", v1.getPeriodStart(), v1.getPeriodEnd())).messageKey());
        assertDenied(() -> asKam.call(() -> plans.approve(account, 1, submitted.getVersion(), null)));
        assertDenied(() -> asTeamMember.call(() -> plans.returnWithComments(account, 1, submitted.getVersion(), "no")));
        assertDenied(() -> asExecutive.call(() -> plans.approve(account, 1, submitted.getVersion(), null)));
        assertTrue(asDirector.call(() -> overview.queue(0, 500)).stream().anyMatch(s -> s.getAccountId() == account),
                "the submitted version waits in the KA Director's queue");

        assertEquals(PlanService.COMMENT_REQUIRED, planRefusal(asDirector, () -> plans.returnWithComments(account, 1,
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
        assertEquals(PlanService.NOT_EDITABLE, planRefusal(asKam, () -> plans.saveWorking(account, 1,
                approved.getVersion(), "edit the approved", v1.getPeriodStart(), v1.getPeriodEnd())).messageKey());
        assertEquals(PlanService.NOT_EDITABLE, planRefusal(asKam, () -> plans.submit(account, 1, approved.getVersion(),
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
        assertEquals(PlanService.OPEN_VERSION, planRefusal(asKam, () -> plans.rollForward(account)).messageKey());

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

        assertEquals(FollowUpService.LATE_IS_COMPUTED, planRefusal(asTeamMember, () -> followUp.update(account,
                mine.getActionPlanId(), mine.getActionPlanVersion(), FollowUpStatus.LATE, 50, null)).messageKey());
        assertEquals(FollowUpService.PROGRESS_RANGE, planRefusal(asTeamMember, () -> followUp.update(account,
                mine.getActionPlanId(), mine.getActionPlanVersion(), FollowUpStatus.ON_TRACK, 101, null)).messageKey());
        assertEquals(FollowUpService.PROGRESS_RANGE, planRefusal(asTeamMember, () -> followUp.update(account,
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
        // The team page names the person behind the last update, not the login name it is stored with (read by
        // the KA Director: Emma's own visit would change what she is told is new below).
        String teamPage = signedIn(base, "david.kad").get("plan/team.xhtml?account=" + account).body();
        assertTrue(teamPage.contains("Tom Bernard") && teamPage.contains("Legal is slow"), "Tom's update on the page");
        assertFalse(teamPage.contains("tom.team"), "no login name on the team page");

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
        assertEquals(FollowUpService.COMMENT_REQUIRED, planRefusal(asTeamMember, () -> followUp.comment(account,
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
        assertEquals(PlanService.EXISTS, planRefusal(asKam, () -> plans.start(account)).messageKey());
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
        assertEquals(PLAN_START.plusYears(3).minusDays(1).getYear(), live.getHorizonEnd().getYear() ,
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
        assertTrue(asDirector.call(() -> overview.stale(0, Integer.MAX_VALUE)).stream().anyMatch(s -> s.getAccountId() == account));
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
            BusinessRuleException refused = planRefusal(asKam, () -> plans.submit(account, 1, saved.getVersion(),
                    Locale.ENGLISH));
            assertTrue(BusinessErrors.text(refused, Locale.ENGLISH).contains("Customer strategic priorities"),
                    "now mandatory: " + BusinessErrors.text(refused, Locale.ENGLISH));
        } finally {
            DocumentTemplate now = asDirector.call(() -> planTemplates.active());
            asDirector.call(() -> planTemplates.validate(original, now.getId(), now.getVersion()));
        }

        PlanRequirement streamline = asDirector.call(() -> planTemplates.requirements()).stream()
                .filter(r -> r.getSegment() == Quadrant.STREAMLINE).findFirst().orElseThrow();
        assertEquals(PlanTemplateService.REQUIREMENT_RANGE, planRefusal(asDirector, () -> planTemplates.saveRequirement(
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
        return new SubmittablePlans(em, tx, asKam, tows, strategies, objectives, programmes).account(name, PLAN_START);
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

    private static <T> BusinessRuleException planRefusal(Object runner, Callable<T> work) {
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
