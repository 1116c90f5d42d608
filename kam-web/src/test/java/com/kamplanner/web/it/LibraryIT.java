package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LibreOffice;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.web.faces.BusinessErrors;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
 * The KA Director's conflict register and best-practice library in the container: the library's one
 * cross-account read (another KAM opens a marked programme of Emma's account, and nothing else of that account,
 * and loses it when it is unmarked), the marking rules, and every forbidden path over the services and pages;
 * the register's forward-only statuses, the resolution note in English and French, stale edits, and the export.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryIT {

    private static final String PROGRAMME = "H160 second source";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(LibraryIT.class, LibreOffice.class);
    }

    @EJB
    BestPracticeService library;

    @EJB
    ConflictService conflicts;

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

    @ArquillianResource
    URL base;

    // ---- the best-practice library ----

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
        assertEquals(LibraryRules.COMMENT_REQUIRED, refusal(() -> asDirector.call(
                () -> library.mark(PracticeKind.ACTION_PROGRAMME, programme, "  "))).messageKey());
        assertEquals(LibraryRules.NOT_ELIGIBLE, refusal(() -> asDirector.call(
                () -> library.mark(PracticeKind.PLAN_VERSION, working, "A working version"))).messageKey());
        assertTrue(asDirector.call(() -> library.candidates(PracticeKind.PLAN_VERSION)).stream()
                .noneMatch(c -> c.itemId() == working), "a working version is never offered");

        BestPractice marked = asDirector.call(() -> library.mark(PracticeKind.ACTION_PROGRAMME, programme,
                "Contractual and relational plans that move together towards one objective."));
        assertEquals(LibraryRules.ALREADY_MARKED, refusal(() -> asDirector.call(
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
            assertDenied(() -> run(runner, () -> library.page(new LibraryQuery())));
            assertDenied(() -> run(runner, () -> library.open(1L)));
        }
        for (String user : List.of("tom.team", "claire.exec", "hana.hr")) {
            Browserless client = new Browserless(base);
            client.login(user, DEMO_PASSWORD);
            assertEquals(403, client.get("library/index.xhtml").statusCode(), user);
            assertEquals(403, client.get("library/practice.xhtml?id=1").statusCode(), user);
        }
        for (String user : List.of("emma.kam", "lucas.kam", "david.kad")) {
            Browserless client = new Browserless(base);
            client.login(user, DEMO_PASSWORD);
            assertEquals(200, client.get("library/index.xhtml").statusCode(), user);
        }
        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> index = david.get("library/index.xhtml");
        assertTrue(index.body().contains("id=\"mark:kind\"") && index.body().contains("id=\"mark:item\"")
                && index.body().contains("id=\"mark:comment\"") && index.body().contains("id=\"mark:save\"")
                && index.body().contains("id=\"library:practices\""), index.body());
    }

    // ---- the conflict register ----

    @Test
    void resolvingNeedsANoteInEnglishAndFrenchAndAConflictNeverMovesBack() throws Exception {
        Conflict opened = asDirector.call(() -> conflicts.open("Engineers wanted twice " + System.nanoTime(),
                ConflictKind.BETWEEN_ACCOUNTS, "Engineering", "Two accounts want the same two engineers in March.",
                List.of(id("select a.id from Account a where a.name = 'Airbus Helicopters'"))));
        assertEquals(ConflictStatus.OPEN, opened.getStatus());
        BusinessRuleException noNote = refusal(() -> asDirector.call(
                () -> conflicts.move(opened.getId(), opened.getVersion(), ConflictStatus.RESOLVED, " ")));
        assertEquals(ConflictRules.RESOLUTION_REQUIRED, noNote.messageKey());
        assertEquals("Write the resolution note first: say how the conflict was resolved.",
                BusinessErrors.text(noNote, Locale.ENGLISH));
        assertEquals("Rédigez d’abord la note de résolution : dites comment le conflit a été résolu.",
                BusinessErrors.text(noNote, Locale.FRENCH));

        Conflict mediating = asDirector.call(() -> conflicts.move(opened.getId(), opened.getVersion(),
                ConflictStatus.IN_MEDIATION, null));
        BusinessRuleException back = refusal(() -> asDirector.call(() -> conflicts.move(mediating.getId(),
                mediating.getVersion(), ConflictStatus.OPEN, null)));
        assertEquals(ConflictRules.BACKWARDS, back.messageKey());
        assertTrue(BusinessErrors.text(back, Locale.FRENCH).startsWith("Un conflit ne fait qu’avancer"));
        Conflict resolved = asDirector.call(() -> conflicts.move(mediating.getId(), mediating.getVersion(),
                ConflictStatus.RESOLVED, "One engineer each, a third hired in April."));
        assertEquals("david.kad", resolved.getResolvedBy());
        assertNotNull(resolved.getResolvedAt());
        assertEquals(ConflictRules.BACKWARDS, refusal(() -> asDirector.call(() -> conflicts.move(resolved.getId(),
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
        BusinessRuleException stale = refusal(() -> asDirector.call(() -> conflicts.edit(opened.getId(),
                opened.getVersion(), opened.getTitle(), ConflictKind.BETWEEN_LEVELS, null, "Overwrite", List.of())));
        assertEquals(StaleEditException.KEY, stale.messageKey());
        assertEquals(StaleEditException.KEY, refusal(() -> asDirector.call(() -> conflicts.move(opened.getId(),
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
            assertDenied(() -> run(runner, () -> conflicts.count(new ConflictQuery())));
            assertDenied(() -> run(runner, () -> conflicts.open("x", ConflictKind.BETWEEN_LEVELS, null, "y",
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
            Browserless client = new Browserless(base);
            client.login(user, DEMO_PASSWORD);
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

    private HttpResponse<byte[]> download(String user, String path, String language) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Browserless uris = new Browserless(base);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uris.uri("login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> form = Map.of("login", "login", "login:username", user, "login:password", DEMO_PASSWORD,
                "login:submit", "", "jakarta.faces.ViewState", Browserless.viewState(login.body()));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        client.send(HttpRequest.newBuilder(uris.uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return client.send(HttpRequest.newBuilder(uris.uri(path)).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> T run(Object runner, Callable<T> work) throws Exception {
        if (runner instanceof AsKam k) {
            return k.call(work);
        } else if (runner instanceof AsOtherKam o) {
            return o.call(work);
        } else if (runner instanceof AsTeamMember t) {
            return t.call(work);
        } else if (runner instanceof AsExecutive e) {
            return e.call(work);
        } else if (runner instanceof AsHr h) {
            return h.call(work);
        }
        throw new IllegalArgumentException(String.valueOf(runner));
    }

    private static BusinessRuleException refusal(org.junit.jupiter.api.function.Executable work) {
        Throwable thrown = assertThrows(Throwable.class, work);
        return BusinessErrors.find(thrown).orElseThrow(() -> new AssertionError("expected a business rule", thrown));
    }

    /** Refused by a service rule (AccessDeniedException) or by the container's role check. */
    private static void assertDenied(org.junit.jupiter.api.function.Executable work) {
        Throwable thrown = assertThrows(Throwable.class, work);
        assertTrue(BusinessErrors.isAccessDenied(thrown) || thrown instanceof AccessDeniedException
                        || thrown instanceof EJBException && BusinessErrors.isAccessDenied(thrown.getCause()),
                "expected a refusal, got " + thrown);
    }
}
