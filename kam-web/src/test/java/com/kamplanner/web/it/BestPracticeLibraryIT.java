package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.businessError;
import static com.kamplanner.web.it.ContainerTests.runAs;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.bestpractice.BestPractice;
import com.kamplanner.bestpractice.BestPracticeService;
import com.kamplanner.bestpractice.Candidate;
import com.kamplanner.bestpractice.LibraryQuery;
import com.kamplanner.bestpractice.LibraryRules;
import com.kamplanner.bestpractice.PracticeKind;
import com.kamplanner.bestpractice.PracticeView;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.StaleEditException;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The best-practice library in the container: its one cross-account read (another KAM opens a marked programme
 * of Emma's account, and nothing else of that account, and loses it when it is unmarked), the marking rules and
 * form, the demo's marked plan version, and every forbidden path over the services and pages.
 */
@ExtendWith(ArquillianExtension.class)
class BestPracticeLibraryIT {

    private static final String PROGRAMME = "H160 second source";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(BestPracticeLibraryIT.class);
    }

    @EJB
    BestPracticeService library;

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
}
