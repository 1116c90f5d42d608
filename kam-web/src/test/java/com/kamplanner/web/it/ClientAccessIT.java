package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static com.kamplanner.web.it.ContainerTests.object;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.problem;
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
import com.kamplanner.platform.SecurityLog;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.sponsorship.SponsorMeeting;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.ActionProgrammeService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
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
 * What clients read with a secret instead of a login, in one real Payara Micro with the demo company: personal API
 * tokens (shown once, scoped to their owner's rights, revoked, never logged) and the private calendar feed (each
 * person's events and nothing of another KAM's accounts, read over HTTP and parsed back with iCal4j). Each section
 * was its own class and booted its own server; one class boots once for both.
 */
@ExtendWith(ArquillianExtension.class)
class ClientAccessIT {

    private static final String EMMA = "emma.kam";
    private static final String LUCAS = "lucas.kam";
    private static final String ADMIN = "admin";
    /** Emma's account; Lucas, the other KAM, may not read it. */
    private static final String EMMAS_ACCOUNT = "Airbus Helicopters";
    private static final Pattern TOKEN = Pattern.compile("kam_[A-Za-z0-9_-]{32}");
    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(ClientAccessIT.class);
    }

    @Resource(lookup = "jdbc/kam")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

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

    @Resource
    UserTransaction tx;

    // ======== API tokens (formerly ApiTokensIT) ========
    // Personal API tokens as an integration meets them, over HTTP on the real WAR: a person creates a token with
    // their password (seen once), lists it with its last use and revokes it; the token calls the API as its owner and
    // no more (a KAM's token cannot read another KAM's account), a read-only token only reads, an expired, revoked or
    // unknown token gets a JSON 401, no token manages tokens, the administrator revokes anyone's, another person's
    // token id is not found, and no log line ever holds a token.

    @Test
    void aPersonCreatesListsAndRevokesTheirTokenWhichIsShownOnlyOnce() throws Exception {
        Instant before = Instant.now();
        JsonObject created = create(EMMA, "{\"name\":\"  CRM sync \",\"expiresInDays\":30,\"readOnly\":true}");
        String token = created.getString("token");
        assertTrue(TOKEN.matcher(token).matches(), token);
        assertEquals("CRM sync", created.getString("name"));
        assertTrue(created.getBoolean("readOnly"));
        Instant expiresAt = Instant.parse(created.getString("expiresAt"));
        assertTrue(!expiresAt.isBefore(before.plus(Duration.ofDays(30)))
                && expiresAt.isBefore(Instant.now().plus(Duration.ofDays(30)).plusSeconds(1)), expiresAt.toString());
        long id = created.getJsonNumber("id").longValue();

        JsonObject listed = mine(EMMA, id);
        assertEquals("CRM sync", listed.getString("name"));
        assertTrue(listed.isNull("lastUsedAt"), "not used yet: " + listed);
        assertTrue(listed.containsKey("createdAt") && listed.containsKey("expiresAt") && listed.getBoolean("readOnly"));
        String list = new Browserless(base).getWithBasic("api/me/tokens", EMMA, DEMO_PASSWORD).body();
        assertFalse(list.contains(token) || list.contains("\"token\""), "the list never shows a token: " + list);

        JsonObject me = ok(new Browserless(base).getWithToken("api/me", token));
        assertEquals(EMMA, me.getString("username"));
        assertTrue(me.getJsonArray("roles").toString().contains("KAM"), me.toString());
        Instant lastUsed = Instant.parse(mine(EMMA, id).getString("lastUsedAt"));
        assertTrue(!lastUsed.isBefore(before.minusSeconds(1)), "the use is recorded: " + lastUsed);
        ok(new Browserless(base).getWithToken("api/me", token));
        assertEquals(lastUsed, Instant.parse(mine(EMMA, id).getString("lastUsedAt")),
                "written at most once a minute, not on every request");

        JsonObject defaults = create(EMMA, "{\"name\":\"Defaults\"}");
        Instant defaultExpiry = Instant.parse(defaults.getString("expiresAt"));
        assertTrue(Duration.between(Instant.now(), defaultExpiry).toDays() == 89
                || Duration.between(Instant.now(), defaultExpiry).toDays() == 90, "90 days by default");
        assertTrue(defaults.getBoolean("readOnly"), "read-only unless asked otherwise");

        assertEquals(204, new Browserless(base).deleteWithBasic("api/me/tokens/" + id, EMMA, DEMO_PASSWORD)
                .statusCode());
        problem(new Browserless(base).getWithToken("api/me", token), 401);
        assertTrue(mineList(EMMA).stream().noneMatch(t -> t.getJsonNumber("id").longValue() == id));
        problem(new Browserless(base).deleteWithBasic("api/me/tokens/" + id, EMMA, DEMO_PASSWORD), 404);
    }

    @Test
    void aTokenHasExactlyItsOwnersRightsSoAKamTokenCannotReadAnotherKamsAccount() throws Exception {
        long account = accountId(base, EMMAS_ACCOUNT);
        String emmas = token(EMMA, false);
        String lucas = token(LUCAS, false);
        assertEquals(EMMAS_ACCOUNT, ok(new Browserless(base).getWithToken("api/accounts/" + account, emmas))
                .getString("name"));
        problem(new Browserless(base).getWithToken("api/accounts/" + account, lucas), 403);
        assertEquals(403, new Browserless(base).getWithBasic("api/accounts/" + account, LUCAS, DEMO_PASSWORD)
                .statusCode(), "the same answer as with Lucas's password");
        problem(new Browserless(base).getWithToken("api/users", emmas), 403);
        assertEquals(200, new Browserless(base).getWithToken("api/users", token(ADMIN, true)).statusCode(),
                "the administrator's token has the administrator's rights");

        String write = "{\"summary\":\"probe\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\","
                + "\"version\":-1}";
        String plan = "api/accounts/" + account + "/plan/versions/2";
        HttpResponse<String> emmaWrites = new Browserless(base).withToken("PUT", plan, write, emmas, "en");
        assertNotEquals(403, emmaWrites.statusCode(), "Emma may write her plan: " + emmaWrites.body());
        assertNotEquals(401, emmaWrites.statusCode(), emmaWrites.body());
        problem(new Browserless(base).withToken("PUT", plan, write, lucas, "en"), 403);
    }

    @Test
    void aReadOnlyTokenMayOnlyGetAndHead() throws Exception {
        long account = accountId(base, EMMAS_ACCOUNT);
        String reader = token(EMMA, true);
        assertEquals(200, new Browserless(base).getWithToken("api/accounts/" + account, reader).statusCode());
        assertEquals(200, new Browserless(base).withToken("HEAD", "api/me", null, reader, "en").statusCode());
        String write = "{\"summary\":\"probe\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\","
                + "\"version\":-1}";
        for (String method : List.of("POST", "PUT", "DELETE")) {
            JsonObject refused = problem(new Browserless(base).withToken(method,
                    "api/accounts/" + account + "/plan/versions/2", method.equals("DELETE") ? null : write, reader,
                    "en"), 403);
            assertEquals("apiToken.readOnly", refused.getString("error"), method);
            assertTrue(refused.getString("message").contains("read-only"), refused.toString());
        }
        JsonObject french = problem(new Browserless(base).withToken("POST", "api/me/notifications/read-all", "{}",
                reader, "fr-FR"), 403);
        assertTrue(french.getString("message").contains("lecture seule"), french.toString());
    }

    @Test
    void expiredRevokedUnknownAndMalformedTokensGetAJson401() throws Exception {
        JsonObject created = create(EMMA, "{\"name\":\"Soon gone\",\"expiresInDays\":1,\"readOnly\":true}");
        String token = created.getString("token");
        ok(new Browserless(base).getWithToken("api/me", token));
        expire(created.getJsonNumber("id").longValue());
        JsonObject expired = problem(new Browserless(base).getWithToken("api/me", token), 401);
        assertEquals("apiToken.invalid", expired.getString("error"));
        HttpResponse<String> answer = new Browserless(base).getWithToken("api/me", token);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                answer.headers().toString());

        String revoked = token(EMMA, true);
        long revokedId = mineList(EMMA).get(0).getJsonNumber("id").longValue();
        assertEquals(204, new Browserless(base).deleteWithBasic("api/me/tokens/" + revokedId, EMMA, DEMO_PASSWORD)
                .statusCode());
        problem(new Browserless(base).getWithToken("api/me", revoked), 401);
        problem(new Browserless(base).getWithToken("api/me", "kam_" + "A".repeat(32)), 401);
        problem(new Browserless(base).getWithToken("api/me", "not-a-token"), 401);
        JsonObject french = problem(new Browserless(base).withToken("GET", "api/me", null, "kam_x", "fr-FR"), 401);
        assertTrue(french.getString("message").contains("inconnu, expiré ou révoqué"), french.toString());
    }

    @Test
    void noTokenCanManageTokensThatNeedsAPassword() throws Exception {
        String writer = token(ADMIN, false);
        long id = mineList(ADMIN).get(0).getJsonNumber("id").longValue();
        long adminId = ContainerTests.user(em, ADMIN).getId();
        Browserless client = new Browserless(base);
        for (HttpResponse<String> refused : List.of(
                client.withToken("POST", "api/me/tokens", "{\"name\":\"Minted\"}", writer, "en"),
                client.withToken("GET", "api/me/tokens", null, writer, "en"),
                client.withToken("DELETE", "api/me/tokens/" + id, null, writer, "en"),
                client.withToken("GET", "api/users/" + adminId + "/tokens", null, writer, "en"),
                client.withToken("DELETE", "api/users/" + adminId + "/tokens/" + id, null, writer, "en"))) {
            assertEquals("apiToken.cannotManageTokens", problem(refused, 403).getString("error"));
        }
        ok(client.getWithToken("api/me", writer));
        assertTrue(mineList(ADMIN).stream().anyMatch(t -> t.getJsonNumber("id").longValue() == id),
                "the token was not revoked by itself");
    }

    @Test
    void theAdministratorRevokesAnyonesTokenAndNobodyElseCan() throws Exception {
        String token = token(EMMA, true);
        long id = mineList(EMMA).get(0).getJsonNumber("id").longValue();
        long emma = ContainerTests.user(em, EMMA).getId();
        long lucas = ContainerTests.user(em, LUCAS).getId();
        String path = "api/users/" + emma + "/tokens/" + id;

        problem(new Browserless(base).deleteWithBasic(path, LUCAS, DEMO_PASSWORD), 403);
        problem(new Browserless(base).getWithBasic("api/users/" + emma + "/tokens", LUCAS, DEMO_PASSWORD), 403);
        JsonObject users = ok(new Browserless(base).getWithBasic("api/users/" + emma + "/tokens", ADMIN,
                DEMO_PASSWORD));
        assertTrue(users.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getJsonNumber("id").longValue() == id), users.toString());
        problem(new Browserless(base).deleteWithBasic("api/users/" + lucas + "/tokens/" + id, ADMIN, DEMO_PASSWORD),
                404);
        ok(new Browserless(base).getWithToken("api/me", token));

        assertEquals(204, new Browserless(base).deleteWithBasic(path, ADMIN, DEMO_PASSWORD).statusCode());
        problem(new Browserless(base).getWithToken("api/me", token), 401);
        problem(new Browserless(base).deleteWithBasic(path, ADMIN, DEMO_PASSWORD), 404);
    }

    @Test
    void anotherPersonsTokenIdIsNotFound() throws Exception {
        String token = token(EMMA, true);
        long id = mineList(EMMA).get(0).getJsonNumber("id").longValue();
        JsonObject hidden = problem(new Browserless(base).deleteWithBasic("api/me/tokens/" + id, LUCAS,
                DEMO_PASSWORD), 404);
        assertFalse(hidden.toString().contains(EMMA), hidden.toString());
        assertTrue(mineList(LUCAS).stream().noneMatch(t -> t.getJsonNumber("id").longValue() == id),
                "Lucas does not see Emma's token");
        ok(new Browserless(base).getWithToken("api/me", token));
    }

    @Test
    void badInputIsRefusedWithTranslatedMessagesInTheApisErrorBody() throws Exception {
        Browserless client = new Browserless(base);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"name\":\"   \"}", "Give the token a name.");
        cases.put("{\"name\":\"" + "x".repeat(81) + "\"}", "at most 80 characters");
        cases.put("{\"name\":\"Zero\",\"expiresInDays\":0}", "1 to 365 days");
        cases.put("{\"name\":\"Too long\",\"expiresInDays\":366}", "1 to 365 days");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            JsonObject refused = problem(client.postJsonWithBasic("api/me/tokens", bad.getKey(), EMMA,
                    DEMO_PASSWORD), 400);
            assertEquals("validation", refused.getString("error"));
            assertTrue(refused.getString("message").contains(bad.getValue()), refused.toString());
        }
        JsonObject french = problem(client.postJsonWithBasic("api/me/tokens", "{\"name\":\"\"}", EMMA,
                DEMO_PASSWORD, "fr-FR"), 400);
        assertTrue(french.getString("message").contains("Donnez un nom au jeton."), french.toString());
    }

    @Test
    void noLogLineEverHoldsAToken() throws Exception {
        CapturedLog log = CapturedLog.of("", SecurityLog.LOGGER);
        String valid;
        String unknown = "kam_" + "Zz9_-".repeat(6) + "Zz";
        try (log) {
            valid = token(EMMA, false);
            ok(new Browserless(base).getWithToken("api/me", valid));
            problem(new Browserless(base).withToken("PUT", "api/me/tokens", "{}", valid, "en"), 403);
            problem(new Browserless(base).getWithToken("api/me", unknown), 401);
        }
        List<LogRecord> records = log.records();
        SimpleFormatter format = new SimpleFormatter();
        for (LogRecord line : records) {
            String text = format.format(line);
            assertFalse(text.contains(valid) || text.contains(valid.substring(4)), "a token in the log: " + text);
            assertFalse(text.contains(unknown) || text.contains(unknown.substring(4)), "a token in the log: " + text);
        }
        List<JsonObject> refused = records.stream().distinct().filter(r -> SecurityLog.LOGGER.equals(r.getLoggerName()))
                .map(LogRecord::getMessage).map(ContainerTests::object)
                .filter(m -> "login.failed".equals(m.getString("event", null))
                        && "token".equals(m.getString("channel", null)))
                .toList();
        assertEquals(1, refused.size(), "the unknown token is logged as a refused login, without the token: "
                + log.messages());
    }

    @Test
    void theOwnersPageCreatesAndShowsATokenOnceAndOnlyTheAdministratorSeesEveryonesTokens() throws Exception {
        Browserless emma = signedIn(base, EMMA);
        HttpResponse<String> page = emma.get("me/tokens.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("My API tokens") && page.body().contains("menu:my-tokens"), page.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "token");
        form.put("token:name", "Reporting page token");
        form.put("token:days", "7");
        form.put("token:days_input", "7");
        form.put("token:days_hinput", "7");
        form.put("token:readOnly_input", "on");
        form.put("token:create", "");
        form.put("jakarta.faces.ViewState", Browserless.viewState(page.body()));
        HttpResponse<String> created = emma.post("me/tokens.xhtml", form);
        assertEquals(200, created.statusCode(), created.body());
        Matcher shown = TOKEN.matcher(created.body());
        assertTrue(shown.find(), "the new token is shown: " + created.body());
        String token = shown.group();
        ok(new Browserless(base).getWithToken("api/me", token));
        JsonObject listed = mineList(EMMA).stream().filter(t -> t.getString("name").equals("Reporting page token"))
                .findFirst().orElseThrow();
        assertTrue(listed.getBoolean("readOnly"), listed.toString());
        assertTrue(Duration.between(Instant.now(), Instant.parse(listed.getString("expiresAt"))).toDays() >= 6);

        String again = emma.get("me/tokens.xhtml").body();
        assertTrue(again.contains("Reporting page token"), "listed on the page");
        assertFalse(again.contains(token), "shown only once");

        assertEquals(403, emma.get("admin/tokens.xhtml").statusCode());
        String admin = signedIn(base, ADMIN).get("admin/tokens.xhtml").body();
        assertTrue(admin.contains("Reporting page token") && admin.contains(EMMA), admin);
        assertTrue(admin.contains("id=\"menu:tokens\""), "the page is in the administrator's menu");
        assertFalse(admin.contains(token), "the administrator never sees a token's text");
    }

    // ---- helpers ----

    /** A new token for {@code user}, created with their password. */
    private String token(String user, boolean readOnly) throws Exception {
        return create(user, "{\"name\":\"IT " + System.nanoTime() + "\",\"readOnly\":" + readOnly + "}")
                .getString("token");
    }

    private JsonObject create(String user, String json) throws Exception {
        HttpResponse<String> created = new Browserless(base).postJsonWithBasic("api/me/tokens", json, user,
                DEMO_PASSWORD);
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body());
    }

    private List<JsonObject> mineList(String user) throws Exception {
        return ok(new Browserless(base).getWithBasic("api/me/tokens", user, DEMO_PASSWORD)).getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private JsonObject mine(String user, long id) throws Exception {
        return mineList(user).stream().filter(t -> t.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("token " + id + " is not listed"));
    }

    /** Moves a token's expiry into the past, as time would. */
    private void expire(long id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("update api_token set expires_at = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    // ======== The calendar feed (formerly CalendarFeedIT) ========
    // The private calendar feed in the container, read over HTTP without a login as a calendar client reads it and
    // parsed back with iCal4j: a KAM's feed holds her accounts' action plans and plan reviews and nothing of another
    // KAM's accounts, a team member's only their own action plans, UIDs stay the same from one fetch to the next; a
    // replaced, revoked, unknown or malformed token and a disabled owner answer 404; the page and the service that
    // create a token need a login.

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
