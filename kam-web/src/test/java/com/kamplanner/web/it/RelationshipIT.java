package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.assertHidden;
import static com.kamplanner.web.it.ContainerTests.businessError;
import static com.kamplanner.web.it.ContainerTests.object;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.runAs;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import com.kamplanner.people.AppUser;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.situation.Attitude;
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.situation.StakeholderInput;
import com.kamplanner.situation.StakeholderService;
import com.kamplanner.sponsorship.MeetingInput;
import com.kamplanner.sponsorship.SponsorFollowUp;
import com.kamplanner.sponsorship.SponsorMeeting;
import com.kamplanner.sponsorship.SponsorMeetings;
import com.kamplanner.sponsorship.SponsorScore;
import com.kamplanner.sponsorship.SponsoredAccount;
import com.kamplanner.sponsorship.SponsorshipProgramme;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.ActionProgrammeService;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.WatchedCondition;
import com.kamplanner.work.WorkItem;
import com.kamplanner.work.WorkKind;
import com.kamplanner.work.WorkList;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The executive level in the programme, in one real Payara Micro with the demo company: sponsor meetings (every
 * role's right to read and log them, the refusals, follow-ups, the scorecard, the API) and the programme's culture
 * (who publishes messages and recognitions, who reads them, and the evidence a recognition needs). Each section was
 * its own class and booted its own server; one class boots once for both.
 */
@ExtendWith(ArquillianExtension.class)
class RelationshipIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(RelationshipIT.class);
    }

    @EJB
    SponsorMeetings meetings;

    @EJB
    SponsorshipProgramme programme;

    @EJB
    ActionProgrammeService programmes;

    @EJB
    WorkList work;

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

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @EJB
    ProgrammeMessages messages;

    @EJB
    Recognitions recognitions;

    @EJB
    MyNotifications mine;

    @EJB
    StakeholderService stakeholders;

    @Inject
    AsAdministrator asAdministrator;

    // ======== Sponsor meetings (formerly SponsorMeetingsIT) ========
    // The executive sponsorship programme in depth (issue 19, section 2), in one real Payara Micro with the demo
    // company: every role's right to read and to log sponsor meetings, the refusals (a date in the future, attendees
    // of another account, an unknown owner), a follow-up waiting in the KAM's work list until she turns it into an
    // action plan, the counterpart's level, the scorecard, and {@code /api/accounts/{id}/sponsor-meetings} over HTTP
    // (200, 201, 403, 404, 422). Each test that writes works on an account of its own, sponsored by Claire and held
    // by Emma.

    // ---- reading ----

    @Test
    void theSponsorExecutivesTheDirectorTheKamAndTheTeamReadTheHistoryNewestFirstAndNobodyElse() throws Exception {
        long airbus = accountId(em, "Airbus Helicopters");
        for (Object reader : List.of(asExecutive, asDirector, asKam, asTeamMember, asPartner)) {
            List<SponsorMeeting> history = runAs(reader, () -> meetings.history(airbus));
            assertTrue(history.size() >= 3, reader + " reads the demo's three meetings: " + history.size());
            for (int i = 1; i < history.size(); i++) {
                assertFalse(history.get(i).getMeetingDate().isAfter(history.get(i - 1).getMeetingDate()),
                        "newest first");
            }
            assertTrue(history.stream().anyMatch(m -> m.getCustomerAttendees().stream()
                    .anyMatch(s -> s.getName().equals("Bruno Even"))), "the customer's attendees");
        }
        assertDenied(() -> asOtherKam.call(() -> meetings.history(airbus)));
        assertDenied(() -> asHr.call(() -> meetings.history(airbus)));
        long rollsRoyce = accountId(em, "Rolls-Royce Civil");
        assertTrue(asExecutive.call(() -> meetings.history(rollsRoyce)).isEmpty(),
                "an executive reads an account she does not sponsor");
        businessError(() -> asDirector.call(() -> meetings.history(-1L)));
    }

    // ---- logging ----

    @Test
    void onlyTheAccountsSponsorLogsAMeetingWithAttendeesOnBothSidesAndFollowUps() throws Exception {
        Fixture f = fixture();
        MeetingInput input = input(TODAY.minusDays(1), f);
        SponsorMeeting logged = asExecutive.call(() -> meetings.log(f.account, input));
        SponsorMeeting read = asKam.call(() -> meetings.history(f.account)).get(0);
        assertEquals(logged.getId(), read.getId());
        assertEquals(List.of("Anna Schmidt"), read.getCustomerAttendees().stream().map(Stakeholder::getName).toList());
        assertEquals(List.of("Emma Laurent"), read.getOurAttendees().stream().map(AppUser::getDisplayName).toList());
        assertEquals("Joint roadmap agreed", read.getOutcomes());
        assertEquals(1, read.getFollowUps().size());
        assertEquals("Tom Bernard", read.getFollowUps().get(0).getOwner().getDisplayName());

        for (Object refused : List.of(asDirector, asKam, asOtherKam, asTeamMember, asPartner, asHr)) {
            assertDenied(() -> runAs(refused, () -> meetings.log(f.account, input(TODAY, f))));
        }
        long rollsRoyce = accountId(em, "Rolls-Royce Civil");
        MeetingInput notHers = new MeetingInput();
        notHers.setDate(TODAY);
        notHers.setNotes("Not my account");
        assertDenied(() -> asExecutive.call(() -> meetings.log(rollsRoyce, notHers)));
        assertEquals(1, asDirector.call(() -> meetings.history(f.account)).size(), "nothing more was logged");
    }

    @Test
    void aMeetingInTheFutureOrWithSomeoneElsesAttendeesIsRefused() throws Exception {
        Fixture f = fixture();
        assertEquals(SponsorshipProgramme.MEETING_IN_FUTURE, businessError(() -> asExecutive.call(() ->
                meetings.log(f.account, input(TODAY.plusDays(1), f)))).messageKey());

        long giulia = em.createQuery("select s.id from Stakeholder s where s.name = 'Giulia Rossi'", Long.class)
                .getSingleResult();
        MeetingInput otherAccount = input(TODAY, f);
        otherAccount.setCustomerAttendeeIds(List.of(f.stakeholder, giulia));
        assertEquals(SponsorMeetings.CUSTOMER_ATTENDEE_UNKNOWN, businessError(() -> asExecutive.call(() ->
                meetings.log(f.account, otherAccount))).messageKey());

        MeetingInput nobody = input(TODAY, f);
        nobody.setOurAttendeeIds(List.of(-5L));
        assertEquals(SponsorMeetings.OUR_ATTENDEE_UNKNOWN, businessError(() -> asExecutive.call(() ->
                meetings.log(f.account, nobody))).messageKey());

        MeetingInput unknownOwner = input(TODAY, f);
        unknownOwner.getFollowUps().get(0).setOwnerId(-5L);
        assertEquals(SponsorMeetings.OWNER_UNKNOWN, businessError(() -> asExecutive.call(() ->
                meetings.log(f.account, unknownOwner))).messageKey());

        MeetingInput early = input(TODAY.minusDays(10), f);
        early.getFollowUps().get(0).setDue(TODAY.minusDays(11));
        assertEquals(SponsorMeetings.DUE_BEFORE_MEETING, businessError(() -> asExecutive.call(() ->
                meetings.log(f.account, early))).messageKey());

        MeetingInput blank = input(TODAY, f);
        blank.setNotes(" ");
        Throwable invalid = assertThrows(Throwable.class, () -> asExecutive.call(() -> meetings.log(f.account, blank)));
        assertTrue(causedBy(invalid, ConstraintViolationException.class), invalid.toString());
        assertTrue(asDirector.call(() -> meetings.history(f.account)).isEmpty(), "nothing was logged");
    }

    // ---- follow-ups ----

    @Test
    void aFollowUpWaitsInTheKamsWorkListUntilSheTurnsItIntoAnActionPlanUnderTheProgrammeSheChooses()
            throws Exception {
        Fixture f = fixture();
        ActionProgramme relations = asKam.call(() -> programmes.saveProgramme(f.account,
                new ActionProgramme("Executive relations")));
        MeetingInput input = input(TODAY, f);
        String title = input.getFollowUps().get(0).getTitle();
        asExecutive.call(() -> meetings.log(f.account, input));

        WorkItem item = asKam.call(() -> work.mine()).stream().filter(i -> i.kind() == WorkKind.SPONSOR_FOLLOW_UP
                && i.titleArgs().contains(title)).findFirst().orElseThrow(() -> new AssertionError("in Emma's list"));
        assertEquals(Long.valueOf(f.account), item.accountId());
        assertEquals(TODAY.plusDays(10), item.due());
        assertEquals(List.of(title, f.name, "Claire Dumont"), item.titleArgs());
        long followUpId = Long.parseLong(item.url().substring(item.url().indexOf("id=") + 3));
        assertEquals("strategy/sponsor-follow-up.xhtml?id=" + followUpId, item.url());
        assertTrue(asOtherKam.call(() -> work.mine()).stream().noneMatch(i -> i.kind() == WorkKind.SPONSOR_FOLLOW_UP
                && i.titleArgs().contains(title)), "not in another KAM's list");
        assertTrue(asTeamMember.call(() -> work.mine()).stream().noneMatch(i -> i.kind() == WorkKind.SPONSOR_FOLLOW_UP),
                "the KAM turns follow-ups, not the team");

        assertDenied(() -> asOtherKam.call(() -> meetings.followUp(followUpId)));
        assertDenied(() -> asTeamMember.call(() -> meetings.followUp(followUpId)));
        assertDenied(() -> asExecutive.call(() -> meetings.turnIntoActionPlan(followUpId, 0, relations.getId(),
                null, ActionPlan.Kind.RELATIONAL, null)));
        assertDenied(() -> asOtherKam.call(() -> meetings.turnIntoActionPlan(followUpId, 0, relations.getId(),
                null, ActionPlan.Kind.RELATIONAL, null)));

        SponsorFollowUp loaded = asKam.call(() -> meetings.followUp(followUpId));
        long tom = user(em, "tom.team").getId();
        ActionPlan plan = asKam.call(() -> meetings.turnIntoActionPlan(followUpId, loaded.getVersion(),
                relations.getId(), null, ActionPlan.Kind.RELATIONAL, tom));
        ActionPlan stored = em.find(ActionPlan.class, plan.getId());
        assertEquals(title, stored.getTitle());
        assertEquals(relations.getId(), stored.getProgramme().getId());
        assertEquals(ActionPlan.Kind.RELATIONAL, stored.getKind());
        assertEquals(TODAY.plusDays(10), stored.getDueDate());
        assertEquals("tom.team", stored.getOwner().getUsername());
        assertTrue(asKam.call(() -> work.mine()).stream().noneMatch(i -> i.kind() == WorkKind.SPONSOR_FOLLOW_UP
                && i.titleArgs().contains(title)), "turned: it leaves the work list");
        SponsorFollowUp turned = asKam.call(() -> meetings.followUp(followUpId));
        assertTrue(turned.isTurned());
        assertEquals(SponsorMeetings.ALREADY_TURNED, businessError(() -> asKam.call(() -> meetings.turnIntoActionPlan(
                followUpId, turned.getVersion(), relations.getId(), null, ActionPlan.Kind.RELATIONAL, null))).messageKey());
    }

    // ---- counterpart and scorecard ----

    @Test
    void aCounterpartBelowTheSponsorsLevelIsFlaggedAndOnlyTheSponsorOrTheDirectorNamesIt() throws Exception {
        Fixture f = fixture();
        asExecutive.call(() -> meetings.nameCounterpart(f.account, f.stakeholder));
        assertFalse(line(asExecutive, f.account).counterpartMismatch(), "a decision maker of influence 8");
        assertEquals("Anna Schmidt", line(asExecutive, f.account).counterpartName());

        long buyer = stakeholder(f.account, "Ben Buyer", DecisionRole.DECISION_MAKER, 6);
        asDirector.call(() -> meetings.nameCounterpart(f.account, buyer));
        assertTrue(line(asDirector, f.account).counterpartMismatch(), "influence under 7");
        long engineer = stakeholder(f.account, "Eva Engineer", DecisionRole.INFLUENCER, 9);
        asExecutive.call(() -> meetings.nameCounterpart(f.account, engineer));
        assertTrue(line(asExecutive, f.account).counterpartMismatch(), "not a decision maker");

        assertDenied(() -> asKam.call(() -> meetings.nameCounterpart(f.account, f.stakeholder)));
        assertDenied(() -> asHr.call(() -> meetings.nameCounterpart(f.account, f.stakeholder)));
        long rollsRoyce = accountId(em, "Rolls-Royce Civil");
        assertDenied(() -> asExecutive.call(() -> meetings.nameCounterpart(rollsRoyce, f.stakeholder)));
        long giulia = em.createQuery("select s.id from Stakeholder s where s.name = 'Giulia Rossi'", Long.class)
                .getSingleResult();
        assertEquals(SponsorMeetings.COUNTERPART_UNKNOWN, businessError(() -> asExecutive.call(() ->
                meetings.nameCounterpart(f.account, giulia))).messageKey());

        long stellantis = accountId(em, "Stellantis Powertrain");
        assertTrue(line(asExecutive, stellantis).counterpartMismatch(), "the demo's mismatch of level");
        long airbus = accountId(em, "Airbus Helicopters");
        assertFalse(line(asExecutive, airbus).counterpartMismatch(), "Airbus Helicopters meets its CEO");
    }

    @Test
    void theExecutiveSeesHerOwnScorecardAndTheDirectorEverySponsors() throws Exception {
        List<SponsorScore> claire = asExecutive.call(() -> programme.scorecard());
        assertEquals(1, claire.size(), "her own line only");
        SponsorScore mine = claire.get(0);
        assertEquals("Claire Dumont", mine.sponsorName());
        assertTrue(mine.accounts() >= 3, mine.toString());
        assertTrue(mine.meetingsHeld() >= 5, "the demo's meetings of the last year: " + mine);
        assertTrue(mine.meetingsExpected() >= 12, "three Strategic accounts meet four times a year: " + mine);
        assertTrue(mine.meetingsDue() >= 1, "Siemens Healthineers is overdue: " + mine);
        assertTrue(mine.plans(com.kamplanner.sponsorship.PlanState.APPROVED)
                + mine.plans(com.kamplanner.sponsorship.PlanState.WORKING) >= 1, "Airbus Helicopters has a plan");
        assertTrue(line(asExecutive, accountId(em, "Siemens Healthineers")).isOverdue(), "the demo's overdue cadence");
        com.kamplanner.sponsorship.SponsorHealth health = mine.health();
        long keyAccounts = em.createQuery("select count(a) from Account a where a.sponsor.username = 'claire.exec' "
                + "and a.keyAccount = true", Long.class).getSingleResult();
        assertEquals(keyAccounts, health.healthy() + health.atRisk() + health.critical() + health.unknown(),
                "each of her key accounts in one band: " + health);
        List<?> known = em.createNativeQuery("select h.score from account_health h join account a on a.id = "
                + "h.account_id join app_user s on s.id = a.sponsor_id where s.username = 'claire.exec' "
                + "and a.key_account = true and h.score is not null").getResultList();
        assertEquals(known.isEmpty() ? null : (int) Math.round(known.stream()
                .mapToDouble(v -> ((Number) v).doubleValue()).average().orElseThrow()), health.average(),
                "the average of her key accounts' stored scores, unknown when none is known");

        assertTrue(asDirector.call(() -> programme.scorecard()).stream()
                .anyMatch(s -> s.sponsorName().equals("Claire Dumont")), "the KA Director sees every sponsor");
        for (Object refused : List.of(asKam, asTeamMember, asHr)) {
            assertDenied(() -> runAs(refused, () -> programme.scorecard()));
        }
    }

    // ---- over HTTP ----

    @Test
    void theApiAnswersTheAccountsReadersAndRefusesHrAndAnotherKam() throws Exception {
        long airbus = accountId(em, "Airbus Helicopters");
        String path = "api/accounts/" + airbus + "/sponsor-meetings";
        for (String reader : List.of("claire.exec", "david.kad", "emma.kam", "tom.team")) {
            JsonArray items = ok(api(base, reader, path)).getJsonArray("items");
            assertTrue(items.size() >= 3, reader + ": " + items);
            for (int i = 1; i < items.size(); i++) {
                assertTrue(items.getJsonObject(i).getString("date")
                        .compareTo(items.getJsonObject(i - 1).getString("date")) <= 0, "newest first: " + items);
            }
        }
        assertForbidden(api(base, "lucas.kam", path));
        assertForbidden(api(base, "hana.hr", path));
        assertHidden(api(base, "david.kad", "api/accounts/999999999/sponsor-meetings"));
        assertEquals(401, new Browserless(base).get(path).statusCode());
    }

    @Test
    void theSponsorLogsOverTheApiAndEveryoneElseIsRefused() throws Exception {
        Fixture f = fixture();
        String path = "api/accounts/" + f.account + "/sponsor-meetings";
        long emma = user(em, "emma.kam").getId();
        String body = "{\"date\":\"" + TODAY + "\",\"customerAttendeeIds\":[" + f.stakeholder + "],"
                + "\"ourAttendeeIds\":[" + emma + "],\"notes\":\"Steering committee\",\"outcomes\":\"Go\","
                + "\"followUps\":[{\"title\":\"Send the roadmap\",\"ownerId\":" + emma + ",\"due\":\""
                + TODAY.plusDays(7) + "\"}]}";
        HttpResponse<String> created = new Browserless(base).postJsonWithBasic(path, body, "claire.exec",
                DEMO_PASSWORD);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject meeting = object(created.body());
        assertEquals(TODAY.toString(), meeting.getString("date"));
        assertEquals("Anna Schmidt", meeting.getJsonArray("customerAttendees").getJsonObject(0).getString("name"));
        assertEquals("emma.kam", meeting.getJsonArray("ourAttendees").getJsonObject(0).getString("username"));
        assertEquals("Go", meeting.getString("outcomes"));
        JsonObject followUp = meeting.getJsonArray("followUps").getJsonObject(0);
        assertEquals("Send the roadmap", followUp.getString("title"));
        assertEquals(TODAY.plusDays(7).toString(), followUp.getString("due"));
        assertFalse(followUp.getBoolean("turnedIntoActionPlan"));
        assertEquals(meeting.getJsonNumber("id").longValue(), ok(api(base, "emma.kam", path)).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue(), "the KAM reads it");

        for (String refused : List.of("david.kad", "emma.kam", "lucas.kam", "tom.team", "hana.hr")) {
            HttpResponse<String> answer = new Browserless(base).postJsonWithBasic(path, body, refused, DEMO_PASSWORD);
            assertEquals(403, answer.statusCode(), refused + ": " + answer.body());
        }
        String future = body.replace("\"date\":\"" + TODAY + "\"", "\"date\":\"" + TODAY.plusDays(3) + "\"");
        JsonObject refusedFuture = problem(new Browserless(base).postJsonWithBasic(path, future, "claire.exec",
                DEMO_PASSWORD), 422);
        assertEquals(SponsorshipProgramme.MEETING_IN_FUTURE, refusedFuture.getString("error"));
        assertTrue(refusedFuture.getString("message").startsWith("A sponsor meeting cannot be logged in the future"),
                refusedFuture.toString());
        JsonObject inFrench = problem(new Browserless(base).postJsonWithBasic(path, future, "claire.exec",
                DEMO_PASSWORD, "fr"), 422);
        assertTrue(inFrench.getString("message").startsWith("Une rencontre du parrain ne peut pas"), inFrench.toString());
        String strangers = body.replace("\"customerAttendeeIds\":[" + f.stakeholder + "]",
                "\"customerAttendeeIds\":[" + em.createQuery("select s.id from Stakeholder s where s.name = "
                        + "'Giulia Rossi'", Long.class).getSingleResult() + "]");
        assertEquals(SponsorMeetings.CUSTOMER_ATTENDEE_UNKNOWN, problem(new Browserless(base).postJsonWithBasic(path,
                strangers, "claire.exec", DEMO_PASSWORD), 422).getString("error"));
        assertEquals(400, new Browserless(base).postJsonWithBasic(path, body.replace("Steering committee", " "),
                "claire.exec", DEMO_PASSWORD).statusCode(), "notes are required");
        assertEquals(1, ok(api(base, "david.kad", path)).getJsonArray("items").size(), "only the first was logged");
    }

    @Test
    void theSponsorshipsPageShowsTheHistoryTheCounterpartsLevelAndTheScorecard() throws Exception {
        Browserless claire = signedIn(base, "claire.exec");
        String html = claire.get("accounts/sponsorships.xhtml").body();
        assertTrue(html.contains("id=\"meetingForm:customers\"") && html.contains("id=\"meetingForm:addFollowUp\""),
                "the log form with attendees and follow-ups");
        assertTrue(html.contains("kam-level-mismatch") && html.contains("Level mismatch"), "the mismatch flag");
        assertTrue(html.contains("kam-meeting-overdue"), "the overdue cadence");
        assertTrue(html.contains("No plan: "), "the scorecard counts the plan states of Claire's accounts");
        assertTrue(html.contains("id=\"sponsorships:scorecard\"") && html.contains("Sponsor scorecard"), "the scorecard");
        assertTrue(html.contains("kam-health-critical") && html.contains("Critical: "),
                "the scorecard's health column");
        assertTrue(html.contains("id=\"counterpartForm:counterpartAccount\""), "the counterpart picker");
        assertEquals(403, signedIn(base, "emma.kam").get("accounts/sponsorships.xhtml").statusCode());
        long waiting = em.createQuery("select f.id from SponsorFollowUp f where f.title like 'Propose a quarterly%'",
                Long.class).getSingleResult();
        String followUpPage = "strategy/sponsor-follow-up.xhtml?id=" + waiting;
        String emmas = signedIn(base, "emma.kam").get(followUpPage).body();
        assertTrue(emmas.contains("id=\"turnForm:programme\"") && emmas.contains("Propose a quarterly"), emmas);
        assertEquals(403, signedIn(base, "lucas.kam").get(followUpPage).statusCode());
        assertEquals(403, signedIn(base, "tom.team").get(followUpPage).statusCode());
    }

    // ---- helpers ----

    /** A fresh key account held by Emma, sponsored by Claire, with Tom on its team and one decision maker. */
    private Fixture fixture() throws Exception {
        String name = "Sponsored " + UUID.randomUUID();
        tx.begin();
        Account account = new Account(name, "Testing", "FR");
        account.setKam(user(em, "emma.kam"));
        account.setSponsor(user(em, "claire.exec"));
        account.setKeyAccount(true);
        account.setSegment(Quadrant.STRATEGIC, false, null);
        em.persist(account);
        em.persist(new TeamMembership(account, user(em, "tom.team"), "Engineer"));
        tx.commit();
        long stakeholder = stakeholder(account.getId(), "Anna Schmidt", DecisionRole.DECISION_MAKER, 8);
        return new Fixture(account.getId(), name, stakeholder);
    }

    private long stakeholder(long accountId, String name, DecisionRole role, int influence) throws Exception {
        tx.begin();
        Stakeholder s = new Stakeholder(em.find(Account.class, accountId), name);
        s.setDecisionRole(role);
        s.setInfluence(influence);
        em.persist(s);
        tx.commit();
        return s.getId();
    }

    private MeetingInput input(LocalDate date, Fixture f) {
        MeetingInput input = new MeetingInput();
        input.setDate(date);
        input.setNotes("Quarterly executive review");
        input.setOutcomes("Joint roadmap agreed");
        input.setCustomerAttendeeIds(List.of(f.stakeholder));
        input.setOurAttendeeIds(List.of(user(em, "emma.kam").getId()));
        input.setFollowUps(new java.util.ArrayList<>(List.of(new MeetingInput.FollowUpInput(
                "Share the joint roadmap " + UUID.randomUUID(), user(em, "tom.team").getId(), TODAY.plusDays(10)))));
        return input;
    }

    private SponsoredAccount line(Object reader, long accountId) throws Exception {
        return runAs(reader, () -> programme.board()).stream().filter(a -> a.accountId() == accountId).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + accountId));
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private record Fixture(long account, String name, long stakeholder) {
    }

    // ======== The programme's culture (formerly CultureIT) ========
    // The programme's culture in the container (issue 19, section 3): only executives and the KA Director publish
    // messages and recognise teams, KAMs, team members, HR, partners and the administrator get 403; programme members
    // read the messages addressed to them in their language and every recognition, HR and external partners read
    // neither (HR reads them on a KAM's profile only); a recognition needs the account's own evidence, once; and the
    // published line is all another KAM gets of the account.

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
