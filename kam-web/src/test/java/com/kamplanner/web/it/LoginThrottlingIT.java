package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login throttling over HTTP, as an attacker and the administrator meet it: wrong passwords for one name, through
 * the API and the login page, block that name (and a name nobody has the same way), a right password is refused
 * during the block, and accepted once the administrator lifts it or it runs out. The administrator's work list
 * counts the refusals; nobody else reaches the security page or its API. Each test sets short thresholds and puts
 * the defaults back, since the database outlives this deployment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottlingIT {

    private static final String ADMIN = "admin";
    private static final String BLOCKED_EN = "Too many failed sign-ins";
    private static final String BLOCKED_FR = "Trop de connexions échouées";
    private static final String DEFAULTS = "{\"userFailures\":10,\"addressNames\":30,\"windowMinutes\":15,"
            + "\"blockSeconds\":900}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void twentyWrongPasswordsBlockTheNameUntilTheAdministratorLiftsIt() throws Exception {
        createUser("throttle.api", "right-password-1");
        throttling(5, 600);
        try {
            Browserless client = new Browserless(base);
            List<Integer> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                statuses.add(client.getWithBasic("api/me", "throttle.api", "wrong-" + i).statusCode());
            }
            assertEquals(List.of(401, 401, 401, 401), statuses.subList(0, 4), "the first failures are plain 401s");
            assertTrue(statuses.subList(4, 20).stream().allMatch(s -> s == 429), "then the name is blocked: " + statuses);

            HttpResponse<String> right = client.getWithBasic("api/me", "throttle.api", "right-password-1");
            JsonObject refused = problem(right, 429);
            assertTrue(refused.getString("message").contains(BLOCKED_EN), right.body());
            assertTrue(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow()) > 0);
            HttpResponse<String> french = client.getWithBasic("api/me", "throttle.api", "right-password-1", "fr-FR");
            assertTrue(problem(french, 429).getString("message").contains(BLOCKED_FR), french.body());

            for (int i = 0; i < 20; i++) {
                client.getWithBasic("api/me", "nobody.at.all", "guess-" + i);
            }
            HttpResponse<String> unknown = client.getWithBasic("api/me", "nobody.at.all", "guess");
            assertEquals(429, unknown.statusCode(), "a name nobody has is blocked the same way");
            assertEquals(right.body(), unknown.body(), "the answer does not tell whether the user exists");

            JsonObject security = ok(api(base, ADMIN, "api/security"));
            List<String> blocked = security.getJsonArray("blocks").getValuesAs(JsonObject.class).stream()
                    .filter(b -> b.getString("scope").equals("USER")).map(b -> b.getString("subject")).toList();
            assertTrue(blocked.containsAll(List.of("throttle.api", "nobody.at.all")), security.toString());
            assertTrue(security.getJsonNumber("refusedLast24Hours").longValue() >= 42, security.toString());
            assertTrue(adminWorkTitle().matches("\\d+ logins refused in the last 24 hours"), adminWorkTitle());
            String page = signedIn(base, ADMIN).get("admin/security.xhtml").body();
            assertTrue(page.contains("throttle.api") && page.contains("Refused during a block")
                    && page.contains("Wrong user name or password"), "the page lists the blocks and the refusals:\n" + page);
            assertTrue(page.matches("(?s).*id=\"blocks:table:\\d+:lift\".*"), "each block has its Lift button");

            HttpResponse<String> lift = new Browserless(base).postJsonWithBasic("api/security/blocks/lift",
                    "{\"scope\":\"USER\",\"subject\":\"throttle.api\"}", ADMIN, DEMO_PASSWORD);
            assertEquals(204, lift.statusCode(), lift.body());
            assertEquals(200, client.getWithBasic("api/me", "throttle.api", "right-password-1").statusCode(),
                    "the right password is accepted once the block is lifted");
            assertEquals(429, client.getWithBasic("api/me", "nobody.at.all", "guess").statusCode(),
                    "another name's block still holds");
            problem(new Browserless(base).postJsonWithBasic("api/security/blocks/lift",
                    "{\"scope\":\"USER\",\"subject\":\"throttle.api\"}", ADMIN, DEMO_PASSWORD), 422);
        } finally {
            restoreDefaults();
        }
    }

    @Test
    void onTheLoginPageABlockRunsOutByItself() throws Exception {
        createUser("throttle.page", "right-password-2");
        throttling(3, 5);
        try {
            Browserless visitor = new Browserless(base);
            HttpResponse<String> wrong = null;
            for (int i = 0; i < 3; i++) {
                wrong = visitor.login("throttle.page", "wrong-" + i);
            }
            assertEquals(200, wrong.statusCode());
            assertTrue(wrong.body().contains(BLOCKED_EN), "the failure that reaches the threshold says so");

            HttpResponse<String> right = visitor.login("throttle.page", "right-password-2");
            assertEquals(200, right.statusCode(), "the right password is refused during the block");
            assertTrue(right.body().contains(BLOCKED_EN), right.body());
            assertFalse(right.body().contains("The user name or password is not correct."));

            Thread.sleep(6_000);
            assertEquals(302, new Browserless(base).login("throttle.page", "right-password-2").statusCode(),
                    "accepted once the block has run out");
        } finally {
            restoreDefaults();
        }
    }

    @Test
    void onlyTheAdministratorReachesTheSecurityPageAndItsApi() throws Exception {
        HttpResponse<String> page = signedIn(base, ADMIN).get("admin/security.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Active blocks") && page.body().contains("Login throttling"), page.body());
        assertTrue(page.body().contains("id=\"menu:security\""), "the page is in the administrator's menu");

        for (String user : List.of("emma.kam", "david.kad")) {
            assertEquals(403, signedIn(base, user).get("admin/security.xhtml").statusCode(), user);
            problem(api(base, user, "api/security"), 403);
            problem(new Browserless(base).postJsonWithBasic("api/security/blocks/lift",
                    "{\"scope\":\"USER\",\"subject\":\"x\"}", user, DEMO_PASSWORD), 403);
            problem(new Browserless(base).putJsonWithBasic("api/security/throttling", DEFAULTS, user,
                    DEMO_PASSWORD), 403);
        }
        problem(new Browserless(base).putJsonWithBasic("api/security/throttling",
                "{\"userFailures\":1,\"addressNames\":30,\"windowMinutes\":15,\"blockSeconds\":900}", ADMIN,
                DEMO_PASSWORD), 400);
    }

    private String adminWorkTitle() throws Exception {
        return ok(api(base, ADMIN, "api/me/work")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("kind").equals("LOGINS_REFUSED")).findFirst()
                .map(i -> {
                    assertEquals("admin/security.xhtml", i.getString("url"));
                    return i.getString("title");
                }).orElseThrow(() -> new AssertionError("no LOGINS_REFUSED item"));
    }

    /** Short thresholds for one user name; the address allows many names, as other tests fail from here too. */
    private void throttling(int userFailures, int blockSeconds) throws Exception {
        HttpResponse<String> set = new Browserless(base).putJsonWithBasic("api/security/throttling",
                "{\"userFailures\":" + userFailures + ",\"addressNames\":1000,\"windowMinutes\":15,\"blockSeconds\":"
                        + blockSeconds + "}", ADMIN, DEMO_PASSWORD);
        assertEquals(200, set.statusCode(), set.body());
    }

    private void restoreDefaults() throws Exception {
        assertEquals(200, new Browserless(base).putJsonWithBasic("api/security/throttling", DEFAULTS, ADMIN,
                DEMO_PASSWORD).statusCode());
    }

    private void createUser(String username, String password) throws Exception {
        HttpResponse<String> created = new Browserless(base).postJsonWithBasic("api/users",
                "{\"username\":\"" + username + "\",\"displayName\":\"Throttled " + username + "\",\"password\":\""
                        + password + "\",\"roles\":[\"TEAM_MEMBER\"]}", ADMIN, DEMO_PASSWORD);
        assertEquals(201, created.statusCode(), created.body());
    }
}
