package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.businessError;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.runAs;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.RelationshipStage;
import com.kamplanner.account.StageChange;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.culture.Achievement;
import com.kamplanner.culture.AchievementKind;
import com.kamplanner.culture.Audience;
import com.kamplanner.culture.CultureRules;
import com.kamplanner.culture.MessageDraft;
import com.kamplanner.culture.MessageLine;
import com.kamplanner.culture.ProgrammeMessage;
import com.kamplanner.culture.ProgrammeMessages;
import com.kamplanner.culture.RecognitionLine;
import com.kamplanner.culture.Recognitions;
import com.kamplanner.notification.MyNotifications;
import com.kamplanner.notification.Notification;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.NotificationTitles;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.situation.Attitude;
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.situation.StakeholderInput;
import com.kamplanner.situation.StakeholderService;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.ActionProgrammeService;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.WatchedCondition;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The programme's culture in the container (issue 19, section 3): only executives and the KA Director publish
 * messages and recognise teams, KAMs, team members, HR, partners and the administrator get 403; programme members
 * read the messages addressed to them in their language and every recognition, HR and external partners read
 * neither (HR reads them on a KAM's profile only); a recognition needs the account's own evidence, once; and the
 * published line is all another KAM gets of the account.
 */
@ExtendWith(ArquillianExtension.class)
class CultureIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(CultureIT.class);
    }

    @EJB
    ProgrammeMessages messages;

    @EJB
    Recognitions recognitions;

    @EJB
    MyNotifications mine;

    @EJB
    ActionProgrammeService programmes;

    @EJB
    StakeholderService stakeholders;

    @Inject
    AsExecutive asExecutive;

    @Inject
    AsDirector asDirector;

    @Inject
    AsKam asKam;

    @Inject
    AsOtherKam asOtherKam;

    @Inject
    AsTeamMember asTeamMember;

    @Inject
    AsPartner asPartner;

    @Inject
    AsHr asHr;

    @Inject
    AsAdministrator asAdministrator;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    void onlyAnExecutiveOrTheKaDirectorPublishesOrRecognisesAndEveryoneElseGets403() throws Exception {
        MessageDraft draft = new MessageDraft(Audience.EVERYONE, null, "Not mine to say", null);
        for (Object someoneElse : List.of(asKam, asTeamMember, asHr, asPartner, asAdministrator)) {
            assertDenied(() -> ContainerTests.runAs(someoneElse, () -> messages.publish(draft)));
            assertDenied(() -> ContainerTests.runAs(someoneElse, () -> recognitions.open()));
            assertDenied(() -> ContainerTests.runAs(someoneElse,
                    () -> recognitions.recognise(AchievementKind.STAGE_MOVED_UP, 1L, null)));
        }
        String body = "{\"audience\":\"EVERYONE\",\"textEn\":\"Not mine to say\"}";
        for (String user : List.of("emma.kam", "tom.team", "hana.hr", "paul.partner", "admin")) {
            assertForbidden(post("api/programme/messages", body, user));
            assertForbidden(post("api/programme/recognitions", "{\"kind\":\"STAGE_MOVED_UP\",\"evidenceId\":1}",
                    user));
            assertForbidden(api(base, user, "api/programme/recognitions/achievements"));
        }
        assertEquals(403, signedIn(base, "hana.hr").get("culture/index.xhtml").statusCode());
        assertEquals(403, signedIn(base, "paul.partner").get("culture/index.xhtml").statusCode(),
                "a partner from outside holds the team-member role, and still does not read the programme's culture");
        String page = signedIn(base, "tom.team").get("culture/index.xhtml").body();
        assertTrue(page.contains("id=\"list:recognitions\"") || page.contains("id=\"recognitions\""), page);
        assertFalse(page.contains("publish:send"), "no form for a team member");
    }

    @Test
    void aMessageReachesItsAudienceInTheirLanguageUntilItsAuthorWithdrawsIt() throws Exception {
        String run = " #" + System.nanoTime();
        ProgrammeMessage toKams = asDirector.call(() -> messages.publish(new MessageDraft(Audience.KAMS, null,
                "Plans before the holidays, please" + run, "Les plans avant les congés, s’il vous plaît" + run)));
        assertTrue(text(asKam.call(() -> messages.forMe(50, false))).contains("Plans before the holidays, please" + run));
        assertTrue(text(asOtherKam.call(() -> messages.forMe(50, false))).contains("Plans before the holidays, please" + run));
        assertFalse(text(asTeamMember.call(() -> messages.forMe(50, false))).contains("Plans before the holidays, please" + run),
                "to the KAMs, not their team members");
        assertTrue(text(asExecutive.call(() -> messages.forMe(50, false))).contains("Plans before the holidays, please" + run),
                "the programme's leads read every message");
        assertDenied(() -> asHr.call(() -> messages.forMe(50, false)));
        assertDenied(() -> asPartner.call(() -> messages.forMe(50, false)));

        JsonObject french = ok(api(base, "emma.kam", "api/programme/messages?size=100", "fr"));
        JsonObject item = french.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == toKams.getId()).findFirst().orElseThrow();
        assertEquals("Les plans avant les congés, s’il vous plaît" + run, item.getString("text"), "her language");
        assertEquals("KAMS", item.getString("audience"));
        for (String user : List.of("hana.hr", "paul.partner", "admin")) {
            assertForbidden(api(base, user, "api/programme/messages"));
        }

        Notification told = asKam.call(() -> mine.page(false, 0, 100)).items().stream()
                .filter(n -> n.getKind() == NotificationKind.PROGRAMME_MESSAGE
                        && n.getTitleArgs().get(1).equals("Plans before the holidays, please" + run)).findFirst()
                .orElseThrow();
        assertEquals("David Moreau au programme : Les plans avant les congés, s’il vous plaît" + run,
                NotificationTitles.title(told, Locale.FRENCH));
        assertEquals("David Moreau to the programme: Plans before the holidays, please" + run,
                NotificationTitles.title(told, Locale.ENGLISH));

        ProgrammeMessage english = asExecutive.call(() -> messages.publish(new MessageDraft(Audience.SEGMENT,
                Quadrant.STRATEGIC, "Strategic teams: well done" + run, " ")));
        assertTrue(text(asTeamMember.call(() -> messages.forMe(50, false))).contains("Strategic teams: well done" + run),
                "Tom is on the team of a strategic account");
        assertEquals("Strategic teams: well done" + run, ok(api(base, "tom.team", "api/programme/messages", "fr"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == english.getId()).findFirst().orElseThrow()
                .getString("text"), "written in English only: the French reader gets the English");

        assertDenied(() -> asExecutive.call(() -> messages.withdraw(toKams.getId(), toKams.getVersion())));
        asDirector.call(() -> messages.withdraw(toKams.getId(), toKams.getVersion()));
        assertFalse(text(asKam.call(() -> messages.forMe(50, false))).contains("Plans before the holidays, please" + run));
        assertTrue(asKam.call(() -> mine.page(false, 0, 100)).items().stream()
                .noneMatch(n -> n.getKind() == NotificationKind.PROGRAMME_MESSAGE
                        && n.getTitleArgs().get(1).equals("Plans before the holidays, please" + run)),
                "the notification is taken back too");
        assertEquals(CultureRules.ALREADY_WITHDRAWN, businessError(() -> asDirector.call(
                () -> messages.withdraw(toKams.getId(), toKams.getVersion() + 1))).messageKey());
    }

    @Test
    void theApiRefusesAMessageWithoutTextOrSegmentOrTooLong() throws Exception {
        assertEquals("culture.message.required", problem(post("api/programme/messages",
                "{\"audience\":\"EVERYONE\",\"textEn\":\"  \"}", "david.kad"), 422).getString("error"));
        assertEquals("culture.segment.required", problem(post("api/programme/messages",
                "{\"audience\":\"SEGMENT\",\"textFr\":\"Bonjour\"}", "david.kad"), 422).getString("error"));
        problem(post("api/programme/messages", "{\"audience\":\"EVERYONE\",\"textEn\":\""
                + "x".repeat(CultureRules.MESSAGE_MAX + 1) + "\"}", "david.kad"), 400);
        problem(post("api/programme/messages", "{\"textEn\":\"To whom?\"}", "david.kad"), 400);
        HttpResponse<String> made = post("api/programme/messages",
                "{\"audience\":\"EVERYONE\",\"textFr\":\"Bravo à tous\"}", "claire.exec");
        assertEquals(201, made.statusCode(), made.body());
        assertEquals("Bravo à tous", ContainerTests.object(made.body()).getString("text"));
    }

    @Test
    void aTeamIsRecognisedOnlyForItsAccountsEvidenceOnceAndAnotherKamReadsOnlyThePublishedLine() throws Exception {
        String name = "Recognised " + System.nanoTime();
        long[] changes = evidence(name);
        long up = changes[0];
        long down = changes[1];
        List<Achievement> offered = asExecutive.call(() -> recognitions.open());
        assertTrue(offered.stream().anyMatch(a -> a.kind() == AchievementKind.STAGE_MOVED_UP
                && a.evidenceId() == up && a.accountName().equals(name)), "the stage moved up is offered");
        assertTrue(offered.stream().noneMatch(a -> a.kind() == AchievementKind.STAGE_MOVED_UP
                && a.evidenceId() == down), "a stage moved down is no achievement");
        assertEquals(CultureRules.NOT_EVIDENCED, businessError(() -> asExecutive.call(
                () -> recognitions.recognise(AchievementKind.STAGE_MOVED_UP, down, "Invented"))).messageKey());
        assertEquals(CultureRules.NOT_EVIDENCED, businessError(() -> asExecutive.call(
                () -> recognitions.recognise(AchievementKind.STAGE_MOVED_UP, Long.MAX_VALUE, null))).messageKey());

        asExecutive.call(() -> recognitions.recognise(AchievementKind.STAGE_MOVED_UP, up, "A relationship reborn"));
        assertEquals(CultureRules.NOT_EVIDENCED, businessError(() -> asDirector.call(
                () -> recognitions.recognise(AchievementKind.STAGE_MOVED_UP, up, null))).messageKey(), "once");
        assertTrue(asDirector.call(() -> recognitions.open()).stream()
                .noneMatch(a -> a.kind() == AchievementKind.STAGE_MOVED_UP && a.evidenceId() == up));

        RecognitionLine line = asOtherKam.call(() -> recognitions.latest(0, 100)).stream()
                .filter(r -> r.accountName().equals(name)).findFirst().orElseThrow();
        assertEquals("Emma Laurent, Tom Bernard", line.teamNames(), "the team, KAM first");
        assertEquals(RelationshipStage.COOPERATIVE, line.stageTo());
        assertEquals("Claire Dumont", line.recognisedBy());
        assertTrue(asTeamMember.call(() -> recognitions.latest(0, 100)).contains(line), "every member reads it");
        assertDenied(() -> asHr.call(() -> recognitions.latest(0, 10)));
        assertDenied(() -> asPartner.call(() -> recognitions.latest(0, 10)));

        JsonObject published = ok(api(base, "lucas.kam", "api/programme/recognitions?size=100"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("account").equals(name)).findFirst().orElseThrow();
        assertEquals(Set.of("id", "account", "team", "achievement", "text", "achievedOn", "citation",
                "recognisedBy", "recognisedAt"), published.keySet(), "the published line and nothing else");
        assertEquals("Relationship moved up from Basic to Cooperative", published.getString("text"));
        long account = accountIdOf(name);
        for (String path : List.of("api/accounts/" + account, "api/accounts/" + account + "/database",
                "api/accounts/" + account + "/strategy", "api/accounts/" + account + "/plan")) {
            assertForbidden(api(base, "lucas.kam", path));
        }
        for (String user : List.of("hana.hr", "paul.partner", "admin")) {
            assertForbidden(api(base, user, "api/programme/recognitions"));
        }

        assertTrue(asKam.call(() -> mine.page(false, 0, 100)).items().stream()
                .anyMatch(n -> n.getKind() == NotificationKind.TEAM_RECOGNISED
                        && n.getTitleArgs().equals(List.of("Claire Dumont", name))), "Emma is told");
        assertTrue(asTeamMember.call(() -> mine.page(false, 0, 100)).items().stream()
                .anyMatch(n -> n.getKind() == NotificationKind.TEAM_RECOGNISED
                        && n.getTitleArgs().get(1).equals(name)), "and Tom, on the team");

        long emma = user(em, "emma.kam").getId();
        assertTrue(asHr.call(() -> recognitions.receivedBy(emma)).contains(line), "HR on Emma's profile");
        assertTrue(asKam.call(() -> recognitions.receivedBy(emma)).contains(line), "Emma on her own profile");
        assertDenied(() -> asOtherKam.call(() -> recognitions.receivedBy(emma)));
        assertDenied(() -> asExecutive.call(() -> recognitions.receivedBy(emma)));
        assertTrue(signedIn(base, "hana.hr").get("competency/profile.xhtml?user=" + emma).body()
                .contains("A relationship reborn"), "the profile page lists it");
        assertTrue(asDirector.call(() -> recognitions.countBetween(LocalDate.now(), LocalDate.now())) >= 1,
                "the quarterly review counts it");
    }

    @Test
    void aContingencyThatFiredAndThatTheKamAcknowledgedIsRecognisedOnceByItsTriggerAlone() throws Exception {
        String name = "Contingency handled " + System.nanoTime();
        long account = keyAccountOfEmma(name);
        runAs(asKam, () -> programmes.saveProgramme(account, new ActionProgramme("Presence")));
        Stakeholder buyer = runAs(asKam, () -> stakeholders.save(account, new StakeholderInput().name("Ms. Moreau")
                .decisionRole(DecisionRole.DECISION_MAKER).attitude(Attitude.NEUTRAL)));
        Contingency watching = new Contingency("If the buyer turns against us", "Confidential counter-offer");
        watching.setCondition(new WatchedCondition(WatchedCondition.Kind.STAKEHOLDER_OPPONENT, buyer.getId(), null,
                null, null, null));
        long id = runAs(asKam, () -> programmes.saveContingency(account, watching, List.of())).getId();
        runAs(asKam, () -> stakeholders.save(account, StakeholderInput.of(reload(Stakeholder.class, buyer.getId()))
                .attitude(Attitude.OPPONENT)));
        Contingency fired = reload(Contingency.class, id);
        assertEquals(Contingency.State.FIRED, fired.getState());
        assertEquals(CultureRules.NOT_EVIDENCED, businessError(() -> asExecutive.call(
                () -> recognitions.recognise(AchievementKind.CONTINGENCY_HANDLED, id, null))).messageKey(),
                "fired but not yet handled");

        runAs(asKam, () -> programmes.acknowledge(account, id, fired.getVersion()));
        Achievement offered = asExecutive.call(() -> recognitions.open()).stream()
                .filter(a -> a.kind() == AchievementKind.CONTINGENCY_HANDLED && a.evidenceId() == id).findFirst()
                .orElseThrow();
        assertEquals("If the buyer turns against us", offered.contingencyTrigger());
        assertEquals(LocalDate.ofInstant(fired.getFiredAt(), java.time.ZoneId.systemDefault()), offered.achievedOn(),
                "dated by its firing");
        asDirector.call(() -> recognitions.recognise(AchievementKind.CONTINGENCY_HANDLED, id, "Calm under fire"));
        assertEquals(CultureRules.NOT_EVIDENCED, businessError(() -> asExecutive.call(
                () -> recognitions.recognise(AchievementKind.CONTINGENCY_HANDLED, id, null))).messageKey(), "once");

        HttpResponse<String> read = api(base, "lucas.kam", "api/programme/recognitions?size=100");
        JsonObject published = ok(read).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("account").equals(name)).findFirst().orElseThrow();
        assertEquals("Contingency handled when it fired: If the buyer turns against us", published.getString("text"));
        assertFalse(read.body().contains("Confidential counter-offer"), "never the response");
    }

    @Test
    void lucasReadsAirbusHelicoptersRecognitionAndStillOpensNothingOfTheAccountButTheMarkedPractice()
            throws Exception {
        long airbus = accountId(base, "Airbus Helicopters");
        assertTrue(ok(api(base, "lucas.kam", "api/programme/recognitions?size=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(i -> i.getString("account")
                        .equals("Airbus Helicopters")), "the demo company's recognition");
        for (String path : List.of("api/accounts/" + airbus, "api/accounts/" + airbus + "/database",
                "api/accounts/" + airbus + "/strategy", "api/accounts/" + airbus + "/plan",
                "api/accounts/" + airbus + "/plan/versions/1", "api/accounts/" + airbus + "/relationships")) {
            assertForbidden(api(base, "lucas.kam", path));
        }
        Browserless lucas = signedIn(base, "lucas.kam");
        String home = lucas.get("index.xhtml").body();
        assertTrue(home.contains("id=\"programmeNews\"") && home.contains("Airbus Helicopters"), home);
        for (String page : List.of("accounts/account.xhtml?id=", "situation/database.xhtml?account=",
                "strategy/workspace.xhtml?account=", "plan/plan.xhtml?account=", "plan/team.xhtml?account=")) {
            assertEquals(403, lucas.get(page + airbus).statusCode(), page);
        }
        assertFalse(home.contains("account.xhtml?id=" + airbus), "the home page links to nothing of the account");
    }

    // ---- set-up and reading ----

    /** A key account of Emma's with Tom on its team, whose stage moved up and then down: the two changes' ids. */
    private long[] evidence(String name) throws Exception {
        long id = keyAccountOfEmma(name);
        tx.begin();
        Account account = em.find(Account.class, id);
        StageChange up = new StageChange(account, RelationshipStage.BASIC, RelationshipStage.COOPERATIVE, "emma.kam",
                Instant.now().minusSeconds(3600));
        StageChange down = new StageChange(account, RelationshipStage.COOPERATIVE, RelationshipStage.BASIC,
                "emma.kam", Instant.now());
        em.persist(up);
        em.persist(down);
        tx.commit();
        return new long[] {up.getId(), down.getId()};
    }

    /** A key account of Emma's with Tom on its team. */
    private long keyAccountOfEmma(String name) throws Exception {
        tx.begin();
        Account account = new Account(name, "Testing", "FR");
        account.setKam(user(em, "emma.kam"));
        account.setKeyAccount(true);
        account.setSegment(Quadrant.STAR, false, null);
        em.persist(account);
        em.persist(new TeamMembership(account, user(em, "tom.team"), "Engineer"));
        tx.commit();
        return account.getId();
    }

    private <T> T reload(Class<T> type, long id) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.find(type, id);
    }

    private long accountIdOf(String name) {
        return ContainerTests.accountId(em, name);
    }

    private static String text(List<MessageLine> lines) {
        return String.join("\n", lines.stream().map(m -> m.textEn() + " | " + m.textFr()).toList());
    }

    private HttpResponse<String> post(String path, String json, String username) throws Exception {
        return new Browserless(base).postJsonWithBasic(path, json, username, DEMO_PASSWORD);
    }
}
