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
import com.kamplanner.account.TeamMembership;
import com.kamplanner.people.AppUser;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.Stakeholder;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The executive sponsorship programme in depth (issue 19, section 2), in one real Payara Micro with the demo company:
 * every role's right to read and to log sponsor meetings, the refusals (a date in the future, attendees of another
 * account, an unknown owner), a follow-up waiting in the KAM's work list until she turns it into an action plan, the
 * counterpart's level, the scorecard, and {@code /api/accounts/{id}/sponsor-meetings} over HTTP (200, 201, 403, 404,
 * 422). Each test that writes works on an account of its own, sponsored by Claire and held by Emma.
 */
@ExtendWith(ArquillianExtension.class)
class SponsorMeetingsIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(SponsorMeetingsIT.class);
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
}
