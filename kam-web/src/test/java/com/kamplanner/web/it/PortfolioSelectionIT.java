package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.object;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.segmentation.SegmentationService;
import com.kamplanner.selection.CriteriaSet;
import com.kamplanner.selection.CriteriaSetService;
import com.kamplanner.selection.Criterion;
import com.kamplanner.selection.CriterionGroup;
import com.kamplanner.selection.IndexLine;
import com.kamplanner.selection.MatrixFilter;
import com.kamplanner.selection.MatrixPosition;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.selection.ScoreEntry;
import com.kamplanner.selection.ScoreLine;
import com.kamplanner.selection.ScoringService;
import com.kamplanner.selection.SelectionMatrix;
import com.kamplanner.selection.WeightedIndex;
import com.kamplanner.web.faces.BusinessErrors;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Choosing and segmenting the key accounts in one real Payara Micro with the demo company: selection criteria,
 * scores and the 3x3 matrix, then the portfolio of key accounts and their segments. Each section was its own class
 * and booted its own server; one class boots once for both (Arquillian 1.10 runs JUnit {@code @Nested} classes
 * outside the container, so the sections are plain methods). The sections share the server and its database.
 */
@ExtendWith(ArquillianExtension.class)
class PortfolioSelectionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(PortfolioSelectionIT.class, Deployments.class, Browserless.class);
    }

    @EJB
    CriteriaSetService criteriaSets;

    @EJB
    ScoringService scoring;

    @EJB
    SelectionMatrix matrix;

    @Inject
    AsDirector asDirector;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @EJB
    SegmentationService segmentation;

    @EJB
    AssignmentService assignments;

    @EJB
    UserService users;

    @Inject
    AsKam asKam;

    @Inject
    AsExecutive asExecutive;

    @Inject
    AsAdministrator asAdministrator;

    @EJB
    com.kamplanner.selection.QuadrantLookup quadrants;

    // ======== Selection: criteria, scores and the 3x3 matrix (formerly SelectionIT) ========
    // Key account selection in a real Payara Micro with the demo company: criteria set rules and versioning inside
    // the container as the KA Director, then scoring, the matrix API and the pages over HTTP as each role sees them.

    // ---- inside the container, as the KA Director ----

    @Test
    void weightsThatDoNotAddUpToOneHundredAreRefusedWithAMessage() throws Exception {
        CriteriaSet active = asDirector.call(() -> criteriaSets.find(criteriaSets.active().orElseThrow().getId()));
        List<Criterion> criteria = new ArrayList<>();
        for (Criterion c : active.getCriteria()) {
            int weight = c.getGroup() == CriterionGroup.STRENGTH && criteria.stream()
                    .noneMatch(x -> x.getGroup() == CriterionGroup.STRENGTH) ? c.getWeight() + 5 : c.getWeight();
            Criterion copy = new Criterion(c.getGroup(), c.getName(), weight);
            copy.getLevels().forEach(l -> l.setDescriptor(c.descriptor(l.getScoreLevel())));
            criteria.add(copy);
        }
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> asDirector.call(() -> criteriaSets.createDraft("Unbalanced", criteria)));
        assertEquals("criteria.weights.sum.STRENGTH", refused.messageKey());
        assertEquals("The weights of the relative strength criteria add up to 105; they must add up to 100.",
                BusinessErrors.text(refused, Locale.ENGLISH));
        assertTrue(BusinessErrors.text(refused, Locale.FRENCH).contains("totalisent 105"));
        assertTrue(asDirector.call(() -> criteriaSets.list()).stream().noneMatch(CriteriaSet::isDraft),
                "nothing was stored");
    }

    @Test
    void activatingANewVersionKeepsTheOldScoresReadableWithTheirVersion() throws Exception {
        long account = newAccount("Versioning Works " + System.nanoTime(), "emma.kam");
        CriteriaSet v1 = asDirector.call(() -> criteriaSets.find(criteriaSets.active().orElseThrow().getId()));
        int[] levels = {8, 6, 5, 9, 3};
        List<ScoreEntry> entries = new ArrayList<>();
        int a = 0;
        for (Criterion c : v1.getCriteria()) {
            boolean attractiveness = c.getGroup() == CriterionGroup.ATTRACTIVENESS;
            entries.add(new ScoreEntry(c.getId(), attractiveness ? levels[a++ % levels.length] : 4, "why not"));
        }
        IndexLine scored = asDirector.call(() -> scoring.score(account, entries));
        assertEquals(0, expectedAttractiveness(v1, levels, false).compareTo(scored.getAttractiveness()));
        assertEquals(0, new BigDecimal("4.00").compareTo(scored.getStrength()));

        CriteriaSet draft = asDirector.call(() -> criteriaSets.newDraftFromActive());
        List<Criterion> draftAttractiveness = draft.criteriaOf(CriterionGroup.ATTRACTIVENESS);
        int first = draftAttractiveness.get(0).getWeight();
        draftAttractiveness.get(0).setWeight(draftAttractiveness.get(1).getWeight());
        draftAttractiveness.get(1).setWeight(first);
        CriteriaSet saved = asDirector.call(() -> criteriaSets.save(draft));
        assertThrows(StaleEditException.class, () -> asDirector.call(() -> criteriaSets.save(draft)),
                "saving the draft again from the stale copy is refused, not silently overwriting");
        assertTrue(asDirector.call(() -> criteriaSets.activate(saved.getId(), saved.getVersion())) >= 1);

        List<IndexLine> indices = asDirector.call(() -> scoring.indicesOf(account));
        IndexLine old = indices.stream().filter(i -> i.getSetNumber() == v1.getNumber()).findFirst().orElseThrow();
        IndexLine current = indices.stream().filter(i -> i.getSetNumber() == saved.getNumber()).findFirst()
                .orElseThrow();
        assertEquals(LifecycleStatus.ARCHIVED, old.getSetStatus());
        assertEquals(0, scored.getAttractiveness().compareTo(old.getAttractiveness()), "v1's index is kept");
        assertEquals(LifecycleStatus.ACTIVE, current.getSetStatus());
        assertEquals(0, expectedAttractiveness(v1, levels, true).compareTo(current.getAttractiveness()),
                "v2 re-scored v1's levels with its own weights");

        List<ScoreLine> scores = asDirector.call(() -> scoring.scoresOf(account));
        assertEquals(v1.getCriteria().size(), scores.size());
        assertTrue(scores.stream().allMatch(s -> s.getSetNumber() == v1.getNumber()
                && s.getSetStatus() == LifecycleStatus.ARCHIVED && "david.kad".equals(s.getScoredBy())));

        CriteriaSet v2 = asDirector.call(() -> criteriaSets.find(saved.getId()));
        asDirector.call(() -> scoring.score(account, List.of(new ScoreEntry(v2.getCriteria().get(0).getId(), 10, null))));
        List<ScoreLine> after = asDirector.call(() -> scoring.scoresOf(account));
        assertEquals(v1.getCriteria().size() + 1, after.size(), "the v1 score of that criterion is still there");
        assertEquals(v2.getNumber(), after.get(0).getSetNumber(), "newest version first");
        assertEquals(1, after.stream().filter(s -> s.getSetNumber() == v1.getNumber() && !s.isLatest()).count());
    }

    @Test
    void theKaDirectorsThresholdsDecideTheQuadrant() throws Exception {
        long account = newAccount("Threshold Works " + System.nanoTime(), "lucas.kam");
        CriteriaSet active = asDirector.call(() -> criteriaSets.find(criteriaSets.active().orElseThrow().getId()));
        List<ScoreEntry> entries = active.getCriteria().stream().map(c -> new ScoreEntry(c.getId(),
                c.getGroup() == CriterionGroup.ATTRACTIVENESS ? 7 : 3, null)).toList();
        asDirector.call(() -> scoring.score(account, entries));
        var before = asDirector.call(() -> matrix.thresholds());
        try {
            asDirector.call(() -> { matrix.changeThresholds(6.5, 3.0); return null; });
            assertEquals(Quadrant.STRATEGIC, quadrantOf(account));
            asDirector.call(() -> { matrix.changeThresholds(7.5, 3.5); return null; });
            assertEquals(Quadrant.STREAMLINE, quadrantOf(account));
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> asDirector.call(() -> { matrix.changeThresholds(11, 5); return null; }));
            assertEquals(SelectionMatrix.THRESHOLD_RANGE, refused.messageKey());
        } finally {
            asDirector.call(() -> { matrix.changeThresholds(before.getAttractiveness(), before.getStrength());
                return null; });
        }
    }

    @Test
    void withoutARoleThatReadsAccountsTheServicesRefuse() {
        assertThrows(EJBAccessException.class, () -> matrix.positions(new MatrixFilter()));
        assertThrows(EJBAccessException.class, () -> criteriaSets.newDraftFromActive());
    }

    // ---- over HTTP, as each role ----

    @Test
    @RunAsClient
    void aKamScoresTheirOwnAccountOverTheApi() throws Exception {
        Browserless client = new Browserless(base);
        long airbus = idInMatrix("emma.kam", "Airbus Helicopters");
        JsonArrayBuilder scores = Json.createArrayBuilder();
        for (String id : activeCriterionIds("emma.kam")) {
            scores.add(Json.createObjectBuilder().add("criterionId", Long.parseLong(id)).add("level", 7)
                    .add("comment", "from the API"));
        }
        String body = Json.createObjectBuilder().add("scores", scores).build().toString();
        HttpResponse<String> scored = client.postJsonWithBasic("api/accounts/" + airbus + "/scores",
                body, "emma.kam", DEMO_PASSWORD);
        JsonObject index = ok(scored);
        assertEquals(0, index.getJsonNumber("attractiveness").bigDecimalValue().compareTo(BigDecimal.valueOf(7)),
                scored.body());
        assertEquals(0, index.getJsonNumber("strength").bigDecimalValue().compareTo(BigDecimal.valueOf(7)),
                scored.body());

        HttpResponse<String> read = api(base, "emma.kam", "api/accounts/" + airbus + "/scores");
        assertTrue(ok(read).getJsonArray("scores").getValuesAs(JsonObject.class).stream()
                .anyMatch(score -> "emma.kam".equals(score.getString("scoredBy", null))
                        && "from the API".equals(score.getString("comment", null))), read.body());
    }

    @Test
    @RunAsClient
    void theKaDirectorScoresAnyAccountButALevelOutsideOneToTenIsRefused() throws Exception {
        Browserless client = new Browserless(base);
        long siemens = idInMatrix("david.kad", "Siemens Healthineers");
        String criterion = activeCriterionIds("david.kad").get(0);
        HttpResponse<String> refused = client.postJsonWithBasic("api/accounts/" + siemens + "/scores",
                "{\"scores\":[{\"criterionId\":" + criterion + ",\"level\":11}]}", "david.kad", DEMO_PASSWORD);
        assertTrue(problem(refused, 400).getString("message").contains("A level is a whole number from 1 to 10."),
                refused.body());

        HttpResponse<String> scored = client.postJsonWithBasic("api/accounts/" + siemens + "/scores",
                "{\"scores\":[{\"criterionId\":" + criterion + ",\"level\":9}]}", "david.kad", DEMO_PASSWORD);
        assertEquals(200, scored.statusCode(), scored.body());
    }

    @Test
    @RunAsClient
    void aKamScoringAnotherKamsAccountGets403() throws Exception {
        Browserless client = new Browserless(base);
        long siemens = idInMatrix("david.kad", "Siemens Healthineers");
        String criterion = activeCriterionIds("emma.kam").get(0);
        HttpResponse<String> refused = client.postJsonWithBasic("api/accounts/" + siemens + "/scores",
                "{\"scores\":[{\"criterionId\":" + criterion + ",\"level\":2}]}", "emma.kam", DEMO_PASSWORD);
        problem(refused, 403);
        assertEquals(403, api(base, "emma.kam", "api/accounts/" + siemens + "/scores").statusCode(),
                "nor read its scores");
    }

    @Test
    @RunAsClient
    void hrGets403OnTheMatrixApiAndPage() throws Exception {
        assertForbidden(api(base, "hana.hr", "api/portfolio/matrix"));
        assertForbidden(signedIn(base, "hana.hr").get("selection/matrix.xhtml"));
    }

    @Test
    @RunAsClient
    void aKamCannotEditCriteriaSets() throws Exception {
        Browserless emma = new Browserless(base);
        assertForbidden(emma.postJsonWithBasic("api/criteria-sets",
                "{\"name\":\"Mine\",\"criteria\":[]}", "emma.kam", DEMO_PASSWORD));
        assertEquals(302, emma.login("emma.kam", DEMO_PASSWORD).statusCode());
        assertEquals(403, emma.get("selection/criteria.xhtml").statusCode());
        assertFalse(emma.get("selection/matrix.xhtml").body().contains("id=\"thresholds\""),
                "no thresholds form for a KAM");
    }

    @Test
    @RunAsClient
    void theMatrixApiGivesIndicesAndQuadrantsThatFollowTheThresholdsAndMissingAsNull() throws Exception {
        JsonObject matrix = ok(api(base, "claire.exec", "api/portfolio/matrix"));
        JsonObject thresholds = matrix.getJsonObject("thresholds");
        double attractivenessThreshold = thresholds.getJsonNumber("attractiveness").doubleValue();
        double strengthThreshold = thresholds.getJsonNumber("strength").doubleValue();
        int placed = 0;
        Map<String, JsonObject> accounts = accounts(matrix);
        assertTrue(accounts.size() >= 28, "the executive sees every key account: " + accounts.keySet());
        for (JsonObject account : accounts.values()) {
            assertTrue(account.getBoolean("keyAccount"), "only key accounts without candidates=true");
            if (account.isNull("attractiveness") || account.isNull("strength")) {
                assertTrue(account.isNull("quadrant"), account.toString());
                continue;
            }
            Quadrant expected = Quadrant.of(account.getJsonNumber("attractiveness").doubleValue(),
                    account.getJsonNumber("strength").doubleValue(), attractivenessThreshold, strengthThreshold);
            assertEquals(expected.name(), account.getString("quadrant"), account.toString());
            placed++;
        }
        assertTrue(placed >= 20, "the demo key accounts are scored");
        JsonObject grifols = accounts.get("Grifols");
        assertNotNull(grifols, "a demo key account whose strength is not scored");
        assertTrue(grifols.isNull("strength"), "a missing index is null, not 0");
        assertTrue(grifols.isNull("quadrant"));
        assertFalse(grifols.isNull("attractiveness"));
    }

    @Test
    @RunAsClient
    void theKaDirectorsPagesRenderTheMatrixTheAccountAndTheCriteria() throws Exception {
        long valeo = idInMatrix("david.kad", "Valeo");
        Browserless david = signedIn(base, "david.kad");
        HttpResponse<String> page = david.get("selection/matrix.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Key account selection matrix") && page.body().contains("bubble")
                && page.body().contains("Valeo") && page.body().contains("id=\"thresholds\""), page.body());
        HttpResponse<String> account = david.get("accounts/account.xhtml?id=" + valeo);
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains("Valeo") && account.body().contains("hugo.kam"), account.body());
        HttpResponse<String> sheet = david.get("selection/score.xhtml?account=" + valeo);
        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.body().contains("Volume potential") || sheet.body().contains("Score"), sheet.body());
        HttpResponse<String> criteria = david.get("selection/criteria.xhtml");
        assertEquals(200, criteria.statusCode());
        assertTrue(criteria.body().contains("Active"), criteria.body());

        Browserless emma = signedIn(base, "emma.kam");
        assertEquals(403, emma.get("accounts/account.xhtml?id=" + valeo).statusCode(), "Hugo's account");
    }

    // ---- helpers ----

    private long newAccount(String name, String kam) throws Exception {
        tx.begin();
        Account account = new Account(name, "Testing", "FR");
        account.setKam(em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", kam)
                .getSingleResult());
        account.setKeyAccount(true);
        account.setOurSalesLast12Months(new BigDecimal("100000"));
        em.persist(account);
        tx.commit();
        return account.getId();
    }

    private Quadrant quadrantOf(long account) throws Exception {
        MatrixFilter filter = new MatrixFilter();
        filter.setIndustry("Testing");
        return asDirector.call(() -> matrix.positions(filter)).stream().filter(p -> p.getAccountId() == account)
                .findFirst().map(MatrixPosition::getQuadrant).orElseThrow();
    }

    private static BigDecimal expectedAttractiveness(CriteriaSet set, int[] levels, boolean swapFirstTwo) {
        List<Criterion> criteria = set.criteriaOf(CriterionGroup.ATTRACTIVENESS);
        List<WeightedIndex.Term> terms = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            int weightIndex = swapFirstTwo && i < 2 ? 1 - i : i;
            terms.add(new WeightedIndex.Term(criteria.get(weightIndex).getWeight(), levels[i % levels.length]));
        }
        return WeightedIndex.of(terms);
    }

    private List<String> activeCriterionIds(String user) throws Exception {
        HttpResponse<String> active = api(base, user, "api/criteria-sets/active");
        List<String> ids = ok(active).getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .map(criterion -> criterion.getJsonNumber("id").toString()).toList();
        assertEquals(10, ids.size(), active.body());
        return ids;
    }

    /** An account's id from the matrix, with candidates, as the given user sees it. */
    private long idInMatrix(String user, String name) throws Exception {
        JsonObject account = accounts(ok(api(base, user, "api/portfolio/matrix?candidates=true"))).get(name);
        assertNotNull(account, name + " in the matrix of " + user);
        return account.getJsonNumber("accountId").longValue();
    }

    /** The accounts of a matrix response by name. */
    private static Map<String, JsonObject> accounts(JsonObject matrix) {
        Map<String, JsonObject> accounts = new LinkedHashMap<>();
        matrix.getJsonArray("accounts").getValuesAs(JsonObject.class)
                .forEach(account -> accounts.put(account.getString("name"), account));
        return accounts;
    }

    // ======== The portfolio: key accounts and their segments (formerly PortfolioIT) ========
    // The account portfolio in a real Payara Micro: selection decisions with their reasons, segment overrides,
    // the KAM capacity rule, stages, sponsorship, KA teams, and who may see which account, in the services and over
    // the API and the pages.

    @Test
    void theDirectorMakesAKeyAccountOnlyWithAReasonAndTheDecisionIsKept() throws Exception {
        Account account = portfolioNewAccount("Decision Test");
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
        Account account = portfolioNewAccount("Stale Decision");
        assertThrows(StaleEditException.class, () -> asDirector.call(() ->
                segmentation.makeKeyAccount(account.getId(), account.getVersion() + 1, "reason")));
    }

    @Test
    void aSegmentOverrideNeedsAReasonAndIsShownAsOne() throws Exception {
        Account account = portfolioNewAccount("Override Test");
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
        AppUser kam = asAdministrator.call(() -> users.create("it.kam" + System.nanoTime() % 1_000_000, "Busy KAM", null,
                "long-enough-1", EnumSet.of(Role.KAM), false));
        tx.begin();
        AppUser managed = em.find(AppUser.class, kam.getId());
        for (int i = 0; i < 10; i++) {
            Account held = new Account("Held " + i + " " + kam.getUsername(), "Retail", "FR");
            held.setKam(managed);
            em.persist(held);
        }
        tx.commit();
        Account eleventh = portfolioNewAccount("Eleventh");

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
        Account saved = asKam.call(() -> segmentation.setStages(emmas.getId(), emmas.getVersion(),
                RelationshipStage.BASIC, RelationshipStage.COOPERATIVE));
        assertEquals(RelationshipStage.COOPERATIVE, saved.getTargetStage());
        assertThrows(AccessDeniedException.class, () -> asKam.call(() -> segmentation.setStages(lucass.getId(),
                lucass.getVersion(), RelationshipStage.BASIC, RelationshipStage.COOPERATIVE)));
        assertThrows(Exception.class, () -> asKam.call(() ->
                segmentation.makeKeyAccount(emmas.getId(), emmas.getVersion(), "not hers to decide")),
                "only the KA Director selects key accounts");
    }

    @Test
    void anExecutiveTakesOnASponsorshipButCannotNameSomeoneElse() throws Exception {
        Account account = portfolioNewAccount("Sponsor Test");
        Account key = asDirector.call(() -> segmentation.makeKeyAccount(account.getId(), account.getVersion(), "why"));
        asDirector.call(() -> segmentation.overrideSegment(key.getId(), key.getVersion(), Quadrant.STRATEGIC,
                "Board decision"));
        assertTrue(asDirector.call(() -> assignments.withoutRequiredSponsor()).stream()
                .anyMatch(a -> a.getId().equals(account.getId())), "a Strategic account without sponsor is listed");

        AppUser otherExecutive = asAdministrator.call(() -> users.create("it.exec" + System.nanoTime() % 1_000_000,
                "Other Executive", null, "long-enough-1", EnumSet.of(Role.EXECUTIVE), false));
        assertThrows(AccessDeniedException.class, () -> asExecutive.call(() ->
                assignments.setSponsor(account.getId(), otherExecutive.getId())));

        Account sponsored = asExecutive.call(() -> assignments.takeOnSponsorship(account.getId()));
        assertEquals("claire.exec", sponsored.getSponsor().getUsername());
        assertTrue(asExecutive.call(() -> assignments.sponsoredByMe()).stream()
                .anyMatch(a -> a.getId().equals(account.getId())));
        assertFalse(asDirector.call(() -> assignments.withoutRequiredSponsor()).stream()
                .anyMatch(a -> a.getId().equals(account.getId())), "and it disappears from the list");
    }

    @Test
    void aTeamMemberIsAddedOnceAndThenSeesTheAccount() throws Exception {
        Account account = portfolioNewAccount("Team Test");
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
        assertTrue(java.util.regex.Pattern.compile("<option value=\"\\d+\"[^>]*>Emma Laurent</option>")
                .matcher(portfolio.body()).find(), "the KAM filter lists the KAMs by name, with their ids");
        assertFalse(signedIn(base, "emma.kam").get("accounts/index.xhtml").body().contains(">Emma Laurent</option>"),
                "a KAM has no KAM filter");
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

    private Account portfolioNewAccount(String name) throws Exception {
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
