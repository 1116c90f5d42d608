package com.kamplanner.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * Key account selection in a real Payara Micro with the demo company: criteria set rules and versioning inside
 * the container as the KA Director, then scoring, the matrix API and the pages over HTTP as each role sees them.
 */
@ExtendWith(ArquillianExtension.class)
class SelectionIT {

    private static final String PASSWORD = "demo1234";
    private static final Pattern FLAT_OBJECT = Pattern.compile("\\{[^{}]*\\}");

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
        long airbus = accountId(client, "emma.kam", "Airbus Helicopters");
        StringBuilder body = new StringBuilder("{\"scores\":[");
        for (String id : activeCriterionIds(client, "emma.kam")) {
            body.append(body.charAt(body.length() - 1) == '[' ? "" : ",")
                    .append("{\"criterionId\":").append(id).append(",\"level\":7,\"comment\":\"from the API\"}");
        }
        body.append("]}");
        HttpResponse<String> scored = client.postJsonWithBasic("api/accounts/" + airbus + "/scores",
                body.toString(), "emma.kam", PASSWORD);
        assertEquals(200, scored.statusCode(), scored.body());
        assertTrue(scored.body().matches(".*\"attractiveness\":7(\\.0+)?[,}].*"), scored.body());
        assertTrue(scored.body().matches(".*\"strength\":7(\\.0+)?[,}].*"), scored.body());

        HttpResponse<String> read = client.getWithBasic("api/accounts/" + airbus + "/scores", "emma.kam", PASSWORD);
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("\"scoredBy\":\"emma.kam\"") && read.body().contains("from the API"));
    }

    @Test
    @RunAsClient
    void theKaDirectorScoresAnyAccountButALevelOutsideOneToTenIsRefused() throws Exception {
        Browserless client = new Browserless(base);
        long siemens = accountId(client, "david.kad", "Siemens Healthineers");
        String criterion = activeCriterionIds(client, "david.kad").get(0);
        HttpResponse<String> refused = client.postJsonWithBasic("api/accounts/" + siemens + "/scores",
                "{\"scores\":[{\"criterionId\":" + criterion + ",\"level\":11}]}", "david.kad", PASSWORD);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("A level is a whole number from 1 to 10."), refused.body());

        HttpResponse<String> scored = client.postJsonWithBasic("api/accounts/" + siemens + "/scores",
                "{\"scores\":[{\"criterionId\":" + criterion + ",\"level\":9}]}", "david.kad", PASSWORD);
        assertEquals(200, scored.statusCode(), scored.body());
    }

    @Test
    @RunAsClient
    void aKamScoringAnotherKamsAccountGets403() throws Exception {
        Browserless client = new Browserless(base);
        long siemens = accountId(client, "david.kad", "Siemens Healthineers");
        String criterion = activeCriterionIds(client, "emma.kam").get(0);
        HttpResponse<String> refused = client.postJsonWithBasic("api/accounts/" + siemens + "/scores",
                "{\"scores\":[{\"criterionId\":" + criterion + ",\"level\":2}]}", "emma.kam", PASSWORD);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"status\":403"));
        assertEquals(403, client.getWithBasic("api/accounts/" + siemens + "/scores", "emma.kam", PASSWORD)
                .statusCode(), "nor read its scores");
    }

    @Test
    @RunAsClient
    void hrGets403OnTheMatrixApiAndPage() throws Exception {
        Browserless hana = new Browserless(base);
        HttpResponse<String> api = hana.getWithBasic("api/portfolio/matrix", "hana.hr", PASSWORD);
        assertEquals(403, api.statusCode(), api.body());
        hana.login("hana.hr", PASSWORD);
        assertEquals(403, hana.get("selection/matrix.xhtml").statusCode());
    }

    @Test
    @RunAsClient
    void aKamCannotEditCriteriaSets() throws Exception {
        Browserless emma = new Browserless(base);
        HttpResponse<String> api = emma.postJsonWithBasic("api/criteria-sets",
                "{\"name\":\"Mine\",\"criteria\":[]}", "emma.kam", PASSWORD);
        assertEquals(403, api.statusCode(), api.body());
        emma.login("emma.kam", PASSWORD);
        assertEquals(403, emma.get("selection/criteria.xhtml").statusCode());
        assertFalse(emma.get("selection/matrix.xhtml").body().contains("id=\"thresholds\""),
                "no thresholds form for a KAM");
    }

    @Test
    @RunAsClient
    void theMatrixApiGivesIndicesAndQuadrantsThatFollowTheThresholdsAndMissingAsNull() throws Exception {
        HttpResponse<String> response = new Browserless(base).getWithBasic("api/portfolio/matrix", "claire.exec",
                PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        String json = response.body();
        Matcher thresholds = Pattern.compile("\"thresholds\":\\{\"attractiveness\":([0-9.]+),\"strength\":([0-9.]+)\\}")
                .matcher(json);
        assertTrue(thresholds.find(), json);
        double attractivenessThreshold = Double.parseDouble(thresholds.group(1));
        double strengthThreshold = Double.parseDouble(thresholds.group(2));
        int placed = 0;
        Map<String, Map<String, String>> accounts = accounts(json);
        assertTrue(accounts.size() >= 28, "the executive sees every key account: " + accounts.keySet());
        for (Map<String, String> account : accounts.values()) {
            assertEquals("true", account.get("keyAccount"), "only key accounts without candidates=true");
            String a = account.get("attractiveness");
            String s = account.get("strength");
            if ("null".equals(a) || "null".equals(s)) {
                assertEquals("null", account.get("quadrant"), account.toString());
                continue;
            }
            Quadrant expected = Quadrant.of(Double.parseDouble(a), Double.parseDouble(s), attractivenessThreshold,
                    strengthThreshold);
            assertEquals("\"" + expected.name() + "\"", account.get("quadrant"), account.toString());
            placed++;
        }
        assertTrue(placed >= 20, "the demo key accounts are scored");
        Map<String, String> grifols = accounts.get("Grifols");
        assertNotNull(grifols, "a demo key account whose strength is not scored");
        assertEquals("null", grifols.get("strength"), "a missing index is null, not 0");
        assertEquals("null", grifols.get("quadrant"));
        assertFalse("null".equals(grifols.get("attractiveness")));
    }

    @Test
    @RunAsClient
    void theKaDirectorsPagesRenderTheMatrixTheAccountAndTheCriteria() throws Exception {
        Browserless david = new Browserless(base);
        long valeo = accountId(david, "david.kad", "Valeo");
        david.login("david.kad", PASSWORD);
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

        Browserless emma = new Browserless(base);
        emma.login("emma.kam", PASSWORD);
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

    private static List<String> activeCriterionIds(Browserless client, String user) throws Exception {
        HttpResponse<String> active = client.getWithBasic("api/criteria-sets/active", user, PASSWORD);
        assertEquals(200, active.statusCode(), active.body());
        List<String> ids = new ArrayList<>();
        Matcher criterion = FLAT_OBJECT.matcher(active.body());
        while (criterion.find()) {
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(criterion.group());
            if (id.find()) {
                ids.add(id.group(1));
            }
        }
        assertEquals(10, ids.size(), active.body());
        return ids;
    }

    private static long accountId(Browserless client, String user, String name) throws Exception {
        HttpResponse<String> response = client.getWithBasic("api/portfolio/matrix?candidates=true", user, PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        Map<String, String> account = accounts(response.body()).get(name);
        assertNotNull(account, name + " in " + response.body());
        return Long.parseLong(account.get("accountId"));
    }

    /** The accounts of a matrix response by name, each as its raw JSON values. */
    private static Map<String, Map<String, String>> accounts(String json) {
        Map<String, Map<String, String>> accounts = new LinkedHashMap<>();
        Matcher object = FLAT_OBJECT.matcher(json);
        Pattern field = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|[^,}]+)");
        while (object.find()) {
            Map<String, String> values = new LinkedHashMap<>();
            Matcher f = field.matcher(object.group());
            while (f.find()) {
                values.put(f.group(1), f.group(2));
            }
            if (values.containsKey("accountId")) {
                accounts.put(values.get("name").replace("\"", ""), values);
            }
        }
        return accounts;
    }
}
