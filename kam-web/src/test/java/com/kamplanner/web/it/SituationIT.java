package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.strings;
import static com.kamplanner.web.it.ContainerTests.user;
import static com.kamplanner.web.it.ContainerTests.withField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.situation.Attitude;
import com.kamplanner.situation.CitableField;
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
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.template.DocumentKind;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.DraftEdit;
import com.kamplanner.template.FieldType;
import com.kamplanner.template.TemplateService;
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
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Key Account Database in a real Payara Micro: saving sections (sanitised, validated, optimistic-locked,
 * with history), the read and write rules of the issue (KAM, team members with section grants, external
 * members, KA Director and executives, other KAMs and HR), the stakeholder map, moving to a new template
 * version, and the same rules over {@code GET /api/accounts/{id}/database} and the page.
 */
@ExtendWith(ArquillianExtension.class)
class SituationIT {

    private static final String CUSTOMER = DefaultDatabaseTemplate.CUSTOMER;
    private static final String NEEDS = DefaultDatabaseTemplate.NEEDS;
    private static final String HISTORY = DefaultDatabaseTemplate.HISTORY;

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(SituationIT.class);
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
    TemplateService templates;

    @EJB
    RequirementService requirementService;

    @Inject
    AsKam asEmma;

    @Inject
    AsOtherKam asLucas;

    @Inject
    AsTeamMember asTom;

    @Inject
    AsDirector asDirector;

    @Inject
    AsExecutive asClaire;

    @Inject
    AsHr asHana;

    @ArquillianResource
    URL base;

    private final List<Long> created = new java.util.ArrayList<>();

    @Test
    void theKamSavesASectionSanitisedAndEveryChangeIsInTheHistory() throws Exception {
        long id = emmasAccount("History");
        long v1 = asEmma.call(() -> databases.saveSection(id, CUSTOMER, -1, new SectionInput()
                .value("businessModel", "<p>Builds <b>satellites</b><script>alert('x')</script></p>")
                .row("strategicPriorities", Map.of("priority", "Lead the constellation market", "horizon", "2028"))
                .row("strategicPriorities", Map.of("priority", "Cut launch costs by 30 %"))));
        DatabaseView view = asEmma.call(() -> databases.open(id));
        String stored = view.section(CUSTOMER).getValues().get("businessModel");
        assertTrue(stored.contains("<b>satellites</b>"), stored);
        assertFalse(stored.contains("script"), "a pasted script never reaches the database: " + stored);
        assertEquals(List.of("Lead the constellation market", "Cut launch costs by 30 %"),
                asEmma.call(() -> databases.customerStrategicPriorities(id)));

        asEmma.call(() -> databases.saveSection(id, CUSTOMER, v1, new SectionInput()
                .value("businessModel", "<p>Builds and operates satellites</p>")
                .row("strategicPriorities", Map.of("priority", "Lead the constellation market", "horizon", "2028"))
                .row("strategicPriorities", Map.of("priority", "Cut launch costs by 30 %"))));
        List<SectionChange> history = asEmma.call(() -> databases.history(id, CUSTOMER, 0, 10));
        assertEquals(3, history.size(), "two fields on the first save, one on the second");
        SectionChange latest = history.get(0);
        assertEquals("businessModel", latest.getFieldKey());
        assertEquals("emma.kam", latest.getChangedBy());
        assertTrue(latest.getOldValue().contains("<b>satellites</b>"));
        assertEquals("<p>Builds and operates satellites</p>", latest.getNewValue());
        assertEquals(3L, asEmma.call(() -> databases.historyCount(id, CUSTOMER)));

        List<CitableField> citable = asEmma.call(() -> databases.citableFields(id));
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
        long v1 = asEmma.call(() -> databases.saveSection(id, HISTORY, -1,
                new SectionInput().value("relationshipSince", "2015-01-01")));
        asEmma.call(() -> databases.saveSection(id, HISTORY, v1,
                new SectionInput().value("relationshipSince", "2016-02-02")));
        assertThrows(StaleEditException.class, () -> asEmma.call(() -> databases.saveSection(id, HISTORY, v1,
                new SectionInput().value("relationshipSince", "2017-03-03"))));
        assertEquals("2016-02-02", asEmma.call(() -> databases.open(id)).section(HISTORY).getValues()
                .get("relationshipSince"), "no lost update");
        assertThrows(StaleEditException.class, () -> asEmma.call(() -> databases.saveSection(id, NEEDS, 7,
                new SectionInput())), "a first save must say it read an unsaved section");
    }

    @Test
    void badValuesAreRefusedWithAMessageOnEachFieldInTheUsersLanguage() throws Exception {
        long id = emmasAccount("Bad input");
        InvalidSectionException invalid = assertThrows(InvalidSectionException.class, () -> asEmma.call(() ->
                databases.saveSection(id, HISTORY, -1, new SectionInput().value("relationshipSince", "1850-01-01")
                        .row("events", Map.of("date", "2024-02-01", "type", "MEETING")))));
        assertEquals(2, invalid.problems().size());
        assertEquals("relationshipSince", invalid.problems().get(0).getFieldKey());
        assertEquals("Saisissez une date entre 1900 et 2100.",
                Bundle.text(Locale.FRENCH, invalid.problems().get(0).getMessageKey()));
        assertEquals("Row 1: Description is required.", Bundle.text(Locale.ENGLISH,
                invalid.problems().get(1).getMessageKey(), 1, "Description"));
        InvalidSectionException number = assertThrows(InvalidSectionException.class, () -> asEmma.call(() ->
                databases.saveSection(id, CUSTOMER, -1, new SectionInput().value("employees", "many"))));
        assertEquals("situation.value.number", number.problems().get(0).getMessageKey());
        assertEquals(-1, asEmma.call(() -> databases.open(id)).section(HISTORY).getVersion(), "nothing saved");
    }

    @Test
    void teamMembersReadAndWriteOnlyTheSectionsTheKamGrantsThem() throws Exception {
        long id = emmasAccount("Grants");
        long tom = user(em, "tom.team").getId();
        assertThrows(AccessDeniedException.class, () -> asTom.call(() ->
                databases.saveSection(id, NEEDS, -1, new SectionInput().value("expectations", "<p>x</p>"))));
        assertEquals(4, asTom.call(() -> databases.open(id)).getSections().size(), "an internal member reads all");

        assertThrows(AccessDeniedException.class, () -> asTom.call(() -> databases.grant(id, NEEDS, tom)),
                "only the KAM grants");
        asEmma.call(() -> databases.grant(id, NEEDS, tom));
        asTom.call(() -> databases.saveSection(id, NEEDS, -1,
                new SectionInput().value("expectations", "<p>Lower total cost of ownership</p>")));
        assertThrows(AccessDeniedException.class, () -> asTom.call(() ->
                databases.saveSection(id, CUSTOMER, -1, new SectionInput().value("markets", "<p>x</p>"))));
        DatabaseView asSeenByTom = asTom.call(() -> databases.open(id));
        assertTrue(asSeenByTom.section(NEEDS).isWritable());
        assertFalse(asSeenByTom.section(CUSTOMER).isWritable());
        assertEquals("tom.team", asEmma.call(() -> databases.history(id, NEEDS, 0, 5)).get(0).getChangedBy());

        long lucas = user(em, "lucas.kam").getId();
        BusinessRuleException notOnTeam = assertThrows(BusinessRuleException.class, () -> asEmma.call(() ->
                databases.grant(id, HISTORY, lucas)));
        assertEquals(KeyAccountDatabaseService.NOT_ON_TEAM, notOnTeam.messageKey());
        var grants = asEmma.call(() -> databases.grants(id));
        asEmma.call(() -> {
            databases.revoke(id, grants.get(0).getId());
            return null;
        });
        assertThrows(AccessDeniedException.class, () -> asTom.call(() ->
                databases.saveSection(id, NEEDS, 1, new SectionInput())));
    }

    @Test
    void theDirectorAndExecutivesReadButOtherKamsAndHrGetNothing() throws Exception {
        long id = emmasAccount("Readers");
        asEmma.call(() -> databases.saveSection(id, CUSTOMER, -1,
                new SectionInput().row("strategicPriorities", Map.of("priority", "Grow in Asia"))));
        assertEquals(4, asDirector.call(() -> databases.open(id)).getSections().size());
        assertEquals(List.of("Grow in Asia"), asClaire.call(() -> databases.customerStrategicPriorities(id)));
        assertThrows(AccessDeniedException.class, () -> asDirector.call(() ->
                databases.saveSection(id, CUSTOMER, 1, new SectionInput())), "the KA Director reads only");
        assertThrows(AccessDeniedException.class, () -> asLucas.call(() -> databases.open(id)));
        assertThrows(AccessDeniedException.class, () -> asLucas.call(() -> databases.customerStrategicPriorities(id)));
        assertThrows(AccessDeniedException.class, () -> asLucas.call(() -> databases.stakeholders(id)));
        assertDenied(() -> asHana.call(() -> databases.open(id)));
        assertDenied(() -> asHana.call(() -> databases.citableFields(id)));
    }

    @Test
    void theStakeholderMapKeepsAReportingTreeAndFlagsWhoNeedsAttention() throws Exception {
        long id = emmasAccount("Stakeholders");
        long emma = user(em, "emma.kam").getId();
        Stakeholder ceo = asEmma.call(() -> stakeholders.save(id, new StakeholderInput().name("Claudia Ceo")
                .title("CEO").decisionRole(DecisionRole.DECISION_MAKER).influence(9)
                .attitude(Attitude.OPPONENT).lastContact(LocalDate.now().minusMonths(8))));
        Stakeholder buyer = asEmma.call(() -> stakeholders.save(id, new StakeholderInput().name("Bob Buyer")
                .decisionRole(DecisionRole.GATEKEEPER).influence(5).attitude(Attitude.SUPPORTER)
                .reportsToId(ceo.getId()).relationshipOwnerId(emma).lastContact(LocalDate.now())));
        List<Stakeholder> map = asEmma.call(() -> databases.stakeholders(id));
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
                asEmma.call(() -> stakeholders.save(id, loop)));
        assertEquals(StakeholderService.CYCLE, cycle.messageKey());
        assertThrows(AccessDeniedException.class, () -> asTom.call(() -> stakeholders.save(id,
                new StakeholderInput().name("Not granted"))));
        assertThrows(AccessDeniedException.class, () -> asLucas.call(() -> {
            stakeholders.remove(id, ceo.getId());
            return null;
        }));
        asEmma.call(() -> {
            stakeholders.remove(id, ceo.getId());
            return null;
        });
        assertEquals(null, asEmma.call(() -> databases.stakeholders(id)).get(0).getReportsTo());
    }

    @Test
    void movingToANewTemplateVersionKeepsValuesAndListsThoseOfRemovedFields() throws Exception {
        long id = emmasAccount("Migration");
        asEmma.call(() -> databases.saveSection(id, CUSTOMER, -1, new SectionInput()
                .value("businessModel", "<p>Satellites</p>").value("environment", "<p>Space law changes</p>")));
        DocumentTemplate active = asDirector.call(() -> templates.activeFor(DocumentKind.KEY_ACCOUNT_DATABASE, null))
                .orElseThrow();
        DocumentTemplate leaner = asDirector.call(() -> templates.newDraft(active.getId(), "Leaner " + id));
        tx.begin();
        DocumentTemplate managed = em.find(DocumentTemplate.class, leaner.getId());
        managed.section(CUSTOMER).orElseThrow().remove("environment");
        managed.archive();
        tx.commit();
        BusinessRuleException kamCannot = assertThrows(AccessDeniedException.class, () -> asLucas.call(() ->
                databases.moveToTemplate(id, leaner.getId())));
        assertEquals(AccessDeniedException.KEY, kamCannot.messageKey());

        List<RemovedValue> removed = asEmma.call(() -> databases.moveToTemplate(id, leaner.getId()));
        assertEquals(1, removed.size());
        assertEquals("environment", removed.get(0).getFieldKey());
        DatabaseView view = asEmma.call(() -> databases.open(id));
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
        asEmma.call(() -> databases.saveSection(older, CUSTOMER, -1, new SectionInput().value("employees", "12")));
        segment(older, Quadrant.STREAMLINE);
        Browserless emmasBrowser = signedIn(base, "emma.kam");
        assertTrue(emmasBrowser.get("situation/database.xhtml?account=" + older).body().contains("templateMove:move"),
                "the KAM is offered the version now active for the segment");
        assertEquals(active.getNumber(), asEmma.call(() -> databases.open(older)).getTemplate().getNumber(),
                "until then the database keeps its version");

        long id = emmasAccount("Streamline");
        segment(id, Quadrant.STREAMLINE);
        DatabaseView view = asEmma.call(() -> databases.open(id));
        assertEquals(activated.getNumber(), view.getTemplate().getNumber());
        assertTrue(view.getTemplate().field(CUSTOMER, "esg").isPresent());
        assertTrue(view.getTemplate().field(CUSTOMER, "environment").isEmpty());
        assertDenied(() -> asEmma.call(() -> templates.versions(DocumentKind.KEY_ACCOUNT_DATABASE)));
        assertDenied(() -> asEmma.call(() -> templates.newDraft(active.getId(), "mine")));
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
        assertDenied(() -> asEmma.call(() -> requirementService.save(Quadrant.STAR, 1, 0, Set.of())));

        asEmma.call(() -> databases.saveSection(id, DefaultDatabaseTemplate.COMPETITION, -1, new SectionInput()
                .row("competitors", Map.of("competitor", "Airbus Defence"))));
        DatabaseView view = asEmma.call(() -> databases.open(id));
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
        assertTrue(asEmma.call(() -> databases.open(id)).section(DefaultDatabaseTemplate.COMPETITION).isStale(),
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
        asEmma.call(() -> databases.saveSection(id, CUSTOMER, -1, new SectionInput()
                .value("markets", "<p>Europe &amp; Asia</p>").row("strategicPriorities", Map.of("priority", "Asia"))));
        asEmma.call(() -> databases.grant(id, HISTORY, paul));
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
        asEmma.call(() -> databases.saveSection(id, CUSTOMER, -1,
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

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Removes the accounts this test created (their databases, grants and stakeholders go with them), so that the
     * shared test database does not fill up with Emma's accounts across runs.
     */
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
}
