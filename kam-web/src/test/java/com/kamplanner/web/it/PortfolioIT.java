package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.object;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.RelationshipStage;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.people.UserService;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.segmentation.SegmentationService;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.web.faces.BusinessErrors;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account portfolio in a real Payara Micro: selection decisions with their reasons, segment overrides,
 * the KAM capacity rule, stages, sponsorship, KA teams, and who may see which account, in the services and over
 * the API and the pages.
 */
@ExtendWith(ArquillianExtension.class)
class PortfolioIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(PortfolioIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @EJB
    SegmentationService segmentation;

    @EJB
    AssignmentService assignments;

    @EJB
    UserService users;

    @Inject
    AsDirector asDirector;

    @Inject
    AsKam asEmma;

    @Inject
    AsExecutive asClaire;

    @Inject
    AsAdministrator asAdmin;

    @EJB
    com.kamplanner.selection.QuadrantLookup quadrants;

    @ArquillianResource
    URL base;

    @Test
    void theDirectorMakesAKeyAccountOnlyWithAReasonAndTheDecisionIsKept() throws Exception {
        Account account = newAccount("Decision Test");
        BusinessRuleException noReason = assertThrows(BusinessRuleException.class,
                () -> asDirector.call(() -> segmentation.makeKeyAccount(account.getId(), account.getVersion(), " ")));
        assertEquals(SegmentationService.REASON_REQUIRED, noReason.messageKey());

        Account key = asDirector.call(() -> segmentation.makeKeyAccount(account.getId(), account.getVersion(),
                "Largest growth potential in aerospace"));
        assertTrue(key.isKeyAccount());
        var decisions = asDirector.call(() -> segmentation.decisions(account.getId()));
        assertEquals(1, decisions.size());
        assertEquals("david.kad", decisions.get(0).getDecidedBy());
        assertEquals("Largest growth potential in aerospace", decisions.get(0).getReason());

        Account back = asDirector.call(() -> segmentation.revertToCandidate(key.getId(), key.getVersion(),
                "Merged into its group"));
        assertFalse(back.isKeyAccount());
        assertNull(back.getSegment());
        assertEquals(2, asDirector.call(() -> segmentation.decisions(account.getId())).size());
    }

    @Test
    void aNewKeyAccountTakesItsMatrixQuadrantAsItsSegment() throws Exception {
        List<Long> scoredCandidates = em.createQuery("select i.accountId from AccountIndex i, CriteriaSet s, "
                        + "Account a where i.criteriaSetId = s.id and s.lifecycle.status = :active "
                        + "and a.id = i.accountId "
                        + "and a.keyAccount = false and i.attractiveness is not null and i.strength is not null",
                        Long.class)
                .setParameter("active", com.kamplanner.platform.LifecycleStatus.ACTIVE).getResultList();
        assertFalse(scoredCandidates.isEmpty(), "the demo scores some candidates");
        long id = scoredCandidates.get(0);
        Quadrant expected = quadrants.quadrantOf(id).orElseThrow();
        Account candidate = em.find(Account.class, id);
        Account key = asDirector.call(() -> segmentation.makeKeyAccount(id, candidate.getVersion(), "Scored well"));
        assertEquals(expected, key.getSegment());
        assertFalse(key.isSegmentOverridden(), "a quadrant is not an override");
    }

    @Test
    @RunAsClient
    void theApiFiltersKeyAccounts() throws Exception {
        HttpResponse<String> keys = api(base, "david.kad", "api/accounts?keyAccount=true&size=200");
        List<JsonObject> items = items(keys);
        assertFalse(items.isEmpty(), keys.body());
        assertTrue(items.stream().allMatch(a -> a.getBoolean("keyAccount")), keys.body());
    }

    @Test
    void aDecisionOnAStaleVersionIsRefused() throws Exception {
        Account account = newAccount("Stale Decision");
        assertThrows(StaleEditException.class, () -> asDirector.call(() ->
                segmentation.makeKeyAccount(account.getId(), account.getVersion() + 1, "reason")));
    }

    @Test
    void aSegmentOverrideNeedsAReasonAndIsShownAsOne() throws Exception {
        Account account = newAccount("Override Test");
        Account key = asDirector.call(() -> segmentation.makeKeyAccount(account.getId(), account.getVersion(), "why"));
        assertThrows(BusinessRuleException.class, () -> asDirector.call(() ->
                segmentation.overrideSegment(key.getId(), key.getVersion(), Quadrant.STAR, "")));
        Account overridden = asDirector.call(() -> segmentation.overrideSegment(key.getId(), key.getVersion(),
                Quadrant.STAR, "Strategic partnership signed last month"));
        assertEquals(Quadrant.STAR, overridden.getSegment());
        assertTrue(overridden.isSegmentOverridden());
        assertEquals("Strategic partnership signed last month", overridden.getSegmentReason());
        Account cleared = asDirector.call(() -> segmentation.clearSegmentOverride(key.getId(), overridden.getVersion()));
        assertFalse(cleared.isSegmentOverridden());
    }

    @Test
    void assigningPastAKamsCapacityIsRefusedUnlessTheDirectorConfirmsWithAReason() throws Exception {
        AppUser kam = asAdmin.call(() -> users.create("it.kam" + System.nanoTime() % 1_000_000, "Busy KAM", null,
                "long-enough-1", EnumSet.of(Role.KAM), false));
        tx.begin();
        AppUser managed = em.find(AppUser.class, kam.getId());
        for (int i = 0; i < 10; i++) {
            Account held = new Account("Held " + i + " " + kam.getUsername(), "Retail", "FR");
            held.setKam(managed);
            em.persist(held);
        }
        tx.commit();
        Account eleventh = newAccount("Eleventh");

        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> asDirector.call(() ->
                assignments.assignKam(eleventh.getId(), kam.getId(), false, null)));
        assertEquals(AssignmentService.CAPACITY_EXCEEDED, refused.messageKey());
        assertEquals("Busy KAM already carries 10 of a capacity of 10; this account adds 1. Confirm with a reason "
                + "to assign anyway.", BusinessErrors.text(refused, Locale.ENGLISH));
        assertTrue(BusinessErrors.text(refused, Locale.FRENCH).startsWith("Busy KAM porte déjà 10"));
        assertNull(em.find(Account.class, eleventh.getId()).getKam(), "nothing was assigned");

        BusinessRuleException noReason = assertThrows(BusinessRuleException.class, () -> asDirector.call(() ->
                assignments.assignKam(eleventh.getId(), kam.getId(), true, "  ")));
        assertEquals(AssignmentService.OVERRIDE_REASON_REQUIRED, noReason.messageKey());

        asDirector.call(() -> assignments.assignKam(eleventh.getId(), kam.getId(), true, "Interim cover"));
        em.clear();
        assertEquals(kam.getId(), em.find(Account.class, eleventh.getId()).getKam().getId());
        Object[] recorded = (Object[]) em.createNativeQuery("select capacity_override, override_reason, assigned_by "
                + "from kam_assignment where account_id = ?1").setParameter(1, eleventh.getId()).getSingleResult();
        assertEquals(Boolean.TRUE, recorded[0]);
        assertEquals("Interim cover", recorded[1]);
        assertEquals("david.kad", recorded[2]);
    }

    @Test
    void aKamRecordsTheStagesOfTheirOwnAccountsOnly() throws Exception {
        Account emmas = byName("Thales Alenia Space");
        Account lucass = byName("Grifols");
        Account saved = asEmma.call(() -> segmentation.setStages(emmas.getId(), emmas.getVersion(),
                RelationshipStage.BASIC, RelationshipStage.COOPERATIVE));
        assertEquals(RelationshipStage.COOPERATIVE, saved.getTargetStage());
        assertThrows(AccessDeniedException.class, () -> asEmma.call(() -> segmentation.setStages(lucass.getId(),
                lucass.getVersion(), RelationshipStage.BASIC, RelationshipStage.COOPERATIVE)));
        assertThrows(Exception.class, () -> asEmma.call(() ->
                segmentation.makeKeyAccount(emmas.getId(), emmas.getVersion(), "not hers to decide")),
                "only the KA Director selects key accounts");
    }

    @Test
    void anExecutiveTakesOnASponsorshipButCannotNameSomeoneElse() throws Exception {
        Account account = newAccount("Sponsor Test");
        Account key = asDirector.call(() -> segmentation.makeKeyAccount(account.getId(), account.getVersion(), "why"));
        asDirector.call(() -> segmentation.overrideSegment(key.getId(), key.getVersion(), Quadrant.STRATEGIC,
                "Board decision"));
        assertTrue(asDirector.call(() -> assignments.withoutRequiredSponsor()).stream()
                .anyMatch(a -> a.getId().equals(account.getId())), "a Strategic account without sponsor is listed");

        AppUser otherExecutive = asAdmin.call(() -> users.create("it.exec" + System.nanoTime() % 1_000_000,
                "Other Executive", null, "long-enough-1", EnumSet.of(Role.EXECUTIVE), false));
        assertThrows(AccessDeniedException.class, () -> asClaire.call(() ->
                assignments.setSponsor(account.getId(), otherExecutive.getId())));

        Account sponsored = asClaire.call(() -> assignments.takeOnSponsorship(account.getId()));
        assertEquals("claire.exec", sponsored.getSponsor().getUsername());
        assertTrue(asClaire.call(() -> assignments.sponsoredByMe()).stream()
                .anyMatch(a -> a.getId().equals(account.getId())));
        assertFalse(asDirector.call(() -> assignments.withoutRequiredSponsor()).stream()
                .anyMatch(a -> a.getId().equals(account.getId())), "and it disappears from the list");
    }

    @Test
    void aTeamMemberIsAddedOnceAndThenSeesTheAccount() throws Exception {
        Account account = newAccount("Team Test");
        AppUser nina = users.findByUsername("nina.team").orElseThrow();
        asDirector.call(() -> assignments.addTeamMember(account.getId(), nina.getId(), "Logistics"));
        BusinessRuleException twice = assertThrows(BusinessRuleException.class, () -> asDirector.call(() ->
                assignments.addTeamMember(account.getId(), nina.getId(), "Logistics")));
        assertEquals(AssignmentService.ALREADY_ON_TEAM, twice.messageKey());
        assertEquals(1, asDirector.call(() -> assignments.team(account.getId())).size());
    }

    @Test
    @RunAsClient
    void aKamListsOnlyTheirOwnAccountsOverTheApi() throws Exception {
        HttpResponse<String> page = api(base, "emma.kam", "api/accounts?size=100");
        List<JsonObject> items = items(page);
        assertTrue(items.size() >= 7, "at least Emma's seven demo accounts: " + page.body());
        assertTrue(items.stream().allMatch(a -> "Emma Laurent".equals(a.getString("kamName", null))),
                "and only Emma's: " + page.body());
        assertEquals(items.size(), object(page.body()).getJsonNumber("total").intValue(), page.body());
        assertFalse(page.body().contains("Siemens Healthineers"));
    }

    @Test
    @RunAsClient
    void aKamCannotOpenAnotherKamsAccountByChangingTheId() throws Exception {
        long lucasAccount = accountId(base, "Siemens Healthineers");
        problem(api(base, "emma.kam", "api/accounts/" + lucasAccount), 403);

        Browserless emma = signedIn(base, "emma.kam");
        assertEquals(403, emma.get("accounts/account.xhtml?id=" + lucasAccount).statusCode());
        assertEquals(200, emma.get("accounts/account.xhtml?id=" + accountId(base, "Airbus Helicopters")).statusCode());
    }

    @Test
    @RunAsClient
    void aTeamMemberSeesTheAccountsOfTheirTeamsOnly() throws Exception {
        HttpResponse<String> page = api(base, "tom.team", "api/accounts?size=100");
        List<String> names = items(page).stream().map(a -> a.getString("name")).toList();
        assertTrue(names.contains("Airbus Helicopters") && names.contains("Siemens Healthineers"), page.body());
        assertFalse(page.body().contains("Schneider Electric"), "Tom is not on Schneider's team");
        assertForbidden(api(base, "tom.team", "api/accounts/" + accountId(base, "Schneider Electric")));
    }

    @Test
    @RunAsClient
    void hrHasNoAccessToAccountData() throws Exception {
        assertForbidden(api(base, "hana.hr", "api/accounts"));
        Browserless hana = signedIn(base, "hana.hr");
        assertEquals(403, hana.get("accounts/index.xhtml").statusCode());
        assertEquals(403, hana.get("accounts/account.xhtml?id=" + accountId(base, "Valeo")).statusCode());
    }

    @Test
    @RunAsClient
    void theDirectorPagesSortsAndFiltersInTheDatabase() throws Exception {
        HttpResponse<String> top = api(base, "david.kad",
                "api/accounts?industry=Automotive&sort=annualRevenue&desc=true&size=3");
        List<JsonObject> largest = items(top);
        assertEquals(3, largest.size(), top.body());
        assertTrue(largest.stream().allMatch(a -> "Automotive".equals(a.getString("industry"))), top.body());
        double previous = Double.MAX_VALUE;
        for (JsonObject account : largest) {
            if (account.get("annualRevenue") instanceof JsonNumber revenue) {
                assertTrue(revenue.doubleValue() <= previous, "sorted by revenue, largest first: " + top.body());
                previous = revenue.doubleValue();
            }
        }
        HttpResponse<String> everyAutomotive = api(base, "david.kad", "api/accounts?industry=Automotive&size=500");
        long automotive = items(everyAutomotive).stream().filter(a -> "Automotive".equals(a.getString("industry")))
                .count();
        assertTrue(automotive >= 8, "at least the demo's eight automotive accounts: " + automotive);
        assertEquals(automotive, object(top.body()).getJsonNumber("total").longValue(),
                "the total counts every match, not the page: " + top.body());
        assertEquals(400, api(base, "david.kad", "api/accounts?segment=GALAXY").statusCode());
    }

    @Test
    @RunAsClient
    void theDirectorSeesTheAccountPageWithItsDecisionsAndTeam() throws Exception {
        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> portfolio = david.get("accounts/index.xhtml");
        assertEquals(200, portfolio.statusCode());
        assertTrue(portfolio.body().contains("Account portfolio"));
        HttpResponse<String> airbus = david.get("accounts/account.xhtml?id=" + accountId(base, "Airbus Helicopters"));
        assertEquals(200, airbus.statusCode());
        assertTrue(airbus.body().contains("Key account") && airbus.body().contains("Strategic"));
        assertTrue(airbus.body().contains("Regulatory consultant"), "the KA team, with its external member");
        assertTrue(airbus.body().contains("Make it a candidate again"), "the Director's decisions are offered");
    }

    /** The accounts of one page of the accounts API. */
    private static List<JsonObject> items(HttpResponse<String> page) {
        return ok(page).getJsonArray("items").getValuesAs(JsonObject.class);
    }


    private Account newAccount(String name) throws Exception {
        tx.begin();
        Account account = new Account(name + " " + System.nanoTime(), "Chemicals", "DE");
        em.persist(account);
        tx.commit();
        em.clear();
        return em.find(Account.class, account.getId());
    }

    private Account byName(String name) {
        em.clear();
        return em.createQuery("select a from Account a where a.name = :n", Account.class).setParameter("n", name)
                .getSingleResult();
    }
}
