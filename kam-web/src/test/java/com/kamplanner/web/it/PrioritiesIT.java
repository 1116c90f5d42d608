package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.okArray;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LibreOffice;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.priority.CorporatePriority;
import com.kamplanner.priority.PriorityBoard;
import com.kamplanner.priority.PriorityLinks;
import com.kamplanner.priority.PriorityRules;
import com.kamplanner.priority.PriorityService;
import com.kamplanner.priority.PriorityStanding;
import com.kamplanner.sponsorship.PlanState;
import com.kamplanner.sponsorship.SponsoredAccount;
import com.kamplanner.sponsorship.SponsorshipProgramme;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.TowsOption;
import com.kamplanner.web.account.SponsorshipExport;
import com.kamplanner.web.executive.PrioritiesExport;
import com.kamplanner.web.faces.BusinessErrors;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
 * Corporate strategic priorities and the sponsorship programme in a real Payara Micro with the demo company: the
 * executive keeps the priorities, Emma links an objective of her account and the executive sees it served, every
 * refusal (another KAM, other roles, a stale edit, a meeting in the future or on someone else's account), the
 * XLSX exports through POI and LibreOffice, then the pages and {@code /api/programme/priorities} over HTTP by role.
 */
@ExtendWith(ArquillianExtension.class)
class PrioritiesIT {

    private static final String PAGE = "executive/priorities.xhtml";
    private static final String API = "api/programme/priorities";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(PrioritiesIT.class, LibreOffice.class);
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
                .startsWith("Une rencontre du sponsor ne peut pas être enregistrée dans le futur"));

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
            assertNotNull(book.getSheet("Sans sponsor"));
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
}
