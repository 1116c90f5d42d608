package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.calendar.CalendarTokens;
import com.kamplanner.calendar.FeedSecret;
import com.kamplanner.competency.CampaignService;
import com.kamplanner.plan.KeyAccountPlan;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.sponsorship.SponsorMeeting;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.ActionProgrammeService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The private calendar feed in the container, read over HTTP without a login as a calendar client reads it and
 * parsed back with iCal4j: a KAM's feed holds her accounts' action plans and plan reviews and nothing of another
 * KAM's accounts, a team member's only their own action plans, UIDs stay the same from one fetch to the next; a
 * replaced, revoked, unknown or malformed token and a disabled owner answer 404; the page and the service that
 * create a token need a login.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(CalendarFeedIT.class);
    }

    @EJB
    CalendarTokens tokens;

    @EJB
    ActionProgrammeService programmes;

    @EJB
    CampaignService campaigns;

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

    @Test
    void aKamsFeedHoldsHerAccountsActionPlansAndReviewsAndNothingOfAnotherKamsAccounts() throws Exception {
        String emmasName = "Feed Emma " + System.nanoTime();
        String lucassName = "Feed Lucas " + System.nanoTime();
        long emmas = account(emmasName, "emma.kam");
        long lucass = account(lucassName, "lucas.kam");
        Map<String, Long> emmaPlans = actionPlans(asKam, emmas, "emma.kam");
        Map<String, Long> lucasPlans = actionPlans(asOtherKam, lucass, "lucas.kam");
        plan(emmas);
        plan(lucass);
        String token = asKam.call(() -> tokens.create());

        HttpResponse<String> response = feed(token);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("text/calendar;charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", ""));
        Map<String, VEvent> events = events(response.body());

        VEvent call = events.get("actionplan-" + emmaPlans.get("Call the buyer") + "@kamplanner");
        assertEquals("Action plan due: Call the buyer (" + emmasName + ")", call.getSummary().getValue());
        assertEquals(TODAY.plusDays(5).toString().replace("-", ""), call.getDateTimeStart().getValue());
        assertEquals("DATE", call.getDateTimeStart().getParameter("VALUE").orElseThrow().getValue(), "all day");
        assertTrue(call.getProperty(Property.URL).orElseThrow().getValue().endsWith("plan/team.xhtml?account=" + emmas));
        assertTrue(events.containsKey("actionplan-" + emmaPlans.get("Late visits") + "@kamplanner"),
                "her team's action plans on her account too");
        assertTrue(events.containsKey("actionplan-" + emmaPlans.get("Next year's fair") + "@kamplanner"));
        VEvent review = events.get("planreview-" + emmas + "@kamplanner");
        assertEquals(emmasName + ": plan review", review.getSummary().getValue());

        lucasPlans.values().forEach(id -> assertFalse(events.containsKey("actionplan-" + id + "@kamplanner")));
        assertFalse(events.containsKey("planreview-" + lucass + "@kamplanner"));
        assertTrue(events.values().stream().noneMatch(e -> e.getSummary().getValue().contains(lucassName)
                || e.getProperty(Property.URL).orElseThrow().getValue().endsWith("account=" + lucass)),
                "nothing of another KAM's account");

        assertEquals(events.keySet(), events(feed(token).body()).keySet(), "the same UIDs on every fetch");
        assertTrue(events(feed(asOtherKam.call(() -> tokens.create())).body()).values().stream()
                .anyMatch(e -> e.getSummary().getValue().contains(lucassName)), "Lucas's own feed holds his account");
    }

    @Test
    void aTeamMembersFeedHoldsOnlyTheirOwnActionPlansAndTheDirectorsAndHrsTheOpenCampaigns() throws Exception {
        String name = "Feed Team " + System.nanoTime();
        long account = account(name, "emma.kam");
        Map<String, Long> plans = actionPlans(asKam, account, "emma.kam");
        String campaign = "Feed campaign " + System.nanoTime();
        long campaignId = asHr.call(() -> campaigns.open(campaign, TODAY, TODAY.plusMonths(1))).getId();

        Map<String, VEvent> tom = events(feed(asTeamMember.call(() -> tokens.create())).body());
        assertTrue(tom.containsKey("actionplan-" + plans.get("Late visits") + "@kamplanner"), tom.keySet().toString());
        assertFalse(tom.containsKey("actionplan-" + plans.get("Call the buyer") + "@kamplanner"),
                "the KAM's own action plan is not the team member's");
        assertFalse(tom.containsKey("campaign-" + campaignId + "@kamplanner"), "a campaign asks nothing of him");

        String campaignUid = "campaign-" + campaignId + "@kamplanner";
        for (Object who : List.of(asDirector, asHr, asKam)) {
            Map<String, VEvent> events = events(feed(ContainerTests.runAs(who, () -> tokens.create())).body());
            assertEquals("Competency campaign “" + campaign + "” ends", events.get(campaignUid).getSummary()
                    .getValue(), who.getClass().getSimpleName());
            assertEquals(TODAY.plusMonths(1).toString().replace("-", ""),
                    events.get(campaignUid).getDateTimeStart().getValue());
        }
    }

    @Test
    void anExecutivesFeedHoldsTheNextSponsorMeetingOfTheAccountsTheySponsor() throws Exception {
        String name = "Feed Sponsored " + System.nanoTime();
        long account = account(name, "emma.kam");
        tx.begin();
        Account sponsored = em.find(Account.class, account);
        sponsored.setSponsor(user(em, "claire.exec"));
        em.persist(new SponsorMeeting(sponsored, user(em, "claire.exec"), TODAY.minusMonths(2), "Steering committee"));
        tx.commit();

        String token = asExecutive.call(() -> tokens.create());
        String before = user(em, "claire.exec").getLanguage();
        language("claire.exec", "en");
        try {
            Map<String, VEvent> claire = events(feed(token).body());
            VEvent meeting = claire.get("sponsormeeting-" + account + "@kamplanner");
            assertEquals(name + ": sponsor meeting due", meeting.getSummary().getValue());
            assertEquals(TODAY.minusMonths(2).plusMonths(6), LocalDate.parse(meeting.getDateTimeStart().getValue(),
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE), "Star accounts' sponsors meet every six months");

            language("claire.exec", "fr");
            assertEquals(name + " : rencontre du parrain à prévoir", events(feed(token).body())
                    .get("sponsormeeting-" + account + "@kamplanner").getSummary().getValue(),
                    "in the owner's stored language, whatever the calendar client's");
        } finally {
            language("claire.exec", before);
        }
    }

    @Test
    void aReplacedRevokedUnknownOrMalformedTokenOrADisabledOwnerAnswers404() throws Exception {
        String first = asKam.call(() -> tokens.create());
        String second = asKam.call(() -> tokens.create());
        assertNotEquals(first, second);
        assertEquals(404, feed(first).statusCode(), "a new address replaces the old one");
        assertEquals(200, feed(second).statusCode());
        String stored = em.createQuery("select t.tokenHash from CalendarToken t where t.user.username = 'emma.kam'",
                String.class).getSingleResult();
        assertEquals(FeedSecret.hash(second), stored, "only the hash is kept");
        assertTrue(asKam.call(() -> tokens.current()).isPresent());

        asKam.call(() -> {
            tokens.revoke();
            return null;
        });
        assertEquals(404, feed(second).statusCode(), "revoked");
        assertFalse(asKam.call(() -> tokens.current()).isPresent());
        assertEquals(404, feed(FeedSecret.newToken()).statusCode(), "unknown");
        assertEquals(404, new Browserless(base).get("calendar/not-a-token.ics").statusCode(), "malformed");
        assertEquals(404, new Browserless(base).get("calendar/").statusCode());
        assertEquals(List.of(AuditAction.CALENDAR_FEED_REVOKED.code(), AuditAction.CALENDAR_FEED_CREATED.code(),
                AuditAction.CALENDAR_FEED_CREATED.code()), em.createQuery("select e.action from AuditEntry e "
                + "where e.actor = 'emma.kam' and e.action like 'calendar.%' order by e.id desc", String.class)
                .setMaxResults(3).getResultList(), "created twice, then revoked");

        String lucas = asOtherKam.call(() -> tokens.create());
        assertEquals(200, feed(lucas).statusCode());
        setEnabled("lucas.kam", false);
        try {
            assertEquals(404, feed(lucas).statusCode(), "a disabled person's feed stops");
        } finally {
            setEnabled("lucas.kam", true);
        }
        assertEquals(200, feed(lucas).statusCode());
    }

    @Test
    void thePageAndTheServiceThatCreateAnAddressNeedALogin() throws Exception {
        HttpResponse<String> anonymous = new Browserless(base).get("me/calendar.xhtml");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        assertDenied(() -> tokens.create());
        assertDenied(() -> tokens.revoke());

        Browserless emma = signedIn(base, "emma.kam");
        HttpResponse<String> page = emma.get("me/calendar.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("My calendar"), page.body());
        assertTrue(page.body().contains("menu:my-calendar"), "linked from the user menu");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("feed", "feed");
        form.put("feed:create", "");
        form.put("jakarta.faces.ViewState", Browserless.viewState(page.body()));
        HttpResponse<String> created = emma.post("me/calendar.xhtml", form);
        assertEquals(200, created.statusCode(), created.body());
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("/calendar/([A-Za-z0-9_-]{32})\\.ics")
                .matcher(created.body());
        assertTrue(url.find(), "the full address, shown once: " + created.body());
        assertTrue(created.body().contains("data-copy=\"feed:url\""), "with its Copy button");
        assertEquals(200, feed(url.group(1)).statusCode());
        assertFalse(emma.get("me/calendar.xhtml").body().contains(url.group(1)), "never shown again");
    }

    @Test
    void iCal4jReadsTheApplicationsSettingsInsidePayaraAndNeverGoesOnline() throws Exception {
        assertEquals(java.util.Optional.of("false"), net.fortuna.ical4j.util.Configurator.getProperty(
                "net.fortuna.ical4j.timezone.update.enabled"), "ical4j.properties is found on the application's path");
        assertEquals(java.util.Optional.of("net.fortuna.ical4j.util.MapTimeZoneCache"),
                net.fortuna.ical4j.util.Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl"));
        assertEquals("Europe/Paris", net.fortuna.ical4j.model.TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone("Europe/Paris").getID(), "zones come from the bundled definitions");
    }

    // ---- set-up ----

    private HttpResponse<String> feed(String token) throws Exception {
        return new Browserless(base).get("calendar/" + token + ".ics");
    }

    private static Map<String, VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        Map<String, VEvent> events = new HashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents(VEvent.VEVENT)) {
            events.put(event.getUid().orElseThrow().getValue(), event);
        }
        return events;
    }

    /** Stores a person's language as their EN/FR switch would (null: never logged in), and forgets cached users. */
    private void language(String username, String language) throws Exception {
        tx.begin();
        em.createNativeQuery("update app_user set language = ? where username = ?").setParameter(1, language)
                .setParameter(2, username).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    private void setEnabled(String username, boolean enabled) throws Exception {
        tx.begin();
        em.createNativeQuery("update app_user set enabled = ? where username = ?").setParameter(1, enabled)
                .setParameter(2, username).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    /** A key account of the STAR segment held by the KAM, with Tom on its team. */
    private long account(String name, String kam) throws Exception {
        tx.begin();
        Account account = new Account(name, "Testing", "FR");
        account.setKam(user(em, kam));
        account.setKeyAccount(true);
        account.setSegment(Quadrant.STAR, false, null);
        em.persist(account);
        em.persist(new TeamMembership(account, user(em, "tom.team"), "Engineer"));
        tx.commit();
        return account.getId();
    }

    /** Late visits and Next year's fair (Tom's), Call the buyer (the KAM's, due in 5 days): ids by title. */
    private Map<String, Long> actionPlans(Object kam, long account, String kamName) throws Exception {
        long tom = user(em, "tom.team").getId();
        long owner = user(em, kamName).getId();
        ActionProgramme programme = ContainerTests.runAs(kam, () -> programmes.saveProgramme(account,
                new ActionProgramme("Presence")));
        Map<String, Long> ids = new HashMap<>();
        ids.put("Late visits", ContainerTests.runAs(kam, () -> programmes.savePlan(account,
                actionPlan("Late visits", TODAY.plusDays(20)), programme.getId(), null, tom)).getId());
        ids.put("Call the buyer", ContainerTests.runAs(kam, () -> programmes.savePlan(account,
                actionPlan("Call the buyer", TODAY.plusDays(5)), programme.getId(), null, owner)).getId());
        ids.put("Next year's fair", ContainerTests.runAs(kam, () -> programmes.savePlan(account,
                actionPlan("Next year's fair", TODAY.plusMonths(6)), programme.getId(), null, tom)).getId());
        return ids;
    }

    private static ActionPlan actionPlan(String title, LocalDate due) {
        ActionPlan plan = new ActionPlan(title, ActionPlan.Kind.RELATIONAL);
        plan.setStartDate(TODAY.minusDays(10));
        plan.setDueDate(due);
        return plan;
    }

    /** A plan with a first version: its review date follows the segment's cadence. */
    private void plan(long accountId) throws Exception {
        tx.begin();
        KeyAccountPlan plan = new KeyAccountPlan(em.find(Account.class, accountId));
        em.persist(plan);
        em.persist(new PlanVersion(plan, 1, TODAY.minusMonths(2), TODAY.plusMonths(10), "emma.kam"));
        tx.commit();
    }
}
