package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.assertHidden;
import static com.kamplanner.web.it.ContainerTests.businessError;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.health.HealthComponent;
import com.kamplanner.health.HealthRefresh;
import com.kamplanner.health.HealthRules;
import com.kamplanner.health.HealthService;
import com.kamplanner.health.HealthWeights;
import com.kamplanner.health.HealthWeightsService;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Account health in the container, on the demo company: who may read an account's health (the KAM their own
 * accounts, a team member their teams', the KA Director and the executive all, HR none), the API's answer and its
 * refusals, the portfolio sorted by health, the KA Director's versioned weights, and a drop that notifies.
 */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(HealthIT.class);
    }

    @EJB
    HealthService health;

    @EJB
    HealthWeightsService weights;

    @EJB
    HealthRefresh refresh;

    @Inject
    AsKam asKam;

    @Inject
    AsOtherKam asOtherKam;

    @Inject
    AsTeamMember asTeamMember;

    @Inject
    AsDirector asDirector;

    @Inject
    AsExecutive asExecutive;

    @Inject
    AsHr asHr;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    private long id(String name) {
        return ContainerTests.accountId(em, name);
    }

    @Test
    void aKamReadsTheHealthOfHerOwnAccountsOnly() throws Exception {
        long airbus = id("Airbus Helicopters");
        long siemens = id("Siemens Healthineers");
        assertEquals(HealthComponent.values().length, asKam.call(() -> health.report(airbus)).getComponents().size());
        assertDenied(() -> asKam.call(() -> health.report(siemens)));
        assertDenied(() -> asOtherKam.call(() -> health.report(airbus)));
        assertNotNull(asOtherKam.call(() -> health.report(siemens)));
    }

    @Test
    void aTeamMemberReadsTheirTeamsAccountsTheDirectorAndExecutiveAllAndHrNone() throws Exception {
        long airbus = id("Airbus Helicopters");
        long schneider = id("Schneider Electric");
        assertNotNull(asTeamMember.call(() -> health.report(airbus)), "Tom is on the Airbus Helicopters team");
        assertDenied(() -> asTeamMember.call(() -> health.report(schneider)));
        assertNotNull(asDirector.call(() -> health.report(schneider)));
        assertNotNull(asExecutive.call(() -> health.report(schneider)));
        assertDenied(() -> asHr.call(() -> health.report(airbus)));
    }

    @Test
    void theApiAnswersTheScoreComponentsAndTwelveMonthsAndRefusesOthers() throws Exception {
        long airbus = accountId(base, "Airbus Helicopters");
        JsonObject answer = ok(api(base, "emma.kam", "api/accounts/" + airbus + "/health", "en"));
        assertEquals(airbus, answer.getJsonNumber("accountId").longValue());
        int score = answer.getInt("score");
        assertTrue(score >= 0 && score <= 100);
        JsonArray components = answer.getJsonArray("components");
        assertEquals(HealthComponent.values().length, components.size());
        JsonObject actions = ContainerTests.withField(components, "name", "ACTION_PROGRESS");
        assertTrue(actions.getString("fact").contains("action plans late"), actions.toString());
        assertEquals("/plan/team.xhtml?account=" + airbus, actions.getString("url"));
        assertEquals(12, answer.getJsonArray("history").size());
        long roche = accountId(base, "Roche Diagnostics");
        JsonObject unknown = ContainerTests.withField(ok(api(base, "david.kad", "api/accounts/" + roche + "/health",
                "en")).getJsonArray("components"), "name", "SPONSOR_ENGAGEMENT");
        assertTrue(unknown.containsKey("value") && unknown.isNull("value"),
                "a Status account needs no sponsor: its value is written as null, never 0 nor left out: " + unknown);
        assertTrue(answer.getJsonArray("history").getJsonObject(0).getString("month").matches("\\d{4}-\\d{2}"));

        assertForbidden(api(base, "lucas.kam", "api/accounts/" + airbus + "/health"));
        assertForbidden(api(base, "hana.hr", "api/accounts/" + airbus + "/health"));
        tx.begin();
        com.kamplanner.account.Account candidateAccount = new com.kamplanner.account.Account("Health candidate",
                "Retail", "FR");
        candidateAccount.setKam(user(em, "emma.kam"));
        em.persist(candidateAccount);
        tx.commit();
        long candidate = candidateAccount.getId();
        assertHidden(api(base, "emma.kam", "api/accounts/" + candidate + "/health"));
        assertHidden(api(base, "david.kad", "api/accounts/999999/health"));
    }

    @Test
    void portfolioItemsCarryHealthAndSortByItWithUnknownLast() throws Exception {
        JsonArray items = ok(api(base, "david.kad", "api/accounts?size=500&sort=health&desc=true")).getJsonArray("items");
        List<Integer> scores = new ArrayList<>();
        boolean unknownSeen = false;
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.getJsonObject(i);
            boolean known = item.containsKey("health") && !item.isNull("health");
            assertFalse(unknownSeen && known, "a known score after an unknown one at " + i);
            unknownSeen |= !known;
            if (known) {
                scores.add(item.getInt("health"));
            }
        }
        assertTrue(scores.size() >= 8, "the demo's key accounts are scored: " + scores);
        List<Integer> sorted = new ArrayList<>(scores);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, scores);
        JsonArray emmas = ok(api(base, "emma.kam", "api/accounts?size=500&sort=health")).getJsonArray("items");
        assertTrue(ContainerTests.strings(emmas, "name").stream().allMatch(n -> !n.equals("Siemens Healthineers")));
    }

    @Test
    void theDirectorsNewWeightsReplaceTheActiveVersionAndWeightsNotSummingTo100AreRefused() throws Exception {
        HealthWeights before = asDirector.call(() -> weights.active()).stream()
                .filter(w -> w.getSegment() == Quadrant.STREAMLINE).findFirst().orElseThrow();
        var refused = businessError(() -> asDirector.call(() -> weights.change(Quadrant.STREAMLINE,
                before.getVersion(), HealthRules.weights(50, 10), 15, 30)));
        assertEquals("health.weights.sum", refused.messageKey());
        assertDenied(() -> asKam.call(() -> weights.change(Quadrant.STREAMLINE, before.getVersion(),
                HealthRules.weights(20, 30, 10, 30, 10, 0, 0), 15, 30)));

        HealthWeights after = asDirector.call(() -> weights.change(Quadrant.STREAMLINE, before.getVersion(),
                HealthRules.weights(25, 25, 10, 30, 10, 0, 0), 20, 35));
        assertEquals(before.getNumber() + 1, after.getNumber());
        List<HealthWeights> history = asDirector.call(() -> weights.history(Quadrant.STREAMLINE));
        assertEquals(LifecycleStatus.ACTIVE, history.get(0).getStatus());
        assertEquals(LifecycleStatus.ARCHIVED, history.get(1).getStatus());
        assertEquals(20, history.get(0).getDropThreshold());
    }

    @Test
    void aDropOfMoreThanTheThresholdNotifiesTheKamAndTheDirector() throws Exception {
        long airbus = id("Airbus Helicopters");
        refresh.refresh();
        Integer now = health(airbus);
        assertNotNull(now);
        tx.begin();
        em.createNativeQuery("update account_health set score = ?1 where account_id = ?2")
                .setParameter(1, Math.min(100, now + 16)).setParameter(2, airbus).executeUpdate();
        tx.commit();
        long before = count(airbus);
        refresh.refresh();
        assertEquals(now, health(airbus));
        if (now + 16 <= 100) {
            assertEquals(before + 2, count(airbus), "Emma and David are told");
            long emmaTold = (Long) em.createQuery("select count(n) from Notification n where n.kind = :kind "
                    + "and n.accountId = :account and n.recipientId = :emma").setParameter("kind",
                    NotificationKind.HEALTH_DROPPED).setParameter("account", airbus)
                    .setParameter("emma", user(em, "emma.kam").getId()).getSingleResult();
            assertTrue(emmaTold >= 1);
        }
        tx.begin();
        em.createNativeQuery("update account_health set score = ?1 where account_id = ?2")
                .setParameter(1, now + 15 > 100 ? 100 : now + 15).setParameter(2, airbus).executeUpdate();
        tx.commit();
        long atThreshold = count(airbus);
        refresh.refresh();
        assertEquals(atThreshold, count(airbus), "a drop of exactly the threshold notifies nobody");
    }

    private Integer health(long accountId) {
        List<?> rows = em.createNativeQuery("select score from account_health where account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).intValue();
    }

    private long count(long accountId) {
        return (Long) em.createQuery("select count(n) from Notification n where n.kind = :kind and n.accountId = :a")
                .setParameter("kind", NotificationKind.HEALTH_DROPPED).setParameter("a", accountId).getSingleResult();
    }
}
