package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.object;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.okArray;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The deployed product seen over HTTP, as a browser or an integration client sees it: the login page, logging in
 * with a demo user, role checks on pages and on the API, and the security headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        HttpResponse<String> home = new Browserless(base).get("index.xhtml");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
    }

    @Test
    void theLoginPageIsPublicAndSpeaksTheBrowsersLanguage() throws Exception {
        HttpResponse<String> english = new Browserless(base).get("login.xhtml", "en-GB,en;q=0.8");
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("Sign in"));
        assertTrue(english.body().contains("lang=\"en\""));

        HttpResponse<String> french = new Browserless(base).get("login.xhtml", "fr-FR,fr;q=0.9");
        assertTrue(french.body().contains("Connexion"), french.body());
        assertTrue(french.body().contains("lang=\"fr\""));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = new Browserless(base).get("login.xhtml");
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertEquals(1, login.headers().allValues("Content-Security-Policy").size(),
                "one policy: PrimeFaces' nonce is folded into the application's");
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+';.*"), csp);
        assertFalse(csp.matches(".*script-src[^;]*'unsafe-(inline|eval)'.*"), csp);
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(login.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the header's nonce");
        assertFalse(login.body().matches("(?s).*<script(?![^>]*nonce=)[^>]*>.*"),
                "no script without the nonce");
        assertFalse(login.body().matches("(?s).*\\son[a-z]+=\".*"), "no inline event handler");
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(login.headers().firstValue("Strict-Transport-Security").isEmpty(), "plain HTTP: no HSTS");
        assertTrue(login.headers().firstValue("Referrer-Policy").isPresent());
    }

    @Test
    void aDemoKamLogsInAndSeesTheirHomePage() throws Exception {
        Browserless emma = new Browserless(base);
        HttpResponse<String> login = emma.login("emma.kam", DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), login.body());

        HttpResponse<String> home = emma.get("index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Key Account Manager"));
        assertTrue(home.body().contains("Airbus Helicopters"), "Emma's own account is listed");
        assertFalse(home.body().contains("Siemens Healthineers"), "Lucas's account is not Emma's to see");
        assertFalse(home.body().contains("id=\"menu:users\""), "no user administration in a KAM's menu");
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheLoginPageWithAMessage() throws Exception {
        Browserless visitor = new Browserless(base);
        HttpResponse<String> login = visitor.login("emma.kam", "not-her-password");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("The user name or password is not correct."));
        assertEquals(302, visitor.get("index.xhtml").statusCode(), "still not logged in");
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        Browserless emma = new Browserless(base);
        HttpResponse<String> page = emma.get("login.xhtml");
        String before = sessionCookie(page);
        HttpResponse<String> login = emma.login("emma.kam", DEMO_PASSWORD);
        String after = sessionCookie(login);
        assertFalse(after.isEmpty());
        assertFalse(after.equals(before), "a new session id is issued at login");
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndNotSecureByDefault() throws Exception {
        // Out of the box (no kam.https, no kam.session-cookie.same-site): web.xml's Lax, which a portal on another
        // site cannot use in a frame; None needs both settings (SessionCookieSettingsTest, config/README.md).
        HttpResponse<String> page = new Browserless(base).get("login.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        List<String> attributes = java.util.Arrays.stream(cookie.split(";")).map(String::trim)
                .map(a -> a.toLowerCase(java.util.Locale.ROOT)).toList();
        assertTrue(attributes.contains("samesite=lax"), cookie);
        assertTrue(attributes.contains("httponly"), cookie);
        assertFalse(attributes.contains("secure"), "no Secure on plain HTTP without kam.https: " + cookie);
    }

    @Test
    void aKamIsForbiddenTheAdministrationPage() throws Exception {
        Browserless emma = signedIn(base, "emma.kam");
        HttpResponse<String> users = emma.get("admin/users.xhtml");
        assertEquals(403, users.statusCode());
        assertTrue(users.body().contains("Access denied"));
    }

    @Test
    void anAdministratorOpensTheAdministrationPage() throws Exception {
        Browserless admin = signedIn(base, "admin");
        HttpResponse<String> users = admin.get("admin/users.xhtml");
        assertEquals(200, users.statusCode());
        assertTrue(users.body().contains("claire.exec") && users.body().contains("paul.partner"));
    }

    @Test
    void logoutOnlyWorksFromTheLinkTheApplicationRendered() throws Exception {
        Browserless emma = signedIn(base, "emma.kam");

        HttpResponse<String> forged = emma.get("logout.xhtml");
        assertTrue(forged.statusCode() >= 400, "a logout GET without the view token is refused");
        assertEquals(200, emma.get("index.xhtml").statusCode(), "and the user is still logged in");

        Matcher link = Pattern.compile("href=\"/?([^\"]*logout\\.xhtml\\?jakarta\\.faces\\.Token=[^\"]+)\"")
                .matcher(emma.get("index.xhtml").body());
        assertTrue(link.find(), "the menu renders a logout link with its token");
        HttpResponse<String> logout = emma.get(link.group(1).replace("&amp;", "&").replaceFirst("^.*?logout", "logout"));
        assertEquals(302, logout.statusCode());
        assertTrue(logout.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
        assertEquals(302, emma.get("index.xhtml").statusCode(), "logged out");
    }

    @Test
    void theKaDirectorsMenuHasFiveGroupsWithSetUpUnderSettingsAndMarksTheCurrentPage() throws Exception {
        HttpResponse<String> review = signedIn(base, "david.kad").get("plan/review.xhtml");
        assertEquals(200, review.statusCode());
        String page = review.body();
        assertEquals(5, Pattern.compile("<details id=\"nav-[a-z]+\" class=\"kam-disclosure kam-nav-group")
                .matcher(page).results().count(), "five groups");
        String settings = page.substring(page.indexOf("id=\"nav-settings\""));
        assertTrue(settings.contains("id=\"menu:importAccounts\"") && settings.contains("id=\"menu:planTemplate\""),
                "set-up pages are under settings");
        assertTrue(page.contains("id=\"nav-mywork\" class=\"kam-disclosure kam-nav-group kam-current\""),
                "the group of the current page is marked");
        assertTrue(Pattern.compile("id=\"menu:planReview\"[^>]*class=\"kam-current\"[^>]*aria-current=\"page\"")
                .matcher(page).find(), "the current page is marked in the menu");
        assertTrue(Pattern.compile("id=\"menu:portfolio\"[^>]*aria-current=\"false\"").matcher(page).find());
        assertTrue(page.contains("id=\"current-user\">david.kad</summary>"), "the user menu shows who is in");
        assertTrue(page.contains("id=\"menu:lang-fr\""), "the language switch is in the header");

        String kam = signedIn(base, "emma.kam").get("index.xhtml").body();
        assertFalse(kam.contains("id=\"nav-settings\"") || kam.contains("id=\"nav-people\""),
                "a group shows only when the caller sees one of its pages");
    }

    @Test
    void aKamSeesTheHeaderOfTheirAccountWithEveryTabOnEachOfItsPages() throws Exception {
        long airbus = accountId(base, "Airbus Helicopters");
        Browserless emma = signedIn(base, "emma.kam");
        String overview = emma.get("accounts/account.xhtml?id=" + airbus).body();
        assertTrue(overview.contains("id=\"account-name\">Airbus Helicopters</h1>"), overview);
        assertTrue(overview.contains("Assigned segment") && overview.contains("id=\"header-kam\">Emma Laurent<"),
                overview);
        assertTrue(overview.contains("id=\"header-plan\">"), "the plan state is in the header");
        assertEquals(List.of("overview", "database", "whitespace", "strategy", "plan", "team", "scores"),
                tabs(overview));
        assertTrue(currentTab(overview, "overview"));
        for (String[] page : new String[][] {{"situation/database.xhtml", "database"},
                {"whitespace/map.xhtml", "whitespace"},
                {"strategy/workspace.xhtml", "strategy"}, {"plan/plan.xhtml", "plan"}, {"plan/team.xhtml", "team"},
                {"selection/score.xhtml", "scores"}}) {
            HttpResponse<String> shown = emma.get(page[0] + "?account=" + airbus);
            assertEquals(200, shown.statusCode(), page[0]);
            assertTrue(shown.body().contains("id=\"account-name\">Airbus Helicopters</h1>"), page[0]);
            assertTrue(currentTab(shown.body(), page[1]), page[0] + " marks its own tab");
        }
        assertEquals(403, signedIn(base, "lucas.kam").get("accounts/account.xhtml?id=" + airbus).statusCode(),
                "another KAM gets no header and no page");
    }

    @Test
    void theTeamAndAnExecutiveSeeOnlyTheTabsTheirRightsOpen() throws Exception {
        long airbus = accountId(base, "Airbus Helicopters");
        String tom = signedIn(base, "tom.team").get("plan/team.xhtml?account=" + airbus).body();
        assertEquals(List.of("overview", "database", "whitespace", "strategy", "plan", "team", "scores"), tabs(tom),
                "an internal team member reads the whitespace map");
        assertTrue(currentTab(tom, "team"));
        String paul = signedIn(base, "paul.partner").get("plan/team.xhtml?account=" + airbus).body();
        assertEquals(List.of("overview", "database", "strategy", "plan", "team", "scores"), tabs(paul),
                "an external member sees the whitespace map only with its grant");
        assertTrue(currentTab(paul, "team"));
        String executive = signedIn(base, "claire.exec").get("accounts/account.xhtml?id=" + airbus).body();
        assertEquals(List.of("overview", "database", "whitespace", "strategy", "plan", "team"), tabs(executive),
                "executives read every page but do not score");
    }

    @Test
    void theFaviconIsServedToAnyoneAndLinkedFromEveryPage() throws Exception {
        Browserless visitor = new Browserless(base);
        assertEquals(200, visitor.get("favicon.ico").statusCode());
        HttpResponse<String> svg = visitor.get("favicon.svg");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.body().contains("<svg"), svg.body());
        assertTrue(visitor.get("login.xhtml").body().contains("favicon.svg"), "the login page links it");
        assertTrue(signedIn(base, "emma.kam").get("index.xhtml").body().contains("favicon.ico"));
    }

    /** The ids of the account header's tabs, in order: {@code overview}, {@code database}, ... */
    private static List<String> tabs(String page) {
        return Pattern.compile("<a id=\"tab-([a-z]+)\"").matcher(page).results().map(m -> m.group(1)).toList();
    }

    private static boolean currentTab(String page, String tab) {
        return Pattern.compile("<a id=\"tab-" + tab + "\"[^>]*aria-current=\"page\"").matcher(page).find()
                && page.split("aria-current=\"page\"", -1).length == 2;
    }

    @Test
    void apiMeAnswersWithBasicAuthentication() throws Exception {
        HttpResponse<String> me = new Browserless(base).getWithBasic("api/me", "david.kad", DEMO_PASSWORD);
        assertEquals(200, me.statusCode());
        assertTrue(me.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonObject david = object(me.body());
        assertEquals("david.kad", david.getString("username"), me.body());
        assertEquals("David Moreau", david.getString("displayName"), me.body());
        assertEquals(List.of("KA_DIRECTOR"), david.getJsonArray("roles").getValuesAs(JsonString::getString), me.body());
    }

    @Test
    void apiWithoutCredentialsIs401InJsonNotARedirect() throws Exception {
        HttpResponse<String> me = new Browserless(base).get("api/me");
        assertEquals(401, me.statusCode());
        assertTrue(me.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        problem(me, 401);
        assertTrue(me.headers().firstValue("Location").isEmpty());
    }

    @Test
    void apiWithAWrongPasswordIs401() throws Exception {
        assertEquals(401, new Browserless(base).getWithBasic("api/me", "david.kad", "nope").statusCode());
    }

    @Test
    void apiWithTheWrongRoleIs403InJson() throws Exception {
        HttpResponse<String> users = api(base, "emma.kam", "api/users");
        problem(users, 403);
        assertTrue(users.headers().firstValue("Location").isEmpty());

        HttpResponse<String> asAdmin = api(base, "admin", "api/users");
        assertTrue(strings(okArray(asAdmin), "username").contains("hana.hr"), asAdmin.body());
        assertFalse(asAdmin.body().contains("password"), "no hash leaves the server");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElse("");
    }

    @Test
    void healthEndpointsNeedNoLoginAndReportTheDatabaseAndSchema() throws Exception {
        HttpResponse<String> ready = new Browserless(base).get("health/ready");
        JsonObject readiness = ok(ready);
        assertEquals("UP", readiness.getString("status"), ready.body());
        List<JsonObject> data = readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(check -> check.getJsonObject("data")).filter(java.util.Objects::nonNull).toList();
        assertTrue(data.stream().anyMatch(d -> "up".equals(d.getString("connection", null))), ready.body());
        assertTrue(data.stream().anyMatch(d -> "migrated".equals(d.getString("schema", null))), ready.body());
        HttpResponse<String> live = new Browserless(base).get("health/live");
        assertEquals("UP", ok(live).getString("status"), live.body());
        assertFalse(ready.body().contains("jdbc") || ready.body().contains("kam-pool"), "no configuration leaks");
    }

    @Test
    void metricsCountLoginsAndFailedLoginsWithoutNames() throws Exception {
        new Browserless(base).getWithBasic("api/me", "lucas.kam", "wrong-password");
        new Browserless(base).getWithBasic("api/me", "lucas.kam", DEMO_PASSWORD);
        HttpResponse<String> metrics = new Browserless(base).get("metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().matches("(?s).*kam_failed_logins_total\\{channel=\"basic\"\\} [1-9].*"),
                metrics.body());
        assertTrue(metrics.body().matches("(?s).*kam_logins_total\\{channel=\"basic\"\\} [1-9].*"), metrics.body());
        assertFalse(metrics.body().contains("lucas"), "counts only, no user names");
    }

    @Test
    void everyResponseCarriesACorrelationIdAndAWellFormedOneIsKept() throws Exception {
        HttpResponse<String> chosen = new Browserless(base).getWithCorrelationId("login.xhtml", "it-trace-0001");
        assertEquals("it-trace-0001", chosen.headers().firstValue("X-Correlation-Id").orElseThrow());
        HttpResponse<String> forged = new Browserless(base).getWithCorrelationId("login.xhtml", "bad id <script> quoted");
        assertTrue(forged.headers().firstValue("X-Correlation-Id").orElseThrow().matches("[0-9a-f-]{36}"),
                "text that could forge log lines is replaced");
    }

    @Test
    void anAdministratorProvisionsAUserOverTheApiWhoCanThenSignIn() throws Exception {
        String name = "api.user" + System.nanoTime() % 1_000_000;
        String body = "{\"username\":\"" + name + "\",\"displayName\":\"Api User\",\"password\":\"long-enough-9\","
                + "\"roles\":[\"TEAM_MEMBER\"]}";
        HttpResponse<String> created = new Browserless(base).postJsonWithBasic("api/users", body, "admin", DEMO_PASSWORD,
                "en");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> me = new Browserless(base).getWithBasic("api/me", name, "long-enough-9");
        assertEquals(List.of("TEAM_MEMBER"), ok(me).getJsonArray("roles").getValuesAs(JsonString::getString),
                me.body());

        HttpResponse<String> again = new Browserless(base).postJsonWithBasic("api/users", body, "admin", DEMO_PASSWORD,
                "fr-FR");
        assertTrue(problem(again, 422).getString("message").contains("est déjà pris"),
                "the same rule as the page, in French: " + again.body());
    }

    @Test
    void badInputToTheUsersApiGetsAFieldMessageAndAKamIsForbidden() throws Exception {
        String bad = "{\"username\":\"No Spaces Allowed\",\"displayName\":\"X\",\"password\":\"long-enough-9\","
                + "\"roles\":[\"KAM\"]}";
        HttpResponse<String> refused = new Browserless(base).postJsonWithBasic("api/users", bad, "admin", DEMO_PASSWORD,
                "en");
        assertTrue(problem(refused, 400).getString("message").contains("username: Use 3 to 40 lower-case letters"),
                refused.body());
        assertFalse(refused.body().contains("Exception"), "no stack trace");

        HttpResponse<String> asKam = new Browserless(base).postJsonWithBasic("api/users",
                bad.replace("No Spaces Allowed", "sneaky.kam"), "emma.kam", DEMO_PASSWORD, "en");
        assertEquals(403, asKam.statusCode());
    }

    @Test
    void theIntranetPortalSetForTheTestServerMayFrameThePagesAndNoOtherOrigin() throws Exception {
        // The test server runs with -Dkam.frame-ancestors=https://portal.example.test (arquillian.xml); the
        // default, nobody, is checked on Payara Server by config/payara-server/deploy-test.sh.
        HttpResponse<String> login = new Browserless(base).get("login.xhtml");
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.endsWith("frame-ancestors https://portal.example.test"), csp);
        assertTrue(login.headers().allValues("X-Frame-Options").isEmpty(),
                "X-Frame-Options cannot name the portal, so it steps aside for the CSP");
    }

    @Test
    void aFormPostedOnAnExpiredViewGoesBackToItsPageInsteadOfAServerError() throws Exception {
        Browserless visitor = new Browserless(base);
        visitor.get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", "emma.kam");
        form.put("login:password", DEMO_PASSWORD);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", "-4711:-4711");
        HttpResponse<String> expired = visitor.post("login.xhtml", form);
        assertEquals(302, expired.statusCode(), "not a 500 that monitoring would count: " + expired.body());
        String location = expired.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/login.xhtml?expired=true"), location);
        HttpResponse<String> page = visitor.get("login.xhtml?expired=true");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Your session expired. Please sign in again"), page.body());
        assertEquals(302, visitor.get("index.xhtml").statusCode(), "and nobody was signed in by the stale form");
    }

    /**
     * A session keeps its last ten pages (web.xml, issue 17's soak): a form of the tenth page back still posts, one of
     * the eleventh says the page expired instead of failing. With Mojarra's default of 15, both would post.
     */
    @Test
    void aSessionKeepsItsLastTenPagesAndAFormOfAnOlderOneSaysThePageExpired() throws Exception {
        Browserless emma = signedIn(base, "emma.kam");
        List<String> states = new java.util.ArrayList<>();
        for (int page = 0; page < 11; page++) {
            HttpResponse<String> home = emma.get("index.xhtml");
            assertEquals(200, home.statusCode());
            states.add(Browserless.viewState(home.body()));
        }
        HttpResponse<String> eleventhBack = emma.post("index.xhtml", menuPostback(states.get(0)));
        assertEquals(302, eleventhBack.statusCode(), eleventhBack.body());
        String location = eleventhBack.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("index.xhtml") && location.contains("expired=true"), location);
        HttpResponse<String> tenthBack = emma.post("index.xhtml", menuPostback(states.get(1)));
        assertEquals(200, tenthBack.statusCode(), "the tenth page back is still kept");
        assertFalse(tenthBack.body().contains("The page had expired"), tenthBack.body());
    }

    /** The layout's menu form posted with no button: a postback that changes nothing. */
    private static Map<String, String> menuPostback(String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("menu", "menu");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    @Test
    void aControlCharacterInAFormFieldIsRefusedWithTheReasonInTheUsersLanguage() throws Exception {
        Browserless visitor = new Browserless(base);
        HttpResponse<String> refused = visitor.login("emma\u0000.kam", DEMO_PASSWORD);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("invisible control character (U+0000)"), refused.body());
        assertEquals(302, visitor.get("index.xhtml").statusCode(), "not signed in");
    }

    @Test
    void theApiRefusesControlCharactersInABodyOrAQueryWithTheFieldAndNothingIsStored() throws Exception {
        String name = "nul.user" + System.nanoTime() % 1_000_000;
        String body = "{\"username\":\"" + name + "\",\"displayName\":\"Nul\\u0000Name\","
                + "\"password\":\"long-enough-9\",\"roles\":[\"TEAM_MEMBER\"]}";
        HttpResponse<String> refused = new Browserless(base).postJsonWithBasic("api/users", body, "admin",
                DEMO_PASSWORD, "fr-FR");
        assertTrue(problem(refused, 422).getString("message")
                .contains("« displayName » contient un caractère de contrôle invisible (U+0000)"), refused.body());
        assertEquals(401, new Browserless(base).getWithBasic("api/me", name, "long-enough-9").statusCode(),
                "the user was not created");

        HttpResponse<String> query = new Browserless(base).getWithBasic("api/programme/congruence?rule=%00",
                "david.kad", DEMO_PASSWORD, "en");
        assertTrue(problem(query, 422).getString("message").contains("“rule” holds an invisible control character"),
                query.body());
    }
}
