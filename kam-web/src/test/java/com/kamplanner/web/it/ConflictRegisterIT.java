package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.businessError;
import static com.kamplanner.web.it.ContainerTests.runAs;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.conflict.Conflict;
import com.kamplanner.conflict.ConflictKind;
import com.kamplanner.conflict.ConflictQuery;
import com.kamplanner.conflict.ConflictRules;
import com.kamplanner.conflict.ConflictService;
import com.kamplanner.conflict.ConflictStatus;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LibreOffice;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.web.faces.BusinessErrors;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The KA Director's conflict register in the container: its forward-only statuses, the resolution note in English
 * and French, stale edits, the page's form, the export, and every forbidden path over the services and pages.
 */
@ExtendWith(ArquillianExtension.class)
class ConflictRegisterIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(ConflictRegisterIT.class, LibreOffice.class);
    }

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

    // ---- helpers ----

    private long id(String jpql) {
        return em.createQuery(jpql, Long.class).getResultList().stream().findFirst()
                .orElseThrow(() -> new AssertionError("nothing for " + jpql));
    }

    private HttpResponse<byte[]> download(String user, String path, String language) throws Exception {
        return signedIn(base, user).getBytes(path, language);
    }
}
