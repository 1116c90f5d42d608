package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.conflict.Conflict;
import com.kamplanner.conflict.ConflictKind;
import com.kamplanner.conflict.ConflictService;
import com.kamplanner.notification.MyNotifications;
import com.kamplanner.notification.Notification;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.NotificationTitles;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.people.UserService;
import com.kamplanner.plan.FollowUpService;
import com.kamplanner.plan.PlanReminders;
import com.kamplanner.plan.PlanService;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.platform.Formats;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.SectionGrant;
import com.kamplanner.sponsorship.SponsorMeeting;
import com.kamplanner.sponsorship.SponsorReminders;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.ActionProgrammeService;
import com.kamplanner.strategy.ObjectiveService;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.TowsService;
import com.kamplanner.template.DefaultDatabaseTemplate;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification centre in the container: events tell the people concerned (a submitted plan the KA Director,
 * a returned or approved one the KAM and the team, an action plan given or commented its owner and the KAM, a
 * granted section the member, a late action plan both, once), each in their stored language, and the stored
 * language itself (the browser's at a first login, then the switch's); the API pages, filters and marks read;
 * a conflict tells the KAM of each account it names and the other KA Directors of the functions it names, once;
 * and the forbidden paths: another person's notification is 404, a team member taken off a team stops seeing
 * the account's notifications, an external member sees nothing beyond their grants, a KAM hears nothing of a
 * conflict on another KAM's account.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(NotificationsIT.class);
    }

    @EJB
    MyNotifications mine;

    @EJB
    Notifications notifications;

    @EJB
    PlanService plans;

    @EJB
    PlanReminders reminders;

    @EJB
    FollowUpService followUp;

    @EJB
    ActionProgrammeService programmes;

    @EJB
    KeyAccountDatabaseService database;

    @EJB
    AssignmentService assignments;

    @EJB
    UserService users;

    @EJB
    TowsService tows;

    @EJB
    StrategyService strategies;

    @EJB
    ObjectiveService objectives;

    @Inject
    AsKam asKam;

    @Inject
    AsOtherKam asOtherKam;

    @Inject
    AsTeamMember asTeamMember;

    @Inject
    AsPartner asPartner;

    @Inject
    AsDirector asDirector;

    @Inject
    AsAdministrator asAdministrator;

    @Inject
    AsExecutive asExecutive;

    @EJB
    SponsorReminders sponsorReminders;

    @EJB
    ConflictService conflicts;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    void aSubmittedPlanTellsTheKaDirectorAndAReturnedOneTellsEmmaInHerStoredFrenchAndHerTeam() throws Exception {
        String emmasLanguage = user(em, "emma.kam").getLanguage();
        asKam.call(() -> {
            users.chooseLanguage(Locale.FRENCH);
            return null;
        });
        try {
            long account = new SubmittablePlans(em, tx, asKam, tows, strategies, objectives, programmes)
                    .account("Notified " + System.nanoTime(), TODAY.minusMonths(2));
            PlanVersion v1 = asKam.call(() -> plans.start(account));
            PlanVersion saved = asKam.call(() -> plans.saveWorking(account, 1, v1.getVersion(),
                    "Wants a second source.", v1.getPeriodStart(), v1.getPeriodEnd()));
            PlanVersion submitted = asKam.call(() -> plans.submit(account, 1, saved.getVersion(), Locale.ENGLISH));

            Notification toDavid = only(asDirector.call(() -> mine.page(false, 0, 100)).items(),
                    NotificationKind.PLAN_SUBMITTED, account);
            assertEquals("plan/plan.xhtml?account=" + account + "&n=1", toDavid.getUrl());
            assertEquals("Emma Laurent submitted plan version 1 of " + name(account) + " for your review",
                    NotificationTitles.title(toDavid, Locale.ENGLISH));
            assertFalse(toDavid.isRead());
            assertTrue(about(asKam.call(() -> mine.page(false, 0, 100)).items(), account).isEmpty(),
                    "Emma is not told of her own submission");

            asDirector.call(() -> plans.returnWithComments(account, 1, submitted.getVersion(), "Plus de chiffres."));

            JsonObject emmas = ok(api(base, "emma.kam", "api/me/notifications?unread=true&size=100", "en"));
            JsonObject returned = item(emmas, "PLAN_RETURNED", "plan/plan.xhtml?account=" + account + "&n=1");
            assertEquals(name(account) + " : version 1 du plan renvoyée par le Directeur Comptes Clés : "
                    + "« Plus de chiffres. »", returned.getString("title"),
                    "in her stored French, whatever the client's Accept-Language");
            assertFalse(returned.getBoolean("read"));
            assertTrue(returned.getString("createdAt").startsWith(TODAY.getYear() + "-"), returned.toString());
            only(asTeamMember.call(() -> mine.page(true, 0, 100)).items(), NotificationKind.PLAN_RETURNED, account);
            assertTrue(about(asDirector.call(() -> mine.page(false, 0, 100)).items(), account).stream()
                    .noneMatch(n -> n.getKind() == NotificationKind.PLAN_RETURNED), "not the director who returned it");

            String work = api(base, "emma.kam", "api/me/work").body();
            assertTrue(work.contains("renvoyée par le Directeur Comptes Clés"),
                    "without Accept-Language the API answers in her stored language: " + work);
            Browserless emma = signedIn(base, "emma.kam");
            String page = emma.get("notifications.xhtml").body();
            assertTrue(page.contains("lang=\"fr\""), "her stored language at login");
            assertTrue(page.contains("« Plus de chiffres. »"), page);
            assertTrue(page.contains("href=\"" + base.getPath() + "plan/plan.xhtml?account=" + account + "&amp;n=1\""),
                    "each notification links to its page");
            assertTrue(page.contains("id=\"bell\"") && page.contains("non lue"), "the bell names the unread count");
        } finally {
            restoreLanguage("emma.kam", emmasLanguage);
        }
    }

    @Test
    void theApiPagesTheUnreadMarksOneOrAllReadAndAnswers404ForAnotherPersonsNotification() throws Exception {
        long account = account("Notified paging " + System.nanoTime(), "lucas.kam", "tom.team");
        assertEquals(204, post("api/me/notifications/read-all", "lucas.kam").statusCode());
        for (int i = 1; i <= 3; i++) {
            String comment = "Comment " + i;
            asDirector.call(() -> notifications.notify(Occasion.onAccount(NotificationKind.PLAN_RETURNED, account,
                    "plan/plan.xhtml?account=" + account + "&n=1", name(account), "1", comment), null, null));
        }
        JsonObject first = ok(api(base, "lucas.kam", "api/me/notifications?unread=true&first=0&size=2"));
        assertEquals(3, first.getInt("unread"));
        assertEquals(3, first.getInt("total"), "with unread=true the total counts the unread ones");
        List<JsonObject> page1 = first.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, page1.size());
        assertTrue(page1.get(0).getString("title").contains("Comment 3"), "newest first: " + page1);
        List<JsonObject> page2 = ok(api(base, "lucas.kam", "api/me/notifications?unread=true&first=2&size=2"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, page2.size());
        assertTrue(page2.get(0).getString("title").contains("Comment 1"), page2.toString());

        long id = page2.get(0).getJsonNumber("id").longValue();
        problem(post("api/me/notifications/" + id + "/read", "emma.kam"), 404);
        problem(post("api/me/notifications/" + Long.MAX_VALUE + "/read", "lucas.kam"), 404);
        assertEquals(3, ok(api(base, "lucas.kam", "api/me/notifications?unread=true")).getInt("unread"),
                "another person's attempt changed nothing");
        assertEquals(204, post("api/me/notifications/" + id + "/read", "lucas.kam").statusCode());
        JsonObject all = ok(api(base, "lucas.kam", "api/me/notifications?size=100"));
        assertEquals(2, all.getInt("unread"));
        assertTrue(all.getInt("total") >= 3);
        assertTrue(all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getJsonNumber("id").longValue() == id && i.getBoolean("read")), all.toString());

        assertEquals(204, post("api/me/notifications/read-all", "lucas.kam").statusCode());
        JsonObject none = ok(api(base, "lucas.kam", "api/me/notifications?unread=true"));
        assertEquals(0, none.getInt("unread"));
        assertTrue(none.getJsonArray("items").isEmpty());

        problem(api(base, "lucas.kam", "api/me/notifications?size=0"), 400);
        problem(api(base, "lucas.kam", "api/me/notifications?size=101"), 400);
        problem(new Browserless(base).get("api/me/notifications"), 401);
        assertEquals(200, signedIn(base, "hana.hr").get("notifications.xhtml").statusCode(), "every role has the page");
        String empty = signedIn(base, "admin").get("notifications.xhtml").body();
        assertTrue(empty.contains("No notifications yet"), "the empty state: " + empty);
    }

    @Test
    void anActionPlanGivenToTomTellsHimHisCommentTellsEmmaAndOffTheTeamHeSeesNothingOfTheAccount()
            throws Exception {
        long account = account("Notified team " + System.nanoTime(), "emma.kam", "tom.team");
        long tom = user(em, "tom.team").getId();
        long before = asTeamMember.call(() -> mine.unreadCount());
        ActionPlan plan = asKam.call(() -> programmes.savePlan(account, actionPlan("Plant visits", 30),
                asKam.call(() -> programmes.saveProgramme(account, new ActionProgramme("Presence"))).getId(), null,
                tom));
        Notification given = only(asTeamMember.call(() -> mine.page(true, 0, 100)).items(),
                NotificationKind.ACTION_PLAN_ASSIGNED, account);
        assertEquals("Emma Laurent gave you the action plan “Plant visits” (" + name(account) + ")",
                NotificationTitles.title(given, Locale.ENGLISH));
        assertEquals("plan/team.xhtml?account=" + account, given.getUrl());
        assertEquals(before + 1, asTeamMember.call(() -> mine.unreadCount()), "the bell counts it");

        asTeamMember.call(() -> followUp.comment(account, plan.getId(), "Booked for Tuesday."));
        Notification comment = only(asKam.call(() -> mine.page(true, 0, 100)).items(),
                NotificationKind.ACTION_PLAN_COMMENTED, account);
        assertTrue(NotificationTitles.title(comment, Locale.ENGLISH).contains("“Booked for Tuesday.”"));
        assertTrue(about(asTeamMember.call(() -> mine.page(false, 0, 100)).items(), account).stream()
                .noneMatch(n -> n.getKind() == NotificationKind.ACTION_PLAN_COMMENTED), "not told of his own comment");

        long membership = em.createQuery("select t.id from TeamMembership t where t.account.id = :a "
                + "and t.member.username = 'tom.team'", Long.class).setParameter("a", account).getSingleResult();
        asDirector.call(() -> {
            assignments.removeTeamMember(membership);
            return null;
        });
        assertTrue(about(asTeamMember.call(() -> mine.page(false, 0, 100)).items(), account).isEmpty(),
                "off the team, none of the account's notifications");
        assertEquals(before, asTeamMember.call(() -> mine.unreadCount()), "nor in the bell");
        assertTrue(ok(api(base, "tom.team", "api/me/notifications?size=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().noneMatch(i -> i.getString("url").contains("account=" + account)),
                "nor over the API");
    }

    @Test
    void anExternalMemberSeesTheirGrantedSectionWhileItIsGrantedAndNothingOfAnAccountTheyAreNotOn()
            throws Exception {
        long account = account("Notified partner " + System.nanoTime(), "emma.kam", "paul.partner");
        long elsewhere = account("Notified elsewhere " + System.nanoTime(), "lucas.kam", "tom.team");
        long paul = user(em, "paul.partner").getId();
        SectionGrant grant = asKam.call(() -> database.grant(account, DefaultDatabaseTemplate.CUSTOMER, paul));
        Notification granted = only(asPartner.call(() -> mine.page(false, 0, 100)).items(),
                NotificationKind.SECTION_GRANTED, account);
        assertEquals(name(account) + ": you may now write the section “1. The customer and its strategy” of the Key "
                + "Account Database", NotificationTitles.title(granted, Locale.ENGLISH));
        assertTrue(NotificationTitles.title(granted, Locale.FRENCH).contains("« 1. Le client et sa stratégie »"));
        asDirector.call(() -> notifications.notify(new Occasion(NotificationKind.SECTION_GRANTED, elsewhere,
                DefaultDatabaseTemplate.CUSTOMER, List.of(name(elsewhere), "a", "b"), "situation/database.xhtml",
                null), null, user(em, "paul.partner")));
        assertTrue(about(asPartner.call(() -> mine.page(false, 0, 100)).items(), elsewhere).isEmpty(),
                "nothing of an account Paul is not on, even addressed to him");

        asKam.call(() -> {
            database.revoke(account, grant.getId());
            return null;
        });
        assertTrue(about(asPartner.call(() -> mine.page(false, 0, 100)).items(), account).isEmpty(),
                "the grant taken back, the section's notification goes with it");
        asDirector.call(() -> notifications.notify(Occasion.onAccount(NotificationKind.PLAN_APPROVED, account,
                "plan/plan.xhtml?account=" + account + "&n=1", name(account), "1"), null, null));
        only(asPartner.call(() -> mine.page(false, 0, 100)).items(), NotificationKind.PLAN_APPROVED, account);
    }

    @Test
    void theDailySweepTellsTheOwnerAndTheKamOfALateActionPlanOnceHoweverOftenItRuns() throws Exception {
        long account = account("Notified late " + System.nanoTime(), "emma.kam", "tom.team");
        long tom = user(em, "tom.team").getId();
        ActionProgramme programme = asKam.call(() -> programmes.saveProgramme(account, new ActionProgramme("Late")));
        ActionPlan late = asKam.call(() -> programmes.savePlan(account, actionPlan("Late visits", 30),
                programme.getId(), null, tom));
        tx.begin();
        em.createNativeQuery("update action_plan set due_date = ?, start_date = ? where id = ?")
                .setParameter(1, TODAY.minusDays(3)).setParameter(2, TODAY.minusMonths(2))
                .setParameter(3, late.getId()).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();

        assertTrue(reminders.remind(TODAY) >= 2, "Tom and Emma, at least");
        reminders.remind(TODAY);
        for (Object runner : List.of(asKam, asTeamMember)) {
            List<Notification> told = about(ContainerTests.runAs(runner, () -> mine.page(false, 0, 100)).items(),
                    account).stream().filter(n -> n.getKind() == NotificationKind.ACTION_PLAN_LATE).toList();
            assertEquals(1, told.size(), "once, however often the sweep runs: " + told);
            assertEquals("Late since " + Formats.of(Locale.ENGLISH).date(TODAY.minusDays(3))
                            + ": the action plan “Late visits” (" + name(account) + ")",
                    NotificationTitles.title(told.get(0), Locale.ENGLISH));
        }
    }

    @Test
    void theDailySweepTellsTheSponsorOfAMeetingOverdueByTheSegmentsCadenceOnce() throws Exception {
        String name = "Notified sponsor " + System.nanoTime();
        tx.begin();
        Account account = new Account(name, "Testing", "FR");
        account.setKeyAccount(true);
        account.setSegment(Quadrant.STRATEGIC, false, null);
        account.setSponsor(user(em, "claire.exec"));
        em.persist(account);
        em.persist(new SponsorMeeting(account, user(em, "claire.exec"), TODAY.minusMonths(4), "Last review"));
        tx.commit();

        assertTrue(sponsorReminders.remind(TODAY) >= 1, "Strategic: every three months, the last four months ago");
        assertEquals(0, sponsorReminders.remind(TODAY), "told once, however often the sweep runs");
        Notification told = only(asExecutive.call(() -> mine.page(false, 0, 100)).items(),
                NotificationKind.SPONSOR_MEETING_OVERDUE, account.getId());
        LocalDate due = TODAY.minusMonths(4).plusMonths(3);
        assertEquals(name + ": your sponsor meeting with the customer was due on "
                + Formats.of(Locale.ENGLISH).date(due), NotificationTitles.title(told, Locale.ENGLISH));
        assertEquals(name + " : votre rencontre de parrain avec le client était prévue le "
                + Formats.of(Locale.FRENCH).date(due), NotificationTitles.title(told, Locale.FRENCH));
        assertTrue(about(asKam.call(() -> mine.page(false, 0, 100)).items(), account.getId()).isEmpty(),
                "the sponsor's reminder is theirs alone");
    }

    @Test
    void aFirstLoginStoresTheBrowsersLanguageWhichLaterLoginsKeepUntilTheSwitchChangesIt() throws Exception {
        String name = "lang.user" + System.nanoTime() % 1_000_000;
        asAdministrator.call(() -> users.create(name, "Language User", null, "long-enough-9", Set.of(Role.TEAM_MEMBER),
                false));
        assertEquals(null, user(em, name).getLanguage(), "none before the first login");

        Browserless french = new Browserless(base);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", name);
        form.put("login:password", "long-enough-9");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", Browserless.viewState(french.get("login.xhtml", "fr-FR,fr;q=0.9").body()));
        assertEquals(302, french.post("login.xhtml", form).statusCode());
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals("fr", user(em, name).getLanguage(), "the browser's language, stored at the first login");

        Browserless later = new Browserless(base);
        assertEquals(302, later.login(name, "long-enough-9").statusCode());
        String home = later.get("index.xhtml").body();
        assertTrue(home.contains("lang=\"fr\""), "a browser in English, the stored French wins");
        assertTrue(home.contains("aria-label=\"Notifications, aucune non lue\""), home);

        Map<String, String> toEnglish = new LinkedHashMap<>();
        toEnglish.put("menu", "menu");
        toEnglish.put("menu:lang-en", "menu:lang-en");
        toEnglish.put("jakarta.faces.ViewState", Browserless.viewState(home));
        later.post("index.xhtml", toEnglish);
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals("en", user(em, name).getLanguage(), "the switch stores the choice");
    }

    @Test
    void theFirstLoginsOfOnePersonInSeveralBrowsersAtOnceAllSucceedAndStoreOneLanguage() throws Exception {
        String name = "lang.many" + System.nanoTime() % 1_000_000;
        asAdministrator.call(() -> users.create(name, "Many Browsers", null, "long-enough-9", Set.of(Role.TEAM_MEMBER),
                false));
        int browsers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(browsers);
        try {
            List<Future<Integer>> logins = new ArrayList<>();
            for (int i = 0; i < browsers; i++) {
                Browserless browser = new Browserless(base);
                String viewState = Browserless.viewState(browser.get("login.xhtml", "fr-FR,fr;q=0.9").body());
                logins.add(pool.submit(() -> {
                    Map<String, String> form = new LinkedHashMap<>();
                    form.put("login", "login");
                    form.put("login:username", name);
                    form.put("login:password", "long-enough-9");
                    form.put("login:submit", "");
                    form.put("jakarta.faces.ViewState", viewState);
                    start.await();
                    int status = browser.post("login.xhtml", form).statusCode();
                    return status == 302 ? browser.get("index.xhtml").statusCode() : status;
                }));
            }
            start.countDown();
            for (Future<Integer> login : logins) {
                assertEquals(200, login.get(), "every browser signs in and reaches its home page");
            }
        } finally {
            pool.shutdownNow();
        }
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals("fr", user(em, name).getLanguage());
    }

    @Test
    void aConflictTellsTheKamOfEachAccountItNamesAndTheOtherKaDirectorsOfItsFunctionsButNoOtherKam() throws Exception {
        long emmas = account("Conflict Emma " + System.nanoTime(), "emma.kam", "tom.team");
        long lucass = account("Conflict Lucas " + System.nanoTime(), "lucas.kam", "nina.team");
        String title = "Delivery slots " + System.nanoTime();
        // A second KA Director: the one who records the conflict is not told of his own act.
        tx.begin();
        AppUser nina = new AppUser("nina.kad" + System.nanoTime() % 100_000, "Nina Director", Set.of(Role.KA_DIRECTOR));
        nina.setPasswordHash("never-signs-in");
        em.persist(nina);
        tx.commit();
        try {
            Conflict conflict = asDirector.call(() -> conflicts.open(title, ConflictKind.BETWEEN_FUNCTIONS,
                    "Production vs Sales", "Both want the same delivery slots.", List.of(emmas)));

            Notification toEmma = only(asKam.call(() -> mine.page(false, 0, 100)).items(),
                    NotificationKind.CONFLICT_RECORDED, emmas);
            assertEquals("accounts/account.xhtml?id=" + emmas, toEmma.getUrl(), "a page Emma may open");
            assertEquals("A conflict names " + name(emmas) + ": “" + title + "”",
                    NotificationTitles.title(toEmma, Locale.ENGLISH));
            assertEquals(Map.of(user(em, "emma.kam").getId(), List.of(emmas), nina.getId(), List.of()),
                    conflictNotifications(title), "Emma of her account, Nina of the functions; not David who "
                            + "recorded it, not Tom on the team, not Lucas whose account it does not name");
            Notification toNina = em.createQuery("select n from Notification n where n.recipientId = :nina",
                    Notification.class).setParameter("nina", nina.getId()).getSingleResult();
            assertEquals(List.of(title, "Production vs Sales"), toNina.getTitleArgs());
            assertEquals("programme/conflicts.xhtml", toNina.getUrl());
            assertTrue(asOtherKam.call(() -> mine.page(false, 0, 100)).items().stream()
                    .noneMatch(n -> n.getKind() == NotificationKind.CONFLICT_RECORDED
                            && n.getTitleArgs().contains(title)), "Lucas reads nothing of it");

            // Edited to name Lucas's account too: Lucas is told now, Emma and Nina are not told again.
            asDirector.call(() -> conflicts.edit(conflict.getId(), conflict.getVersion(), title,
                    ConflictKind.BETWEEN_FUNCTIONS, "Production vs Sales", "Both want the same delivery slots.",
                    List.of(emmas, lucass)));
            assertEquals(Map.of(user(em, "emma.kam").getId(), List.of(emmas), nina.getId(), List.of(),
                    user(em, "lucas.kam").getId(), List.of(lucass)), conflictNotifications(title));
            only(asOtherKam.call(() -> mine.page(false, 0, 100)).items(), NotificationKind.CONFLICT_RECORDED, lucass);
            assertTrue(about(asOtherKam.call(() -> mine.page(false, 0, 100)).items(), emmas).isEmpty(),
                    "nothing about Emma's account reaches Lucas");
        } finally {
            tx.begin();
            em.find(AppUser.class, nina.getId()).setEnabled(false);
            tx.commit();
        }
    }

    // ---- set-up ----

    /** A key account of the STAR segment held by {@code kam}, with {@code member} on its team. */
    private long account(String name, String kam, String member) throws Exception {
        tx.begin();
        Account account = new Account(name, "Testing", "FR");
        account.setKam(user(em, kam));
        account.setKeyAccount(true);
        account.setSegment(Quadrant.STAR, false, null);
        em.persist(account);
        em.persist(new TeamMembership(account, user(em, member), "Engineer"));
        tx.commit();
        return account.getId();
    }

    private static ActionPlan actionPlan(String title, int dueInDays) {
        ActionPlan plan = new ActionPlan(title, ActionPlan.Kind.RELATIONAL);
        plan.setStartDate(TODAY.minusDays(10));
        plan.setDueDate(TODAY.plusDays(dueInDays));
        return plan;
    }

    private String name(long account) {
        return em.find(Account.class, account).getName();
    }

    private void restoreLanguage(String username, String language) throws Exception {
        tx.begin();
        em.createNativeQuery(language == null ? "update app_user set language = null where username = ?1"
                : "update app_user set language = '" + language + "' where username = ?1")
                .setParameter(1, username).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    private HttpResponse<String> post(String path, String username) throws Exception {
        return new Browserless(base).postJsonWithBasic(path, "{}", username, DEMO_PASSWORD);
    }

    // ---- reading ----

    /** Who was told of the conflict with this title, and about which accounts (none for the functions). */
    private Map<Long, List<Long>> conflictNotifications(String title) {
        Map<Long, List<Long>> told = new java.util.HashMap<>();
        em.createQuery("select n from Notification n where n.kind = :kind order by n.id", Notification.class)
                .setParameter("kind", NotificationKind.CONFLICT_RECORDED).getResultStream()
                .filter(n -> n.getTitleArgs().get(0).equals(title))
                .forEach(n -> told.computeIfAbsent(n.getRecipientId(), r -> new ArrayList<>())
                        .addAll(n.getAccountId() == null ? List.of() : List.of(n.getAccountId())));
        return told;
    }

    private static List<Notification> about(List<Notification> items, long account) {
        return items.stream().filter(n -> Long.valueOf(account).equals(n.getAccountId())).toList();
    }

    private static Notification only(List<Notification> items, NotificationKind kind, long account) {
        List<Notification> found = about(items, account).stream().filter(n -> n.getKind() == kind).toList();
        assertEquals(1, found.size(), kind + " of " + account + " in " + found);
        return found.get(0);
    }

    private static JsonObject item(JsonObject page, String kind, String url) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("kind").equals(kind) && i.getString("url").equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + url + " in " + page));
    }
}
