package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.audit.AuditTrail;
import com.kamplanner.improvement.FigureCount;
import com.kamplanner.improvement.ImprovementAction;
import com.kamplanner.improvement.ProgrammeFigures;
import com.kamplanner.improvement.ProgrammeReviewService;
import com.kamplanner.improvement.Quarter;
import com.kamplanner.improvement.QuarterRecording;
import com.kamplanner.improvement.QuarterReview;
import com.kamplanner.people.AppUser;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.web.faces.BusinessErrors;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The KA Director's quarterly programme review in a real Payara Micro with the demo company: the figures the page
 * shows are the database's counts and are kept for the quarter, improvement actions are added from the page with
 * their bad inputs refused in both languages, concurrent edits are caught, and every other role is kept out.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeReviewIT {

    private static final String PAGE = "programme/review.xhtml";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(ProgrammeReviewIT.class);
    }

    @EJB
    ProgrammeReviewService review;

    @EJB
    FigureCount count;

    @EJB
    QuarterRecording recording;

    @EJB
    AuditTrail audit;

    @Inject
    AsDirector asDirector;

    @Inject
    AsAdministrator asAdministrator;

    @Inject
    AsKam asKam;

    @Inject
    AsExecutive asExecutive;

    @Inject
    AsHr asHr;

    @Inject
    AsTeamMember asTeamMember;

    @ArquillianResource
    URL base;

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
            assertEquals(403, browser.get(PAGE).statusCode(), user);
        }
        HttpResponse<String> anonymous = new Browserless(base).get(PAGE);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));

        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> page = david.get(PAGE);
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
        HttpResponse<String> added = submit(david, david.get(PAGE).body(), title);
        assertEquals(200, added.statusCode());
        assertTrue(added.body().contains("Improvement action \"" + title + "\" added."), added.body());
        assertTrue(david.get(PAGE).body().contains(title), "listed after a reload");

        HttpResponse<String> blank = submit(david, david.get(PAGE).body(), " ");
        assertTrue(blank.body().contains("Give the improvement action a title."), blank.body());

        Map<String, String> toFrench = new LinkedHashMap<>();
        toFrench.put("menu", "menu");
        toFrench.put("menu:lang-fr", "menu:lang-fr");
        toFrench.put("jakarta.faces.ViewState", Browserless.viewState(david.get(PAGE).body()));
        david.post(PAGE, toFrench);
        HttpResponse<String> french = submit(david, david.get(PAGE).body(), "");
        assertTrue(french.body().contains("Donnez un titre à l’action d’amélioration."), french.body());

        // The switch stores David's choice: back to English, for the tests that read his pages after this one.
        Map<String, String> toEnglish = new LinkedHashMap<>();
        toEnglish.put("menu", "menu");
        toEnglish.put("menu:lang-en", "menu:lang-en");
        toEnglish.put("jakarta.faces.ViewState", Browserless.viewState(david.get(PAGE).body()));
        david.post(PAGE, toEnglish);
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
        return browser.post(PAGE, form);
    }

    private long owner(String username) throws Exception {
        return asDirector.call(() -> review.owners()).stream().filter(u -> u.getUsername().equals(username))
                .map(AppUser::getId).findFirst().orElseThrow();
    }
}
