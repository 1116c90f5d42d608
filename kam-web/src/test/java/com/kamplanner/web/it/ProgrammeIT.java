package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.businessError;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.okArray;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.runAs;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.audit.AuditTrail;
import com.kamplanner.bestpractice.BestPractice;
import com.kamplanner.bestpractice.BestPracticeService;
import com.kamplanner.bestpractice.Candidate;
import com.kamplanner.bestpractice.LibraryQuery;
import com.kamplanner.bestpractice.LibraryRules;
import com.kamplanner.bestpractice.PracticeKind;
import com.kamplanner.bestpractice.PracticeView;
import com.kamplanner.conflict.Conflict;
import com.kamplanner.conflict.ConflictKind;
import com.kamplanner.conflict.ConflictQuery;
import com.kamplanner.conflict.ConflictRules;
import com.kamplanner.conflict.ConflictService;
import com.kamplanner.conflict.ConflictStatus;
import com.kamplanner.congruence.AccountDocuments;
import com.kamplanner.congruence.ComplianceByKam;
import com.kamplanner.congruence.CongruenceBoard;
import com.kamplanner.congruence.CongruenceLine;
import com.kamplanner.congruence.CongruenceRule;
import com.kamplanner.congruence.KamCompliance;
import com.kamplanner.executive.ExecutiveExports;
import com.kamplanner.executive.ExecutivePeople;
import com.kamplanner.executive.ExecutivePortfolio;
import com.kamplanner.executive.InvestmentBoard;
import com.kamplanner.executive.InvestmentCategory;
import com.kamplanner.executive.InvestmentLine;
import com.kamplanner.executive.InvestmentStatus;
import com.kamplanner.executive.KamRevenue;
import com.kamplanner.executive.PeopleFigures;
import com.kamplanner.executive.PortfolioGlance;
import com.kamplanner.executive.SegmentFigures;
import com.kamplanner.improvement.FigureCount;
import com.kamplanner.improvement.ImprovementAction;
import com.kamplanner.improvement.ProgrammeFigures;
import com.kamplanner.improvement.ProgrammeReviewService;
import com.kamplanner.improvement.Quarter;
import com.kamplanner.improvement.QuarterRecording;
import com.kamplanner.improvement.QuarterReview;
import com.kamplanner.people.AppUser;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LibreOffice;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.priority.CorporatePriority;
import com.kamplanner.priority.PriorityBoard;
import com.kamplanner.priority.PriorityLinks;
import com.kamplanner.priority.PriorityRules;
import com.kamplanner.priority.PriorityService;
import com.kamplanner.priority.PriorityStanding;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.sponsorship.PlanState;
import com.kamplanner.sponsorship.SponsoredAccount;
import com.kamplanner.sponsorship.SponsorshipProgramme;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.TowsOption;
import com.kamplanner.web.account.SponsorshipExport;
import com.kamplanner.web.api.ConstraintViolationMapper;
import com.kamplanner.web.executive.PrioritiesExport;
import com.kamplanner.web.faces.BusinessErrors;
import com.kamplanner.web.i18n.Bundle;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The KA programme as the KA Director and the executives steer it, in one real Payara Micro with the demo company:
 * corporate priorities and sponsorship, the best-practice library, the congruence board, the quarterly programme
 * review, the conflict register and the executive portfolio. Each section was its own class and booted its own
 * server; one class boots once for all of them (Arquillian 1.10 runs JUnit {@code @Nested} classes outside the
 * container, so the sections are plain methods). The sections share the server and its database, as the separate
 * classes already shared the database within a run.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(ProgrammeIT.class, LibreOffice.class);
    }

    @EJB
    PriorityService priorities;

    @EJB
    PriorityBoard board;

    @EJB
    PriorityLinks links;

    @EJB
    StrategyService strategies;

    @EJB
    SponsorshipProgramme sponsorship;

    @Inject
    PrioritiesExport prioritiesExport;

    @Inject
    SponsorshipExport sponsorshipExport;

    @Inject
    AsExecutive asExecutive;

    @Inject
    AsDirector asDirector;

    @Inject
    AsKam asKam;

    @Inject
    AsOtherKam asOtherKam;

    @Inject
    AsHr asHr;

    @Inject
    AsTeamMember asTeamMember;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

    @EJB
    BestPracticeService library;

    @EJB
    CongruenceBoard congruenceBoard;

    @EJB
    ComplianceByKam compliance;

    @EJB
    AssignmentService assignments;

    @EJB
    ProgrammeReviewService review;

    @EJB
    com.kamplanner.culture.Recognitions recognitionCount;

    @EJB
    FigureCount count;

    @EJB
    QuarterRecording recording;

    @EJB
    AuditTrail audit;

    @Inject
    AsAdministrator asAdministrator;

    @EJB
    ConflictService conflicts;

    @EJB
    ExecutivePortfolio portfolio;

    @EJB
    InvestmentBoard executivePortfolioBoard;

    @EJB
    ExecutivePeople people;

    @EJB
    ExecutiveExports exports;

    // ======== Corporate priorities and sponsorship (formerly PrioritiesIT) ========
    // Corporate strategic priorities and the sponsorship programme in a real Payara Micro with the demo company: the
    // executive keeps the priorities, Emma links an objective of her account and the executive sees it served, every
    // refusal (another KAM, other roles, a stale edit, a meeting in the future or on someone else's account), the
    // XLSX exports through POI and LibreOffice, then the pages and {@code /api/programme/priorities} over HTTP by role.

    private static final String PAGE = "executive/priorities.xhtml";

    private static final String API = "api/programme/priorities";

    // ---- priorities and links, inside the container ----

    @Test
    void theExecutiveAddsAPriorityEmmaLinksHerObjectiveAndTheExecutiveSeesItServed() throws Exception {
        String title = "Lead rotorcraft sustainability " + UUID.randomUUID();
        CorporatePriority added = asExecutive.call(() -> priorities.save(new CorporatePriority(title, 2026, 2028)));
        assertTrue(standing(added.getId()).isUnserved(), "nobody serves a new priority");

        long airbus = accountId(em, "Airbus Helicopters");
        Objective blades = strategicObjective(airbus, "Become the qualified second source for H160 blades");
        assertTrue(asKam.call(() -> links.choices(airbus)).stream().anyMatch(p -> p.getId().equals(added.getId())),
                "Emma is offered the priority in her objectives step");
        asKam.call(() -> links.saveObjective(airbus, blades, null, optionIds(blades), List.of(added.getId())));

        PriorityStanding served = standing(added.getId());
        assertFalse(served.isUnserved());
        assertEquals(1, served.accounts());
        assertTrue(served.serving().stream().anyMatch(l -> l.accountName().equals("Airbus Helicopters")
                && l.objectiveTitle().equals(blades.getTitle())), served.serving().toString());
        assertEquals(List.of(added.getId()), asKam.call(() -> links.linksOf(airbus)).get(blades.getId()).stream()
                .map(CorporatePriority::getId).toList(), "the objective tree shows the link");
        assertEquals(1L, em.createQuery("select count(e) from AuditEntry e where e.action = 'priority.linked' "
                + "and e.detail like :t", Long.class).setParameter("t", "%" + title + "%").getSingleResult());

        // Lucas may neither see the choices of Emma's account nor link her objective.
        Objective fresh = strategicObjective(airbus, blades.getTitle());
        assertDenied(() -> asOtherKam.call(() -> links.choices(airbus)));
        assertDenied(() -> asOtherKam.call(() -> links.saveObjective(airbus, fresh, null, optionIds(fresh),
                List.of())));
        assertDenied(() -> asHr.call(() -> links.choices(airbus)));

        // A served priority is not deleted; retired, it is no longer offered and takes no new objective.
        CorporatePriority current = asExecutive.call(() -> priorities.find(added.getId()));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> asExecutive.call(() -> { priorities.delete(current.getId(), current.getVersion()); return null; }));
        assertEquals(PriorityService.SERVED_CANNOT_DELETE, refused.messageKey());
        assertTrue(BusinessErrors.text(refused, Locale.ENGLISH).contains("Retire it instead"));
        asExecutive.call(() -> priorities.retire(current.getId(), current.getVersion(), true));
        assertFalse(asKam.call(() -> links.choices(airbus)).stream().anyMatch(p -> p.getId().equals(added.getId())));
        Objective wallet = strategicObjective(airbus, "Grow our share of wallet in rotor systems");
        BusinessRuleException retired = assertThrows(BusinessRuleException.class, () -> asKam.call(() ->
                links.saveObjective(airbus, wallet, null, optionIds(wallet), List.of(added.getId()))));
        assertEquals(PriorityLinks.RETIRED, retired.messageKey());
        assertTrue(standing(added.getId()).serving().size() == 1, "retired, it keeps its link");
    }

    @Test
    void onlyStrategicObjectivesServeAPriority() throws Exception {
        CorporatePriority priority = asExecutive.call(() -> priorities.save(new CorporatePriority(
                "Strategic only " + UUID.randomUUID(), 2026, 2026)));
        long airbus = accountId(em, "Airbus Helicopters");
        Objective operational = asKam.call(() -> strategies.workspace(airbus)).getObjectives().stream()
                .filter(o -> o.getLevel() == Objective.Level.OPERATIONAL).findFirst().orElseThrow();
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> asKam.call(() ->
                links.saveObjective(airbus, operational, operational.getParent().getId(), List.of(),
                        List.of(priority.getId()))));
        assertEquals(PriorityRules.STRATEGIC_ONLY, refused.messageKey());
        assertTrue(standing(priority.getId()).isUnserved());
    }

    @Test
    void onlyExecutivesKeepPrioritiesAndAConcurrentEditGetsTheStaleEditMessage() throws Exception {
        CorporatePriority added = asExecutive.call(() -> priorities.save(new CorporatePriority(
                "Concurrent " + UUID.randomUUID(), 2026, 2027)));
        CorporatePriority mine = asExecutive.call(() -> priorities.find(added.getId()));
        CorporatePriority theirs = asExecutive.call(() -> priorities.find(added.getId()));
        theirs.setDescription("Saved first");
        asExecutive.call(() -> priorities.save(theirs));
        mine.setDescription("Saved second, from a stale copy");
        StaleEditException stale = assertThrows(StaleEditException.class, () -> asExecutive.call(() ->
                priorities.save(mine)));
        assertTrue(BusinessErrors.text(stale, Locale.ENGLISH).startsWith("Someone else saved this record"));
        assertEquals("Saved first", asDirector.call(() -> priorities.find(added.getId())).getDescription());

        CorporatePriority backwards = new CorporatePriority("Backwards " + UUID.randomUUID(), 2028, 2026);
        BusinessRuleException period = assertThrows(BusinessRuleException.class,
                () -> asExecutive.call(() -> priorities.save(backwards)));
        assertEquals(PriorityRules.PERIOD_ORDER, period.messageKey());
        assertEquals("The period cannot start (2028) after it ends (2026).",
                BusinessErrors.text(period, Locale.ENGLISH).replace("2,028", "2028").replace("2,026", "2026"));

        CorporatePriority attempt = new CorporatePriority("By the director", 2026, 2027);
        assertThrows(EJBAccessException.class, () -> asDirector.call(() -> priorities.save(attempt)));
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> priorities.save(attempt)));
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> board.board()));
        assertThrows(EJBAccessException.class, () -> asHr.call(() -> board.visible()));
        assertThrows(EJBAccessException.class, () -> asTeamMember.call(() -> board.visible()));
        assertFalse(asDirector.call(() -> board.board()).isEmpty(), "the KA Director reads the board");
    }

    // ---- sponsorship ----

    @Test
    void onlyTheSponsorLogsAMeetingAndNeverInTheFuture() throws Exception {
        long airbus = accountId(em, "Airbus Helicopters");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        asExecutive.call(() -> sponsorship.logMeeting(airbus, yesterday, "Reviewed the blade qualification plan"));
        SponsoredAccount line = asExecutive.call(() -> sponsorship.board()).stream()
                .filter(a -> a.accountId() == airbus).findFirst().orElseThrow();
        assertTrue(line.mine());
        assertNotNull(line.lastMeeting());
        assertFalse(line.lastMeeting().isBefore(yesterday));
        assertFalse(line.planState() == PlanState.MISSING, "Airbus Helicopters has a plan");

        BusinessRuleException future = assertThrows(BusinessRuleException.class, () -> asExecutive.call(() ->
                sponsorship.logMeeting(airbus, LocalDate.now().plusDays(1), "Planned")));
        assertEquals(SponsorshipProgramme.MEETING_IN_FUTURE, future.messageKey());
        assertTrue(BusinessErrors.text(future, Locale.ENGLISH).startsWith("A sponsor meeting cannot be logged in the future"));
        assertTrue(BusinessErrors.text(future, Locale.FRENCH)
                .startsWith("Une rencontre du parrain ne peut pas être enregistrée dans le futur"));

        long notHers = accountId(em, "Rolls-Royce Civil");
        assertDenied(() -> asExecutive.call(() -> sponsorship.logMeeting(notHers, yesterday, "Not my account")));
        assertThrows(EJBAccessException.class, () -> asDirector.call(() ->
                sponsorship.logMeeting(airbus, yesterday, "The director is not the sponsor")));
        assertThrows(EJBAccessException.class, () -> asKam.call(() ->
                sponsorship.logMeeting(airbus, yesterday, "Emma is not the sponsor")));
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> sponsorship.board()));

        List<SponsoredAccount> all = asDirector.call(() -> sponsorship.board());
        assertTrue(all.stream().anyMatch(a -> a.accountId() == airbus && a.sponsorName().equals("Claire Dumont")
                && !a.mine()), "the KA Director sees every sponsor's accounts");
        assertTrue(all.stream().anyMatch(a -> a.planState() == PlanState.MISSING), "a sponsored account without a plan");
    }

    // ---- exports ----

    @Test
    void theBoardsExportToWorkbooksThatOfficeOpens() throws Exception {
        byte[] prioritiesFile = asExecutive.call(() -> prioritiesExport.xlsx(Locale.ENGLISH)).bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(prioritiesFile))) {
            Sheet sheet = book.getSheet("Priorities");
            assertNotNull(sheet);
            assertEquals("Priority", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(text(sheet).contains("Win in defence electronics"));
            assertTrue(text(sheet).contains("Served by no key account"));
            assertTrue(text(book.getSheet("Serving objectives")).contains("Airbus Helicopters"));
        }
        byte[] sponsorshipFile = asDirector.call(() -> sponsorshipExport.xlsx(Locale.FRENCH)).bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sponsorshipFile))) {
            Sheet sheet = book.getSheet("Comptes parrainés");
            assertNotNull(sheet);
            assertTrue(text(sheet).contains("Airbus Helicopters") && text(sheet).contains("Claire Dumont"));
            assertEquals("Interlocuteur chez le client", sheet.getRow(0).getCell(3).getStringCellValue());
            assertTrue(text(sheet).contains("Niveau inadapté"), "the counterpart below decision-maker level, in words");
            assertNotNull(book.getSheet("Sans parrain"));
        }
        assertTrue(em.createQuery("select count(e) from AuditEntry e where e.action in "
                + "('priority.board.exported', 'sponsorship.board.exported')", Long.class).getSingleResult() >= 2);
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> prioritiesExport.xlsx(Locale.ENGLISH)));
        if (LibreOffice.available()) {
            Path dir = Files.createTempDirectory("kam-priorities-");
            Path priorities = Files.write(dir.resolve("priorities.xlsx"), prioritiesFile);
            assertTrue(LibreOffice.pdfText(LibreOffice.convertToPdf(priorities)).contains("Win in defence"));
            Path sponsors = Files.write(dir.resolve("sponsorship.xlsx"), sponsorshipFile);
            assertTrue(LibreOffice.pdfText(LibreOffice.convertToPdf(sponsors)).contains("Airbus Helicopters"));
        }
    }

    // ---- over HTTP ----

    @Test
    @RunAsClient
    void thePrioritiesPageIsForExecutivesAndTheDirectorOnly() throws Exception {
        for (String refused : List.of("hana.hr", "tom.team", "emma.kam")) {
            Browserless browser = new Browserless(base);
            browser.login(refused, DEMO_PASSWORD);
            assertEquals(403, browser.get(PAGE).statusCode(), refused);
        }
        Browserless claire = signedIn(base, "claire.exec");
        HttpResponse<String> page = claire.get(PAGE);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("id=\"priorityForm:title\"") && html.contains("id=\"priorityForm:save\""), html);
        assertTrue(html.contains("id=\"board:priorities\""), "the board");
        assertTrue(html.contains("kam-unserved") && html.contains("Served by no key account"), "the unserved flag");
        assertTrue(html.contains("Airbus Helicopters") && html.contains("Grow our share of wallet in rotor systems"),
                "the demo's served line");
        assertTrue(html.contains("\"type\":\"bar\""), "the chart");

        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> read = david.get(PAGE);
        assertEquals(200, read.statusCode());
        assertFalse(read.body().contains("id=\"priorityForm:title\""), "the KA Director reads, executives edit");

        Browserless emma = signedIn(base, "emma.kam");
        assertEquals(403, emma.get("accounts/sponsorships.xhtml").statusCode());
        HttpResponse<String> sponsorships = david.get("accounts/sponsorships.xhtml");
        assertEquals(200, sponsorships.statusCode());
        assertTrue(sponsorships.body().contains("Claire Dumont"), "every sponsor for the KA Director");
    }

    @Test
    @RunAsClient
    void theApiGivesEverythingToExecutivesOnlyTheirOwnLinksToAKamAnd403ToOthers() throws Exception {
        Browserless client = new Browserless(base);
        for (String user : List.of("claire.exec", "david.kad")) {
            HttpResponse<String> all = api(base, user, API);
            JsonArray priorities = okArray(all);
            assertTrue(strings(priorities, "title").contains("Grow aftermarket services revenue"), all.body());
            assertTrue(servingAccounts(priorities).contains("Airbus Helicopters"), all.body());
            List<JsonValue> unserved = priorities.getValuesAs(JsonObject.class).stream()
                    .map(p -> p.get("unserved")).toList();
            assertTrue(unserved.contains(JsonValue.TRUE) && unserved.contains(JsonValue.FALSE), all.body());
        }
        HttpResponse<String> emma = api(base, "emma.kam", API);
        JsonArray hers = okArray(emma);
        assertTrue(servingAccounts(hers).contains("Airbus Helicopters"), "her own account's link");
        assertTrue(hers.getValuesAs(JsonObject.class).stream().noneMatch(p -> p.containsKey("unserved")),
                "a KAM is not told about other KAMs' accounts");
        HttpResponse<String> lucas = api(base, "lucas.kam", API);
        assertTrue(strings(okArray(lucas), "title").contains("Win in defence electronics"), "every priority's title");
        assertFalse(lucas.body().contains("Airbus Helicopters"), "not Emma's account");
        for (String refused : List.of("hana.hr", "tom.team")) {
            HttpResponse<String> answer = api(base, refused, API);
            assertEquals(403, answer.statusCode(), refused + ": " + answer.body());
            assertFalse(answer.body().contains("Grow aftermarket"), refused + " learns nothing");
        }
        assertEquals(401, client.get(API).statusCode());
    }

    @Test
    @RunAsClient
    void emmaSeesThePrioritiesInHerObjectivesStepAndLucasDoesNotOpenIt() throws Exception {
        long airbus = accountId(base, "Airbus Helicopters");
        Browserless emma = signedIn(base, "emma.kam");
        HttpResponse<String> step = emma.get("strategy/workspace.xhtml?account=" + airbus + "&step=2");
        assertEquals(200, step.statusCode());
        String html = step.body();
        assertTrue(html.contains("id=\"objectives:corporatePriorities\""), "the checkboxes in the objectives form");
        assertTrue(html.contains("Corporate priorities it serves"), "their label");
        assertTrue(html.contains(">Grow aftermarket services revenue</label>"), "a priority title as item label");
        assertTrue(html.contains("Serves: Grow aftermarket services revenue"), "the demo link on the tree");
        Browserless lucas = signedIn(base, "lucas.kam");
        HttpResponse<String> refused = lucas.get("strategy/workspace.xhtml?account=" + airbus + "&step=2");
        assertFalse(refused.statusCode() == 200 && refused.body().contains("objectives:corporatePriorities"),
                "Lucas gets no objectives form on Emma's account");
    }

    @Test
    @RunAsClient
    void theExecutiveAddsAPriorityThroughThePageAndClaireSeesHerSponsorships() throws Exception {
        Browserless claire = signedIn(base, "claire.exec");
        HttpResponse<String> page = claire.get(PAGE);
        String title = "Page priority " + UUID.randomUUID();
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("priorityForm", "priorityForm");
        form.put("priorityForm:title", title);
        form.put("priorityForm:description", "Added through the form");
        form.put("priorityForm:fromYear", "2026");
        form.put("priorityForm:toYear", "2027");
        form.put("priorityForm:save", "");
        form.put("jakarta.faces.ViewState", Browserless.viewState(page.body()));
        HttpResponse<String> saved = claire.post(PAGE, form);
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("Priority " + title + " added."), saved.body());
        assertTrue(saved.body().contains("Added through the form"), "on the board");

        form.put("priorityForm:title", "Backwards " + UUID.randomUUID());
        form.put("priorityForm:fromYear", "2028");
        form.put("jakarta.faces.ViewState", Browserless.viewState(saved.body()));
        HttpResponse<String> refused = claire.post(PAGE, form);
        assertTrue(refused.body().contains("The period cannot start"), refused.body());

        HttpResponse<String> sponsorships = claire.get("accounts/sponsorships.xhtml");
        assertEquals(200, sponsorships.statusCode());
        String html = sponsorships.body();
        assertTrue(html.contains("id=\"meetingForm:logMeeting\"") && html.contains("id=\"meetingForm:note\""),
                "the meeting form");
        assertTrue(html.contains("Airbus Helicopters") && html.contains("kam-last-meeting"), "the last meeting");
        assertTrue(html.contains("Being worked on (v2)") || html.contains("Approved") || html.contains("Review overdue"),
                "Airbus Helicopters' plan state");
        assertTrue(html.contains("No plan"), "a sponsored account without a plan");
    }

    // ---- helpers ----

    /** The names of the accounts whose objectives serve the priorities. */
    private static List<String> servingAccounts(JsonArray priorities) {
        return priorities.getValuesAs(JsonObject.class).stream()
                .flatMap(p -> strings(p.getJsonArray("servedBy"), "accountName").stream()).toList();
    }

    private PriorityStanding standing(long priorityId) throws Exception {
        return asExecutive.call(() -> board.board()).stream().filter(s -> s.priority().getId() == priorityId)
                .findFirst().orElseThrow();
    }

    private Objective strategicObjective(long account, String title) throws Exception {
        Strategy strategy = asKam.call(() -> strategies.workspace(account));
        return strategy.getObjectives().stream().filter(o -> o.getLevel() == Objective.Level.STRATEGIC
                && o.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private static List<Long> optionIds(Objective objective) {
        return objective.getOptions().stream().map(TowsOption::getId).toList();
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('\n')));
        return all.toString();
    }

    // ======== The best-practice library (formerly BestPracticeLibraryIT) ========
    // The best-practice library in the container: its one cross-account read (another KAM opens a marked programme
    // of Emma's account, and nothing else of that account, and loses it when it is unmarked), the marking rules and
    // form, the demo's marked plan version, and every forbidden path over the services and pages.

    private static final String PROGRAMME = "H160 second source";

    @Test
    void anotherKamOpensAMarkedProgrammeButNothingElseOfThatAccountAndLosesItWhenUnmarked() throws Exception {
        long airbus = id("select a.id from Account a where a.name = 'Airbus Helicopters'");
        long programme = id("select p.id from ActionProgramme p where p.strategy.account.id = " + airbus
                + " and p.name = '" + PROGRAMME + "'");
        long otherProgramme = id("select p.id from ActionProgramme p where p.strategy.account.id = " + airbus
                + " and p.name <> '" + PROGRAMME + "'");
        long working = id("select v.id from PlanVersion v where v.plan.account.id = " + airbus + " and v.number = 2");
        unmarkIfMarked(programme);

        assertDenied(() -> asKam.call(() -> library.mark(PracticeKind.ACTION_PROGRAMME, programme, "Mine")));
        assertDenied(() -> asOtherKam.call(() -> library.candidates(PracticeKind.ACTION_PROGRAMME)));
        List<Candidate> candidates = asDirector.call(() -> library.candidates(PracticeKind.ACTION_PROGRAMME));
        assertTrue(candidates.stream().anyMatch(c -> c.itemId() == programme
                && c.accountName().equals("Airbus Helicopters") && c.title().equals(PROGRAMME)), candidates.toString());
        assertEquals(LibraryRules.COMMENT_REQUIRED, businessError(() -> asDirector.call(
                () -> library.mark(PracticeKind.ACTION_PROGRAMME, programme, "  "))).messageKey());
        assertEquals(LibraryRules.NOT_ELIGIBLE, businessError(() -> asDirector.call(
                () -> library.mark(PracticeKind.PLAN_VERSION, working, "A working version"))).messageKey());
        assertTrue(asDirector.call(() -> library.candidates(PracticeKind.PLAN_VERSION)).stream()
                .noneMatch(c -> c.itemId() == working), "a working version is never offered");

        BestPractice marked = asDirector.call(() -> library.mark(PracticeKind.ACTION_PROGRAMME, programme,
                "Contractual and relational plans that move together towards one objective."));
        assertEquals(LibraryRules.ALREADY_MARKED, businessError(() -> asDirector.call(
                () -> library.mark(PracticeKind.ACTION_PROGRAMME, programme, "Again"))).messageKey());

        PracticeView read = asOtherKam.call(() -> library.openItem(PracticeKind.ACTION_PROGRAMME, programme));
        assertEquals(PROGRAMME, read.programme().getName());
        assertTrue(read.programme().getPlans().stream().allMatch(p -> p.getOwnerName() == null),
                "the account's team stays out of the library");
        assertThrows(NotFoundException.class, () -> asOtherKam.call(
                () -> library.openItem(PracticeKind.ACTION_PROGRAMME, otherProgramme)));
        assertThrows(NotFoundException.class, () -> asOtherKam.call(
                () -> library.openItem(PracticeKind.PLAN_VERSION, working)));
        assertTrue(asOtherKam.call(() -> library.page(new LibraryQuery().text("h160 SECOND"))).stream()
                .anyMatch(p -> p.id() == marked.getId()), "found by text, in the database");
        assertTrue(asOtherKam.call(() -> library.page(new LibraryQuery().kind(PracticeKind.STRATEGY))).stream()
                .noneMatch(p -> p.id() == marked.getId()), "filtered by kind");

        Browserless lucas = signedIn(base, "lucas.kam");
        HttpResponse<String> index = lucas.get("library/index.xhtml");
        assertEquals(200, index.statusCode());
        java.util.regex.Matcher links = java.util.regex.Pattern.compile(
                "<a [^>]*class=\"kam-open-practice\"[^>]*>([^<]*)</a>").matcher(index.body());
        boolean listed = false;
        while (links.find()) {
            listed |= links.group(1).contains("Airbus Helicopters") && links.group(1).contains(PROGRAMME);
        }
        assertTrue(listed, index.body());
        assertFalse(index.body().contains("id=\"mark\""), "a KAM gets no marking form");
        HttpResponse<String> practice = lucas.get("library/practice.xhtml?id=" + marked.getId());
        assertEquals(200, practice.statusCode());
        assertTrue(practice.body().contains("id=\"practice\"") && practice.body().contains(PROGRAMME)
                && practice.body().contains("Negotiate the H160 development framework agreement"), practice.body());
        assertFalse(practice.body().contains("account=" + airbus), "no link into the account");
        assertEquals(200, lucas.get("library/practice.xhtml?kind=ACTION_PROGRAMME&item=" + programme).statusCode());

        assertEquals(403, lucas.get("plan/plan.xhtml?account=" + airbus).statusCode());
        assertEquals(403, lucas.get("situation/database.xhtml?account=" + airbus).statusCode());
        assertEquals(403, lucas.getWithBasic("api/accounts/" + airbus + "/plan", "lucas.kam", DEMO_PASSWORD).statusCode());
        assertEquals(404, lucas.get("library/practice.xhtml?kind=ACTION_PROGRAMME&item=" + otherProgramme)
                .statusCode(), "an unmarked programme of the same account");
        assertEquals(404, lucas.get("library/practice.xhtml?kind=PLAN_VERSION&item=" + working).statusCode(),
                "an unmarked plan version of the same account");

        assertThrows(StaleEditException.class, () -> asDirector.call(() -> {
            library.unmark(marked.getId(), marked.getVersion() + 1);
            return null;
        }));
        asDirector.call(() -> {
            library.unmark(marked.getId(), marked.getVersion());
            return null;
        });
        assertEquals(404, lucas.get("library/practice.xhtml?id=" + marked.getId()).statusCode());
        assertEquals(404, lucas.get("library/practice.xhtml?kind=ACTION_PROGRAMME&item=" + programme).statusCode());
        assertThrows(NotFoundException.class, () -> asOtherKam.call(
                () -> library.openItem(PracticeKind.ACTION_PROGRAMME, programme)));
    }

    @Test
    void theDirectorMarksThroughTheFormWhoseItemsFollowTheKind() throws Exception {
        long airbus = id("select a.id from Account a where a.name = 'Airbus Helicopters'");
        long programme = id("select p.id from ActionProgramme p where p.strategy.account.id = " + airbus
                + " and p.name = '" + PROGRAMME + "'");
        unmarkIfMarked(programme);
        Browserless david = signedIn(base, "david.kad");
        String viewState = Browserless.viewState(david.get("library/index.xhtml").body());
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("mark", "mark");
        form.put("mark:kind_input", "ACTION_PROGRAMME");
        form.put("mark:item_input", "");
        form.put("mark:comment", "");
        form.put("jakarta.faces.ViewState", viewState);
        Map<String, String> kindChange = new java.util.LinkedHashMap<>(form);
        kindChange.putAll(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "mark:kind",
                "jakarta.faces.partial.execute", "mark:kind", "jakarta.faces.partial.render", "mark:item",
                "jakarta.faces.behavior.event", "change", "jakarta.faces.partial.event", "change"));
        HttpResponse<String> items = david.post("library/index.xhtml", kindChange);
        assertEquals(200, items.statusCode());
        assertTrue(items.body().contains("value=\"" + programme + "\"") && items.body().contains(PROGRAMME),
                "the item menu now lists the programmes: " + items.body());

        HttpResponse<String> preset = david.get("library/index.xhtml?kind=ACTION_PROGRAMME&item=" + programme);
        assertTrue(preset.body().contains("<option value=\"" + programme + "\" selected=\"selected\""),
                "coming from elsewhere with an item, the form opens on it: " + preset.body());
        HttpResponse<String> approvedPlan = david.get("plan/plan.xhtml?account=" + airbus + "&n=1");
        assertTrue(approvedPlan.body().contains("library/index.xhtml?kind=PLAN_VERSION&amp;item="),
                "the approved version's page offers to mark it");
        assertFalse(david.get("plan/plan.xhtml?account=" + airbus + "&n=2").body()
                .contains("library/index.xhtml?kind=PLAN_VERSION"), "the working version's page does not");

        form.put("mark:item_input", String.valueOf(programme));
        form.put("mark:comment", "Both kinds of plans, one objective.");
        form.put("mark:save", "");
        HttpResponse<String> saved = david.post("library/index.xhtml", form);
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("The item is marked as a best practice."), saved.body());
        assertEquals(1L, em.createQuery("select count(b) from BestPractice b where b.programme.id = " + programme,
                Long.class).getSingleResult());
        unmarkIfMarked(programme);
    }

    @Test
    void theDemoMarksEmmasApprovedFirstPlanWhichLucasReadsFromItsSnapshot() throws Exception {
        long approved = id("select v.id from PlanVersion v where v.plan.account.name = 'Airbus Helicopters' "
                + "and v.number = 1");
        PracticeView read = asOtherKam.call(() -> library.openItem(PracticeKind.PLAN_VERSION, approved));
        assertEquals("Airbus Helicopters", read.plan().getAccountName());
        assertEquals("david.kad", read.plan().getApprovedBy());
        Browserless lucas = signedIn(base, "lucas.kam");
        HttpResponse<String> page = lucas.get("library/practice.xhtml?kind=PLAN_VERSION&item=" + approved);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"practice\"") && page.body().contains("Approved by david.kad"),
                page.body());
    }

    @Test
    void teamMembersExecutivesAndHrHaveNoLibrary() throws Exception {
        for (Object runner : List.of(asTeamMember, asExecutive, asHr)) {
            assertDenied(() -> runAs(runner, () -> library.page(new LibraryQuery())));
            assertDenied(() -> runAs(runner, () -> library.open(1L)));
        }
        for (String user : List.of("tom.team", "claire.exec", "hana.hr")) {
            Browserless client = signedIn(base, user);
            assertEquals(403, client.get("library/index.xhtml").statusCode(), user);
            assertEquals(403, client.get("library/practice.xhtml?id=1").statusCode(), user);
        }
        for (String user : List.of("emma.kam", "lucas.kam", "david.kad")) {
            Browserless client = signedIn(base, user);
            assertEquals(200, client.get("library/index.xhtml").statusCode(), user);
        }
        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> index = david.get("library/index.xhtml");
        assertTrue(index.body().contains("id=\"mark:kind\"") && index.body().contains("id=\"mark:item\"")
                && index.body().contains("id=\"mark:comment\"") && index.body().contains("id=\"mark:save\"")
                && index.body().contains("id=\"library:practices\""), index.body());
    }

    // ---- helpers ----

    private long id(String jpql) {
        return em.createQuery(jpql, Long.class).getResultList().stream().findFirst()
                .orElseThrow(() -> new AssertionError("nothing for " + jpql));
    }

    private void unmarkIfMarked(long programme) throws Exception {
        List<Object[]> existing = em.createQuery("select b.id, b.version from BestPractice b where b.programme.id = "
                + programme, Object[].class).getResultList();
        for (Object[] row : existing) {
            asDirector.call(() -> {
                library.unmark((Long) row[0], (Long) row[1]);
                return null;
            });
        }
    }

    // ======== The congruence board and compliance by KAM (formerly CongruenceIT) ========
    // The KA Director's congruence board and compliance by KAM in a real Payara Micro with the demo company: the
    // rules and the fix of a line inside the container, the table against the modules' own rules, then the pages,
    // the API and the exports over HTTP, open to the KA Director and to no one else.

    private static final List<String> REFUSED = List.of("claire.exec", "emma.kam", "hana.hr", "tom.team");

    private static final List<String> PAGES = List.of("programme/congruence.xhtml", "programme/compliance.xhtml");

    private static final List<String> ENDPOINTS = List.of("api/programme/congruence", "api/programme/compliance",
            "api/programme/congruence/xlsx", "api/programme/compliance/xlsx");

    // ---- inside the container ----

    @Test
    void assigningTheSponsorRemovesTheLineOfAStrategicAccountWithoutOne() throws Exception {
        long rollsRoyce = accountId(em, "Rolls-Royce Civil");
        assertTrue(sponsorLines().contains(rollsRoyce), "the demo's Strategic account without a sponsor has a line");
        long before = asDirector.call(() -> congruenceBoard.counts().get(CongruenceRule.ACCOUNT_WITHOUT_SPONSOR));
        long claire = em.createQuery("select u.id from AppUser u where u.username = 'claire.exec'", Long.class)
                .getSingleResult();

        asDirector.call(() -> assignments.setSponsor(rollsRoyce, claire));
        try {
            assertFalse(sponsorLines().contains(rollsRoyce), "the line is gone once the sponsor is set");
            assertEquals(before - 1, asDirector.call(() -> congruenceBoard.counts().get(CongruenceRule.ACCOUNT_WITHOUT_SPONSOR)));
        } finally {
            asDirector.call(() -> assignments.setSponsor(rollsRoyce, null));
        }
        assertTrue(sponsorLines().contains(rollsRoyce), "and back when the sponsor is taken away");
    }

    @Test
    void theDemoShowsLinesOfSeveralRulesAndPagesAddUpToTheCounts() throws Exception {
        Map<CongruenceRule, Long> counts = asDirector.call(() -> congruenceBoard.counts());
        assertTrue(counts.values().stream().filter(n -> n > 0).count() >= 3, counts.toString());
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<CongruenceLine> all = asDirector.call(() -> congruenceBoard.lines(null, 0, 1000));
        assertEquals(total, all.size());
        List<CongruenceLine> second = asDirector.call(() -> congruenceBoard.lines(null, 2, 3));
        assertEquals(all.subList(2, 5).stream().map(CongruenceLine::getKey).toList(),
                second.stream().map(CongruenceLine::getKey).toList());
        for (CongruenceRule rule : CongruenceRule.values()) {
            assertEquals(counts.get(rule), asDirector.call(() -> congruenceBoard.count(rule)), rule.name());
        }
    }

    @Test
    void onlyTheDirectorMayReadTheBoardsInTheServices() throws Exception {
        for (Callable<Object> as : List.<Callable<Object>>of(
                () -> asExecutive.call(() -> congruenceBoard.counts()), () -> asKam.call(() -> congruenceBoard.lines(null, 0, 10)),
                () -> asHr.call(() -> compliance.table()), () -> asTeamMember.call(() -> congruenceBoard.count(null)),
                () -> asExecutive.call(() -> compliance.table()), () -> asKam.call(() -> compliance.table()))) {
            assertThrows(EJBAccessException.class, as::call);
        }
    }

    @Test
    void theComplianceTableAgreesWithEachModulesOwnRulesAccountByAccount() throws Exception {
        List<KamCompliance> table = asDirector.call(() -> compliance.table());
        assertTrue(table.stream().anyMatch(k -> k.getKamName().startsWith("Emma") && k.getAccounts() > 0));
        for (KamCompliance kam : table) {
            List<AccountDocuments> accounts = asDirector.call(() -> compliance.accountsOf(kam.getKamId(), Locale.ENGLISH));
            assertEquals(kam.getAccounts(), accounts.size(), kam.getKamName());
            assertEquals(kam.getDatabaseMet(), accounts.stream().filter(AccountDocuments::isDatabaseMet).count(),
                    "database of " + kam.getKamName() + ": " + describe(accounts));
            assertEquals(kam.getStrategyMet(), accounts.stream().filter(AccountDocuments::isStrategyMet).count(),
                    "strategy of " + kam.getKamName() + ": " + describe(accounts));
            assertEquals(kam.getPlanMet(), accounts.stream().filter(AccountDocuments::isPlanMet).count(),
                    "plan of " + kam.getKamName());
        }
    }

    private static String describe(List<AccountDocuments> accounts) {
        return accounts.stream().map(a -> a.getAccountName() + " db " + a.getDatabaseCompleteness() + "/"
                + a.getDatabaseMinimum() + " strategy issues " + a.getStrategyIssues()).toList().toString();
    }

    private List<Long> sponsorLines() throws Exception {
        return asDirector.call(() -> congruenceBoard.lines(CongruenceRule.ACCOUNT_WITHOUT_SPONSOR, 0, 1000)).stream()
                .map(CongruenceLine::getSubjectId).toList();
    }

    // ---- over HTTP ----

    @Test
    @RunAsClient
    void theDirectorOpensBothPagesWithTheirLinesAndTheRuleFilter() throws Exception {
        Browserless director = signedIn(base, "david.kad");
        HttpResponse<String> congruenceBoard = director.get("programme/congruence.xhtml");
        assertEquals(200, congruenceBoard.statusCode());
        assertTrue(congruenceBoard.body().contains("id=\"congruence:lines\""), "the lines table");
        assertTrue(congruenceBoard.body().contains("kam-rule-ACCOUNT_WITHOUT_") && congruenceBoard.body().contains("kam-fix"),
                "lines with their fix links");

        HttpResponse<String> filtered = director.get("programme/congruence.xhtml?rule=ACCOUNT_WITHOUT_SPONSOR");
        assertEquals(200, filtered.statusCode());
        assertTrue(filtered.body().contains("kam-rule-ACCOUNT_WITHOUT_SPONSOR"));
        assertFalse(filtered.body().contains("kam-rule-ACCOUNT_WITHOUT_TEAM"), "only the chosen rule");

        HttpResponse<String> bad = director.get("programme/congruence.xhtml?rule=NO_SUCH_RULE");
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("Unknown rule"), "a message for an unknown rule");

        HttpResponse<String> table = director.get("programme/compliance.xhtml");
        assertEquals(200, table.statusCode());
        assertTrue(table.body().contains("compliance:kams") && table.body().contains(" / "), "KAMs with n / N");
    }

    @Test
    @RunAsClient
    void everyoneButTheDirectorIsRefusedEveryPageAndEndpoint() throws Exception {
        for (String user : REFUSED) {
            Browserless browser = signedIn(base, user);
            for (String page : PAGES) {
                assertEquals(403, browser.get(page).statusCode(), user + " " + page);
            }
            for (String endpoint : ENDPOINTS) {
                assertEquals(403, browser.getWithBasic(endpoint, user, DEMO_PASSWORD).statusCode(), user + " " + endpoint);
            }
        }
        Browserless anonymous = new Browserless(base);
        for (String page : PAGES) {
            HttpResponse<String> answer = anonymous.get(page);
            assertTrue(answer.statusCode() == 302 || answer.body().contains("login:username"), page + " asks a login");
        }
        assertEquals(401, anonymous.get("api/programme/congruence").statusCode());
    }

    @Test
    @RunAsClient
    void theApiPagesFiltersAndRefusesAnUnknownRuleInBothLanguages() throws Exception {
        JsonObject all = ok(api(base, "david.kad", "api/programme/congruence?limit=1000"));
        List<String> links = strings(all.getJsonArray("lines"), "link");
        assertEquals(all.getJsonNumber("total").longValue(), links.size(), all.toString());
        JsonObject sponsors = ok(api(base, "david.kad", "api/programme/congruence?rule=ACCOUNT_WITHOUT_SPONSOR"));
        JsonArray sponsorLines = sponsors.getJsonArray("lines");
        assertEquals("ACCOUNT_WITHOUT_SPONSOR", sponsors.getString("rule"), "only the rule asked for, as the filter");
        assertTrue(strings(sponsorLines, "rule").size() == sponsorLines.size() && strings(sponsorLines, "rule")
                .stream().allMatch(r -> r.equals("ACCOUNT_WITHOUT_SPONSOR")), "and on every line: " + sponsors);
        assertTrue(strings(sponsorLines, "subject").contains("Rolls-Royce Civil"), sponsors.toString());
        assertTrue(strings(sponsorLines, "link").stream().allMatch(l -> l.startsWith("/accounts/account.xhtml?id=")));
        JsonObject page = ok(api(base, "david.kad", "api/programme/congruence?offset=1&limit=2"));
        assertEquals(links.subList(1, 3), strings(page.getJsonArray("lines"), "link"));

        String english = problem(api(base, "david.kad", "api/programme/congruence?rule=bogus", "en"), 400)
                .getString("message");
        assertTrue(english.contains("Unknown rule") && english.contains("ACCOUNT_WITHOUT_SPONSOR"), english);
        String french = problem(api(base, "david.kad", "api/programme/congruence?rule=bogus", "fr"), 400)
                .getString("message");
        assertTrue(french.contains("inconnue"), french);
        assertEquals(400, api(base, "david.kad", "api/programme/congruence?limit=0", "en").statusCode());

        JsonArray kams = okArray(api(base, "david.kad", "api/programme/compliance"));
        assertTrue(strings(kams, "kamName").stream().anyMatch(k -> k.startsWith("Emma")), kams.toString());
    }

    @Test
    @RunAsClient
    void everyLinkOfTheBoardOpensForTheDirector() throws Exception {
        Set<String> links = new TreeSet<>(strings(ok(api(base, "david.kad", "api/programme/congruence?limit=1000"))
                .getJsonArray("lines"), "link"));
        assertTrue(links.size() >= 3, links.toString());
        Browserless director = signedIn(base, "david.kad");
        for (String link : links) {
            HttpResponse<String> page = director.get(link.substring(1));
            assertEquals(200, page.statusCode(), link);
        }
    }

    @Test
    @RunAsClient
    void bothBoardsExportToAWorkbookThatOpensInPoiAndLibreOffice() throws Exception {
        Browserless client = new Browserless(base);
        HttpResponse<byte[]> congruence = client.getBytesWithBasic("api/programme/congruence/xlsx", "david.kad",
                DEMO_PASSWORD, "fr");
        assertEquals(200, congruence.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(congruence.body()))) {
            assertEquals("Synthèse", book.getSheetAt(0).getSheetName());
            Sheet lines = book.getSheetAt(1);
            assertEquals("Règle", lines.getRow(0).getCell(0).getStringCellValue());
            assertTrue(text(lines).contains("Rolls-Royce Civil"), "the sponsor line, in French");
            assertTrue(text(lines).contains("parrain exécutif"));
        }
        HttpResponse<byte[]> kams = client.getBytesWithBasic("api/programme/compliance/xlsx", "david.kad", DEMO_PASSWORD,
                "en");
        assertEquals(200, kams.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(kams.body()))) {
            assertEquals("KAM", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertTrue(text(book.getSheetAt(0)).contains("Emma"));
        }
        if (LibreOffice.available()) {
            Path dir = Files.createTempDirectory("programme-exports");
            Path one = Files.write(dir.resolve("congruence.xlsx"), congruence.body());
            Path two = Files.write(dir.resolve("compliance.xlsx"), kams.body());
            String first = LibreOffice.pdfText(LibreOffice.convertToPdf(one));
            assertTrue(first.contains("Rolls-Royce") && first.contains("parrain"), first);
            String second = LibreOffice.pdfText(LibreOffice.convertToPdf(two));
            assertTrue(second.contains("Emma"), second);
        }
    }

    // ======== The quarterly programme review (formerly ProgrammeReviewIT) ========
    // The KA Director's quarterly programme review in a real Payara Micro with the demo company: the figures the page
    // shows are the database's counts and are kept for the quarter, improvement actions are added from the page with
    // their bad inputs refused in both languages, concurrent edits are caught, and every other role is kept out.

    private static final String PROGRAMME_REVIEW_PAGE = "programme/review.xhtml";

    @Test
    void theReviewShowsTodaysCountsAndKeepsThemAsThisQuartersFigures() throws Exception {
        LocalDate today = LocalDate.now();
        QuarterReview shown = asDirector.call(() -> review.review(today));
        ProgrammeFigures counted = count.on(today);
        assertEquals(counted, shown.current());
        assertTrue(counted.keyAccounts() > 0, "the demo company has key accounts");
        assertEquals(counted, recording.find(Quarter.of(today)).getFigures(), "kept for this quarter");
        assertNotNull(shown.previous(), "the demo company's last quarter is recorded");
        assertTrue(shown.history().size() >= 2, "the trend has last quarter and this one");

        // The workbook carries the figures as the page shows them, the teams recognised included.
        Quarter quarter = shown.quarter();
        long recognised = asDirector.call(() -> recognitionCount.countBetween(quarter.start(), quarter.end()));
        byte[] file = asDirector.call(() -> review.export(shown, key -> key)).bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet figures = book.getSheet("review.sheet.figures");
            org.apache.poi.ss.usermodel.Row teams = null;
            for (org.apache.poi.ss.usermodel.Row row : figures) {
                if ("review.figure.RECOGNITIONS".equals(row.getCell(0).getStringCellValue())) {
                    teams = row;
                }
            }
            assertNotNull(teams, "the teams recognised are a line of the figures");
            assertEquals(recognised, (long) teams.getCell(2).getNumericCellValue());
        }
    }

    @Test
    void onlyTheKaDirectorUsesTheReviewService() {
        LocalDate today = LocalDate.now();
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> review.review(today)));
        assertThrows(EJBAccessException.class, () -> asExecutive.call(() -> review.countActions(null)));
        assertThrows(EJBAccessException.class, () -> asHr.call(() -> review.owners()));
        assertThrows(EJBAccessException.class, () -> asTeamMember.call(() -> review.actions(null, 0, 10, null, true)));
    }

    @Test
    void anActionCannotBeDueBeforeTodayAndTheDirectorIsToldSoInBothLanguages() throws Exception {
        long owner = owner("emma.kam");
        LocalDate today = LocalDate.now();
        long before = asDirector.call(() -> review.countActions(null));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> asDirector.call(() ->
                review.add("Too late already", null, owner, today.minusDays(1), today)));
        assertEquals("A new action cannot be due before today.", BusinessErrors.text(refused, Locale.ENGLISH));
        assertEquals("Une nouvelle action ne peut pas avoir une échéance passée.",
                BusinessErrors.text(refused, Locale.FRENCH));
        assertEquals(before, asDirector.call(() -> review.countActions(null)), "nothing half-written");
    }

    @Test
    void twoPeopleEditingTheSameActionGetTheStaleMessageNotASilentOverwrite() throws Exception {
        long owner = owner("lucas.kam");
        LocalDate today = LocalDate.now();
        ImprovementAction added = asDirector.call(() -> review.add("Share the plan template " + UUID.randomUUID(),
                null, owner, today.plusDays(30), today));
        asDirector.call(() -> review.update(added.getId(), added.getVersion(), added.getTitle(), "First edit",
                owner, added.getDueDate(), ImprovementAction.Status.IN_PROGRESS));
        assertThrows(StaleEditException.class, () -> asDirector.call(() -> review.update(added.getId(),
                added.getVersion(), added.getTitle(), "Second edit from an old page", owner, added.getDueDate(),
                ImprovementAction.Status.DONE)));
        ImprovementAction kept = asDirector.call(() -> review.actions(ImprovementAction.Status.IN_PROGRESS, 0, 100,
                null, true)).stream().filter(a -> a.getId().equals(added.getId())).findFirst().orElseThrow();
        assertEquals("First edit", kept.getDescription());
        assertEquals(2, asAdministrator.call(() -> audit.forSubject("ImprovementAction", added.getId())).size(),
                "who added and who changed it is audited");
        assertThrows(StaleEditException.class, () -> asDirector.call(() -> {
            review.delete(added.getId(), added.getVersion());
            return null;
        }));
        asDirector.call(() -> {
            review.delete(kept.getId(), kept.getVersion());
            return null;
        });
        assertEquals(0, asDirector.call(() -> review.actions(null, 0, 1000, null, true)).stream()
                .filter(a -> a.getId().equals(added.getId())).count());
    }

    @Test
    @RunAsClient
    void theReviewPageIsTheKaDirectorsAlone() throws Exception {
        for (String user : List.of("claire.exec", "emma.kam", "hana.hr", "tom.team")) {
            Browserless browser = signedIn(base, user);
            assertEquals(403, browser.get(PROGRAMME_REVIEW_PAGE).statusCode(), user);
        }
        HttpResponse<String> anonymous = new Browserless(base).get(PROGRAMME_REVIEW_PAGE);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));

        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> page = david.get(PROGRAMME_REVIEW_PAGE);
        assertEquals(200, page.statusCode());
        String quarter = Quarter.of(LocalDate.now()).label();
        assertTrue(page.body().contains("Quarterly programme review") && page.body().contains("Plan freshness")
                && page.body().contains("This quarter (" + quarter + ")")
                && page.body().contains("Run a plan-writing workshop for new KAMs")
                && page.body().contains("comparisonChart"), page.body());
        assertFalse(page.body().contains("not recorded"), "the demo company's last quarter is shown");
    }

    @Test
    @RunAsClient
    void anActionAddedOnThePageIsListedAndABlankTitleIsRefusedInTheReadersLanguage() throws Exception {
        Browserless david = signedIn(base, "david.kad");
        String title = "Pair every new KAM with a mentor " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> added = submit(david, david.get(PROGRAMME_REVIEW_PAGE).body(), title);
        assertEquals(200, added.statusCode());
        assertTrue(added.body().contains("Improvement action \"" + title + "\" added."), added.body());
        assertTrue(david.get(PROGRAMME_REVIEW_PAGE).body().contains(title), "listed after a reload");

        HttpResponse<String> blank = submit(david, david.get(PROGRAMME_REVIEW_PAGE).body(), " ");
        assertTrue(blank.body().contains("Give the improvement action a title."), blank.body());

        Map<String, String> toFrench = new LinkedHashMap<>();
        toFrench.put("menu", "menu");
        toFrench.put("menu:lang-fr", "menu:lang-fr");
        toFrench.put("jakarta.faces.ViewState", Browserless.viewState(david.get(PROGRAMME_REVIEW_PAGE).body()));
        david.post(PROGRAMME_REVIEW_PAGE, toFrench);
        HttpResponse<String> french = submit(david, david.get(PROGRAMME_REVIEW_PAGE).body(), "");
        assertTrue(french.body().contains("Donnez un titre à l’action d’amélioration."), french.body());

        // The switch stores David's choice: back to English, for the tests that read his pages after this one.
        Map<String, String> toEnglish = new LinkedHashMap<>();
        toEnglish.put("menu", "menu");
        toEnglish.put("menu:lang-en", "menu:lang-en");
        toEnglish.put("jakarta.faces.ViewState", Browserless.viewState(david.get(PROGRAMME_REVIEW_PAGE).body()));
        david.post(PROGRAMME_REVIEW_PAGE, toEnglish);
    }

    private static HttpResponse<String> submit(Browserless browser, String page, String title) throws Exception {
        Matcher owner = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Emma Laurent</option>").matcher(page);
        assertTrue(owner.find(), "Emma is one of the owners to choose from");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("actions", "actions");
        form.put("actions:title", title);
        form.put("actions:description", "Decided in the quarterly review");
        form.put("actions:owner", owner.group(1));
        form.put("actions:dueDate_input", LocalDate.now().plusMonths(2).toString());
        form.put("actions:statusFilter", "");
        form.put("actions:save", "");
        form.put("jakarta.faces.ViewState", Browserless.viewState(page));
        return browser.post(PROGRAMME_REVIEW_PAGE, form);
    }

    private long owner(String username) throws Exception {
        return asDirector.call(() -> review.owners()).stream().filter(u -> u.getUsername().equals(username))
                .map(AppUser::getId).findFirst().orElseThrow();
    }

    // ======== The conflict register (formerly ConflictRegisterIT) ========
    // The KA Director's conflict register in the container: its forward-only statuses, the resolution note in English
    // and French, stale edits, the page's form, the export, and every forbidden path over the services and pages.

    @Test
    void resolvingNeedsANoteInEnglishAndFrenchAndAConflictNeverMovesBack() throws Exception {
        Conflict opened = asDirector.call(() -> conflicts.open("Engineers wanted twice " + System.nanoTime(),
                ConflictKind.BETWEEN_ACCOUNTS, "Engineering", "Two accounts want the same two engineers in March.",
                List.of(id("select a.id from Account a where a.name = 'Airbus Helicopters'"))));
        assertEquals(ConflictStatus.OPEN, opened.getStatus());
        BusinessRuleException noNote = businessError(() -> asDirector.call(
                () -> conflicts.move(opened.getId(), opened.getVersion(), ConflictStatus.RESOLVED, " ")));
        assertEquals(ConflictRules.RESOLUTION_REQUIRED, noNote.messageKey());
        assertEquals("Write the resolution note first: say how the conflict was resolved.",
                BusinessErrors.text(noNote, Locale.ENGLISH));
        assertEquals("Rédigez d’abord la note de résolution : dites comment le conflit a été résolu.",
                BusinessErrors.text(noNote, Locale.FRENCH));

        Conflict mediating = asDirector.call(() -> conflicts.move(opened.getId(), opened.getVersion(),
                ConflictStatus.IN_MEDIATION, null));
        BusinessRuleException back = businessError(() -> asDirector.call(() -> conflicts.move(mediating.getId(),
                mediating.getVersion(), ConflictStatus.OPEN, null)));
        assertEquals(ConflictRules.BACKWARDS, back.messageKey());
        assertTrue(BusinessErrors.text(back, Locale.FRENCH).startsWith("Un conflit ne fait qu’avancer"));
        Conflict resolved = asDirector.call(() -> conflicts.move(mediating.getId(), mediating.getVersion(),
                ConflictStatus.RESOLVED, "One engineer each, a third hired in April."));
        assertEquals("david.kad", resolved.getResolvedBy());
        assertNotNull(resolved.getResolvedAt());
        assertEquals(ConflictRules.BACKWARDS, businessError(() -> asDirector.call(() -> conflicts.move(resolved.getId(),
                resolved.getVersion(), ConflictStatus.IN_MEDIATION, null))).messageKey());
        assertTrue(asDirector.call(() -> conflicts.page(new ConflictQuery().status(ConflictStatus.RESOLVED)
                .page(0, 500))).stream().allMatch(c -> c.getStatus() == ConflictStatus.RESOLVED), "filtered");
    }

    @Test
    void twoEditsFromTheSameLoadedVersionGiveTheSecondTheStaleMessage() throws Exception {
        Conflict opened = asDirector.call(() -> conflicts.open("Who leads the plant visits " + System.nanoTime(),
                ConflictKind.BETWEEN_LEVELS, "KAM, plant management", "Both want to lead the visits.", List.of()));
        asDirector.call(() -> conflicts.edit(opened.getId(), opened.getVersion(), opened.getTitle(),
                ConflictKind.BETWEEN_LEVELS, "KAM, plant management", "The KAM leads, the plant hosts.", List.of()));
        BusinessRuleException stale = businessError(() -> asDirector.call(() -> conflicts.edit(opened.getId(),
                opened.getVersion(), opened.getTitle(), ConflictKind.BETWEEN_LEVELS, null, "Overwrite", List.of())));
        assertEquals(StaleEditException.KEY, stale.messageKey());
        assertEquals(StaleEditException.KEY, businessError(() -> asDirector.call(() -> conflicts.move(opened.getId(),
                opened.getVersion(), ConflictStatus.IN_MEDIATION, null))).messageKey());
    }

    @Test
    void theDirectorKeepsTheRegisterThroughItsForm() throws Exception {
        String title = "Form conflict " + System.nanoTime();
        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> page = david.get("programme/conflicts.xhtml");
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("conflict", "conflict");
        form.put("conflict:title", "");
        form.put("conflict:kind_input", "BETWEEN_FUNCTIONS");
        form.put("conflict:otherParties", "Logistics, Sales");
        form.put("conflict:description", "Logistics will not hold stock for the Airbus call-offs.");
        form.put("conflict:save", "");
        form.put("jakarta.faces.ViewState", Browserless.viewState(page.body()));
        HttpResponse<String> invalid = david.post("programme/conflicts.xhtml", form);
        assertTrue(invalid.body().contains("The title is required."), "validated at the boundary: " + invalid.body());

        form.put("conflict:title", title);
        HttpResponse<String> saved = david.post("programme/conflicts.xhtml", form);
        assertTrue(saved.body().contains("The entry is saved.") && saved.body().contains("id=\"conflict:resolve\""),
                saved.body());
        Conflict stored = em.createQuery("select c from Conflict c where c.title = :t", Conflict.class)
                .setParameter("t", title).getSingleResult();
        assertEquals(ConflictStatus.OPEN, stored.getStatus());
        assertEquals("Logistics, Sales", stored.getOtherParties());

        Map<String, String> resolve = new java.util.LinkedHashMap<>(form);
        resolve.remove("conflict:save");
        resolve.put("conflict:resolution", "");
        resolve.put("conflict:resolve", "");
        resolve.put("jakarta.faces.ViewState", Browserless.viewState(saved.body()));
        HttpResponse<String> refused = david.post("programme/conflicts.xhtml", resolve);
        assertTrue(refused.body().contains("Write the resolution note first: say how the conflict was resolved."),
                refused.body());
        resolve.put("conflict:resolution", "Sales forecasts the call-offs monthly; logistics holds two weeks.");
        HttpResponse<String> resolved = david.post("programme/conflicts.xhtml", resolve);
        assertTrue(resolved.body().contains("The conflict is resolved.") && resolved.body().contains("id=\"resolution-note\""),
                resolved.body());
    }

    @Test
    void theRegisterIsTheDirectorsAlone() throws Exception {
        for (Object runner : List.of(asKam, asOtherKam, asTeamMember, asExecutive, asHr)) {
            assertDenied(() -> runAs(runner, () -> conflicts.count(new ConflictQuery())));
            assertDenied(() -> runAs(runner, () -> conflicts.open("x", ConflictKind.BETWEEN_LEVELS, null, "y",
                    List.of())));
        }
        assertTrue(asDirector.call(() -> conflicts.countsByStatus()).size() >= 1);
    }

    @Test
    @RunAsClient
    void theRegisterPageAndItsExportAnswerTheDirectorAndRefuseEveryoneElse() throws Exception {
        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> page = david.get("programme/conflicts.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"conflicts:register\"") && page.body().contains("id=\"conflict:save\"")
                && page.body().contains("id=\"conflicts:statusChart\""), page.body());
        HttpResponse<String> resolvedOnly = david.get("programme/conflicts/export?status=NOSUCH");
        assertEquals(400, resolvedOnly.statusCode(), "an unknown status filter");
        for (String user : List.of("emma.kam", "lucas.kam", "tom.team", "claire.exec", "hana.hr")) {
            Browserless client = signedIn(base, user);
            assertEquals(403, client.get("programme/conflicts.xhtml").statusCode(), user);
            assertEquals(403, client.get("programme/conflicts/export").statusCode(), user);
        }

        HttpResponse<byte[]> xlsx = download("david.kad", "programme/conflicts/export", "fr");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Titre", sheet.getRow(0).getCell(0).getStringCellValue());
            boolean resolved = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                resolved |= sheet.getRow(r).getCell(0).getStringCellValue().equals("Test-bench capacity in Marignane")
                        && sheet.getRow(r).getCell(5).getStringCellValue().equals("Résolu");
            }
            assertTrue(resolved, "the demo's resolved conflict, its status in French");
        }
        if (LibreOffice.available()) {
            Path dir = Files.createTempDirectory(Path.of("target"), "conflicts");
            Path pdf = LibreOffice.convertToPdf(Files.write(dir.resolve("conflict-register.xlsx"), xlsx.body()));
            assertTrue(LibreOffice.pdfText(pdf).contains("Test-bench capacity"), "the PDF shows the register");
        }
    }

    private HttpResponse<byte[]> download(String user, String path, String language) throws Exception {
        return signedIn(base, user).getBytes(path, language);
    }

    // ======== The executive's portfolio, investments and people (formerly ExecutivePortfolioIT) ========
    // The executive's portfolio at a glance, investments and people figures in a real Payara Micro with the demo
    // company: the roll-ups as each role, the investment rules (only an executive approves, a changed approved
    // budget is proposed again, negative amounts refused in both languages, concurrent edits refused), the exports
    // reopened and converted, and every page and download over HTTP for the roles that may and may not open them.

    private static final List<String> KAM_NAMES = List.of("Emma Laurent", "Lucas Girard", "Sofia Rossi",
            "Hugo Martin", "emma.kam", "lucas.kam", "sofia.kam", "hugo.kam");

    private static final List<String> EXECUTIVE_PORTFOLIO_PAGES = List.of("executive/portfolio.xhtml", "executive/investments.xhtml",
            "executive/people.xhtml");

    // ---- inside the container ----

    @Test
    void theGlanceRollsUpTheDemosRevenueObjectivesAndPlansPerSegmentAndKam() throws Exception {
        PortfolioGlance glance = asExecutive.call(() -> portfolio.glance());
        assertTrue(glance.getKeyAccounts() >= 10, "the demo's key accounts: " + glance.getKeyAccounts());
        SegmentFigures strategic = glance.segments().stream().filter(s -> s.segment() == Quadrant.STRATEGIC)
                .findFirst().orElseThrow();
        assertTrue(strategic.plansApproved() >= 2, "Airbus Helicopters and Schneider Electric are approved");
        assertTrue(strategic.plansStale() >= 1, "Schneider Electric's plan is past its 3-month review");
        assertTrue(strategic.plansMissing() >= 1, "Rolls-Royce Civil has no plan");
        assertTrue(strategic.revenueTarget().compareTo(new BigDecimal("100000000")) >= 0, strategic.toString());
        Map<String, KamRevenue> kams = new java.util.HashMap<>();
        glance.kams().forEach(k -> kams.put(k.kamName(), k));
        KamRevenue emma = kams.get("Emma Laurent");
        assertNotNull(emma, glance.kams().toString());
        assertEquals(0, new BigDecimal("24000000").compareTo(emma.revenueTarget()), emma.toString());
        assertEquals(0, new BigDecimal("18400000").compareTo(emma.revenueActual()), "the latest actual, not a sum");
        assertEquals(77, emma.getAttainment());
        assertTrue(kams.containsKey("Hugo Martin") && kams.containsKey("Sofia Rossi") && kams.containsKey("Lucas Girard"));
        assertEquals(0, new BigDecimal("79900000").compareTo(asDirector.call(() -> portfolio.revenueByYear())
                .get(2025)), "2025: the four revenue objectives' year-end actuals");
        assertEquals(glance.getKeyAccounts(), asDirector.call(() -> portfolio.glance()).getKeyAccounts());

        assertDenied(() -> asKam.call(() -> portfolio.glance()));
        assertDenied(() -> asTeamMember.call(() -> portfolio.glance()));
        assertDenied(() -> asHr.call(() -> portfolio.glance()));
    }

    @Test
    void onlyAnExecutiveApprovesAndAChangedApprovedBudgetIsProposedAgain() throws Exception {
        InvestmentLine proposed = asDirector.call(() -> executivePortfolioBoard.save(new InvestmentLine(InvestmentCategory.TRAINING,
                "Negotiation course " + System.nanoTime(), 2026, new BigDecimal("25000"), BigDecimal.ZERO)));
        assertEquals(InvestmentStatus.PROPOSED, proposed.getStatus());
        assertEquals("david.kad", proposed.getProposedBy());

        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> asDirector.call(() -> executivePortfolioBoard.approve(proposed.getId(), proposed.getVersion())));
        assertEquals(InvestmentBoard.EXECUTIVE_APPROVES, refused.messageKey());
        assertEquals("Only an executive approves an investment line.", BusinessErrors.text(refused, Locale.ENGLISH));
        assertEquals("Seul un dirigeant approuve une ligne d’investissement.",
                BusinessErrors.text(refused, Locale.FRENCH));

        InvestmentLine approved = asExecutive.call(() -> executivePortfolioBoard.approve(proposed.getId(), proposed.getVersion()));
        assertEquals(InvestmentStatus.APPROVED, approved.getStatus());
        assertEquals("claire.exec", approved.getApprovedBy());

        InvestmentLine spent = asDirector.call(() -> executivePortfolioBoard.find(proposed.getId()));
        spent.setActual(new BigDecimal("12000"));
        InvestmentLine stillApproved = asDirector.call(() -> executivePortfolioBoard.save(spent));
        assertEquals(InvestmentStatus.APPROVED, stillApproved.getStatus(), "an actual spent keeps the approval");
        InvestmentLine raised = asDirector.call(() -> executivePortfolioBoard.find(proposed.getId()));
        raised.setBudget(new BigDecimal("30000"));
        InvestmentLine reopened = asDirector.call(() -> executivePortfolioBoard.save(raised));
        assertEquals(InvestmentStatus.PROPOSED, reopened.getStatus(), "a changed budget is approved again");
        assertEquals(Long.valueOf(1), em.createQuery("select count(e) from AuditEntry e where e.action = "
                + "'investment.reopened' and e.subjectId = :id", Long.class)
                .setParameter("id", String.valueOf(proposed.getId())).getSingleResult());

        assertDenied(() -> asKam.call(() -> executivePortfolioBoard.lines()));
        assertDenied(() -> asHr.call(() -> executivePortfolioBoard.lines()));
        assertDenied(() -> asTeamMember.call(() -> executivePortfolioBoard.approve(proposed.getId(), reopened.getVersion())));
    }

    @Test
    void aConcurrentEditGetsTheStaleEditMessage() throws Exception {
        InvestmentLine line = asDirector.call(() -> executivePortfolioBoard.save(new InvestmentLine(InvestmentCategory.TOOLS,
                "Dashboard licences " + System.nanoTime(), 2026, new BigDecimal("8000"), BigDecimal.ZERO)));
        InvestmentLine mine = asDirector.call(() -> executivePortfolioBoard.find(line.getId()));
        InvestmentLine theirs = asExecutive.call(() -> executivePortfolioBoard.find(line.getId()));
        mine.setActual(new BigDecimal("1000"));
        asDirector.call(() -> executivePortfolioBoard.save(mine));
        theirs.setBudget(new BigDecimal("9000"));
        StaleEditException stale = assertThrows(StaleEditException.class, () -> asExecutive.call(
                () -> executivePortfolioBoard.save(theirs)));
        assertTrue(BusinessErrors.text(stale, Locale.ENGLISH).startsWith("Someone else saved this record"));
        assertThrows(StaleEditException.class, () -> asExecutive.call(() -> executivePortfolioBoard.approve(line.getId(),
                line.getVersion())));
    }

    @Test
    void aNegativeBudgetIsRefusedWithAMessageInEnglishAndFrench() throws Exception {
        Throwable thrown = assertThrows(Throwable.class, () -> asDirector.call(() -> executivePortfolioBoard.save(new InvestmentLine(
                InvestmentCategory.TOOLS, "Negative", 2026, new BigDecimal("-1"), BigDecimal.ZERO))));
        ConstraintViolationException invalid = violation(thrown);
        ConstraintViolation<?> budget = invalid.getConstraintViolations().stream()
                .filter(v -> v.getPropertyPath().toString().endsWith("budget")).findFirst().orElseThrow();
        assertEquals("Budget and actual are amounts in EUR of zero or more.", interpolate(budget, Locale.ENGLISH));
        assertEquals("Le budget et le réel sont des montants en EUR positifs ou nuls.",
                interpolate(budget, Locale.FRENCH));
        assertThrows(Throwable.class, () -> asDirector.call(() -> executivePortfolioBoard.save(new InvestmentLine(
                InvestmentCategory.TOOLS, "Far future", 2300, BigDecimal.ONE, BigDecimal.ZERO))));
        assertEquals(0L, em.createQuery("select count(l) from InvestmentLine l where l.label in "
                + "('Negative', 'Far future')", Long.class).getSingleResult());
    }

    @Test
    void thePeopleFiguresCarryCountsAndAveragesOnly() throws Exception {
        PeopleFigures figures = asHr.call(() -> people.figures(Locale.ENGLISH));
        assertTrue(figures.getKamHeadcount() >= 4);
        assertTrue(figures.getMaxAccounts() >= figures.getMinAccounts());
        assertEquals(4, figures.getAreas().size(), "Selling, Managing, Leading, Strategic thinking");
        assertTrue(figures.getAreas().stream().allMatch(a -> a.target() != null), figures.getAreas().toString());
        String everything = figures.toString();
        KAM_NAMES.forEach(name -> assertFalse(everything.contains(name), name));
        assertNotNull(asExecutive.call(() -> people.figures(Locale.FRENCH)));
        assertDenied(() -> asKam.call(() -> people.figures(Locale.ENGLISH)));
        assertDenied(() -> asTeamMember.call(() -> people.figures(Locale.ENGLISH)));
    }

    @Test
    void theExportsReopenAndConvert() throws Exception {
        Function<String, String> english = key -> Bundle.text(Locale.ENGLISH, key);
        Function<String, String> french = key -> Bundle.text(Locale.FRENCH, key);
        Path dir = Files.createTempDirectory("executive-exports");

        byte[] pdf = asExecutive.call(() -> exports.portfolioPdf(Locale.ENGLISH, english)).bytes();
        String text = LibreOffice.pdfText(Files.write(dir.resolve("portfolio.pdf"), pdf));
        assertTrue(text.contains("Portfolio at a glance") && text.contains("Emma Laurent")
                && text.contains("Revenue target"), text);
        assertTrue(LibreOffice.pdfText(Files.write(dir.resolve("portefeuille.pdf"),
                asDirector.call(() -> exports.portfolioPdf(Locale.FRENCH, french)).bytes())).contains("Le portefeuille d’un coup d’œil"));

        byte[] portfolioXlsx = asDirector.call(() -> exports.portfolioXlsx(Locale.ENGLISH, english)).bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(portfolioXlsx))) {
            assertEquals(2, book.getNumberOfSheets());
            Sheet segments = book.getSheetAt(0);
            assertEquals("Segment", segments.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Strategic", segments.getRow(1).getCell(0).getStringCellValue());
            assertTrue(segments.getRow(1).getCell(5).getNumericCellValue() >= 100000000);
        }
        convert(dir, "portfolio.xlsx", portfolioXlsx);

        byte[] investmentsXlsx = asExecutive.call(() -> exports.investmentsXlsx(english)).bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(investmentsXlsx))) {
            assertEquals("Year", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertTrue(book.getSheetAt(0).getLastRowNum() >= 9, "the demo's nine lines at least");
            assertEquals(2024, (int) book.getSheetAt(1).getRow(1).getCell(0).getNumericCellValue());
        }
        convert(dir, "investments.xlsx", investmentsXlsx);

        byte[] peopleXlsx = asHr.call(() -> exports.peopleXlsx(Locale.FRENCH, french)).bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(peopleXlsx))) {
            assertEquals(3, book.getNumberOfSheets());
            assertEquals("Effectif de KAM", book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            StringBuilder all = new StringBuilder();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> all.append(cell).append(' '))));
            KAM_NAMES.forEach(name -> assertFalse(all.toString().contains(name), name));
        }
        convert(dir, "people.xlsx", peopleXlsx);

        assertDenied(() -> asHr.call(() -> exports.portfolioPdf(Locale.ENGLISH, english)));
        assertDenied(() -> asKam.call(() -> exports.peopleXlsx(Locale.ENGLISH, english)));
        assertDenied(() -> asTeamMember.call(() -> exports.investmentsXlsx(english)));
        assertTrue(em.createQuery("select count(e) from AuditEntry e where e.action = 'executive.portfolio.exported' "
                + "and e.subjectId = 'executive.portfolio' and e.detail = 'pdf'", Long.class)
                .getSingleResult() >= 2);
    }

    // ---- over HTTP ----

    @Test
    @RunAsClient
    void executivesAndTheDirectorOpenThePagesAndTheDownloads() throws Exception {
        for (String user : List.of("claire.exec", "david.kad")) {
            Browserless client = signedIn(base, user);
            for (String page : EXECUTIVE_PORTFOLIO_PAGES) {
                assertEquals(200, client.get(page).statusCode(), user + " " + page);
            }
            HttpResponse<String> portfolioPage = client.get("executive/portfolio.xhtml");
            assertTrue(portfolioPage.body().contains("Emma Laurent") && portfolioPage.body().contains("id=\"segments\""),
                    portfolioPage.body());
            HttpResponse<String> investments = client.get("executive/investments.xhtml");
            assertTrue(investments.body().contains("Key account team coordinator"), investments.body());
            String body = investments.body();
            int at = body.indexOf("Key account team coordinator");
            assertEquals(user.equals("claire.exec"), body.contains(":approve\""), () -> "only an executive sees "
                    + "Approve: " + body.substring(at, Math.min(body.length(), at + 2500)));
            HttpResponse<String> pdf = client.get("executive/export?what=portfolio&format=pdf");
            assertEquals(200, pdf.statusCode());
            assertTrue(pdf.body().startsWith("%PDF"));
            for (String xlsx : List.of("executive/export?what=portfolio&format=xlsx",
                    "executive/export?what=investments&format=xlsx", "executive/people-export")) {
                HttpResponse<String> file = client.get(xlsx);
                assertEquals(200, file.statusCode(), xlsx);
                assertTrue(file.body().startsWith("PK"), xlsx);
            }
            assertEquals(404, client.get("executive/export?what=people&format=pdf").statusCode());
        }
    }

    @Test
    @RunAsClient
    void theDirectorProposesALineOnThePageAndANegativeBudgetIsRefusedThere() throws Exception {
        Browserless david = signedIn(base, "david.kad");
        String label = "Page proposal " + System.nanoTime();
        HttpResponse<String> refused = david.post("executive/investments.xhtml", lineForm(
                david.get("executive/investments.xhtml").body(), label, "-5"));
        assertTrue(refused.body().contains("Budget and actual are amounts in EUR of zero or more."), refused.body());
        assertFalse(refused.body().contains("Investment line saved."));
        HttpResponse<String> saved = david.post("executive/investments.xhtml", lineForm(
                david.get("executive/investments.xhtml").body(), label, "5000"));
        assertTrue(saved.body().contains("Investment line saved.") && saved.body().contains(label), saved.body());
    }

    private static Map<String, String> lineForm(String page, String label, String budget) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("investments", "investments");
        form.put("investments:category_input", "TRAINING");
        form.put("investments:label", label);
        form.put("investments:year_hinput", "2026");
        form.put("investments:budget_hinput", budget);
        form.put("investments:actual_hinput", "0");
        form.put("investments:save", "");
        form.put("jakarta.faces.ViewState", Browserless.viewState(page));
        return form;
    }

    @Test
    @RunAsClient
    void hrOpensThePeopleFiguresOnlyAndTheyNameNoKam() throws Exception {
        Browserless hana = signedIn(base, "hana.hr");
        HttpResponse<String> page = hana.get("executive/people.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("KAM headcount") && page.body().contains("id=\"areas\""), page.body());
        KAM_NAMES.forEach(name -> assertFalse(page.body().contains(name), name + " on the people page"));
        assertEquals(200, hana.get("executive/people-export").statusCode());
        assertEquals(403, hana.get("executive/portfolio.xhtml").statusCode());
        assertEquals(403, hana.get("executive/investments.xhtml").statusCode());
        assertEquals(403, hana.get("executive/export?what=portfolio&format=pdf").statusCode());
        assertEquals(403, hana.get("executive/export?what=investments&format=xlsx").statusCode());

        Browserless claire = signedIn(base, "claire.exec");
        HttpResponse<String> asExecutivePage = claire.get("executive/people.xhtml");
        KAM_NAMES.forEach(name -> assertFalse(asExecutivePage.body().contains(name), name + " for the executive"));
    }

    @Test
    @RunAsClient
    void kamsAndTeamMembersGet403EverywhereAndStrangersTheLoginPage() throws Exception {
        for (String user : List.of("emma.kam", "tom.team")) {
            Browserless client = signedIn(base, user);
            for (String page : EXECUTIVE_PORTFOLIO_PAGES) {
                assertEquals(403, client.get(page).statusCode(), user + " " + page);
            }
            assertEquals(403, client.get("executive/export?what=portfolio&format=pdf").statusCode(), user);
            assertEquals(403, client.get("executive/export?what=investments&format=xlsx").statusCode(), user);
            assertEquals(403, client.get("executive/people-export").statusCode(), user);
        }
        Browserless stranger = new Browserless(base);
        for (String page : EXECUTIVE_PORTFOLIO_PAGES) {
            HttpResponse<String> answer = stranger.get(page);
            assertTrue(answer.statusCode() == 302 || answer.body().contains("login"), page);
            assertFalse(answer.body().contains("Emma Laurent"), page);
        }
    }

    // ---- helpers ----

    /** Converts with LibreOffice when it is installed (required where KAM_OFFICE_REQUIRED=true). */
    private static void convert(Path dir, String name, byte[] xlsx) throws Exception {
        if (!LibreOffice.available()) {
            return;
        }
        Path pdf = LibreOffice.convertToPdf(Files.write(dir.resolve(name), xlsx));
        assertFalse(LibreOffice.pdfText(pdf).isBlank(), name + " converted to an empty PDF");
    }

    private static ConstraintViolationException violation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c) {
                return c;
            }
        }
        throw new AssertionError("expected a constraint violation, got " + thrown, thrown);
    }

    /** The message as the API gives it to a reader of that language. */
    private static String interpolate(ConstraintViolation<?> violation, Locale locale) {
        return ConstraintViolationMapper.message(violation, locale);
    }
}
