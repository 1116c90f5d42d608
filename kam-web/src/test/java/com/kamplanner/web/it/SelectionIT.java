package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.StaleEditException;
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
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
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
 * Key account selection in a real Payara Micro with the demo company: criteria set rules and versioning inside
 * the container as the KA Director, then scoring, the matrix API and the pages over HTTP as each role sees them.
 */
@ExtendWith(ArquillianExtension.class)
class SelectionIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(SelectionIT.class, Deployments.class, Browserless.class);
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
}
