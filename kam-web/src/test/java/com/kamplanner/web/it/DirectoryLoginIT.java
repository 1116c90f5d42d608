package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login against a real OpenLDAP ({@link TestDirectory}, started by {@code -Pldap}) beside the local accounts:
 * directory users sign in on the login page and on the API with the roles of their groups, a wrong password or a
 * person in no mapped group is refused with a clear message, and when the directory is down the page says so
 * while the local administrator still signs in. Only with {@code ./mvnw verify -Pldap}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryLoginIT {

    static final String UNREACHABLE = "The corporate directory cannot be reached; local accounts can still sign in.";
    static final String NO_ROLE = "Your directory account has no role in KAM Planner.";
    static final String WRONG_PASSWORD = "The user name or password is not correct.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aDirectoryKamSignsInOnTheLoginPage() throws Exception {
        Browserless kevin = new Browserless(base);
        HttpResponse<String> login = kevin.login("kevin.kam", TestDirectory.PASSWORD);
        assertEquals(302, login.statusCode(), login.body());

        HttpResponse<String> home = kevin.get("index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Key Account Manager"), "the role from the kams group");
        assertEquals(403, kevin.get("admin/users.xhtml").statusCode(), "and no role he was not given");
    }

    @Test
    void aDirectoryKaDirectorGetsTheKaDirectorRoleOnTheApi() throws Exception {
        HttpResponse<String> me = new Browserless(base).getWithBasic("api/me", "dora.director",
                TestDirectory.PASSWORD);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"username\":\"dora.director\""), me.body());
        assertTrue(me.body().contains("\"displayName\":\"Dora Director\""), me.body());
        assertTrue(me.body().contains("\"roles\":[\"KA_DIRECTOR\"]"), me.body());
    }

    @Test
    void directoryUsersAreListedForTheAdministratorWithoutALocalPassword() throws Exception {
        new Browserless(base).getWithBasic("api/me", "dora.director", TestDirectory.PASSWORD);
        HttpResponse<String> users = new Browserless(base).getWithBasic("api/users", "admin", DEMO_PASSWORD);
        assertEquals(200, users.statusCode());
        assertTrue(users.body().contains("\"username\":\"dora.director\""), users.body());
        assertFalse(users.body().contains("directory-account"), "no hash, not even the marker, leaves the server");

        HttpResponse<String> localLogin = new Browserless(base).getWithBasic("api/me", "dora.director",
                "!directory-account");
        assertEquals(401, localLogin.statusCode(), "the row of a directory user has no password of its own");
    }

    @Test
    void aWrongDirectoryPasswordIsRefused() throws Exception {
        Browserless kevin = new Browserless(base);
        HttpResponse<String> login = kevin.login("kevin.kam", "not-" + TestDirectory.PASSWORD);
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains(WRONG_PASSWORD), login.body());
        assertEquals(302, kevin.get("index.xhtml").statusCode(), "still not logged in");

        assertEquals(401, new Browserless(base).getWithBasic("api/me", "kevin.kam", "nope").statusCode());
    }

    @Test
    void anEmptyPasswordIsNotAnAnonymousBind() throws Exception {
        assertEquals(401, new Browserless(base).getWithBasic("api/me", "kevin.kam", "").statusCode());
    }

    @Test
    void filterCharactersInTheUserNameFindNobody() throws Exception {
        for (String name : new String[] {"*", "kevin*", "*)(uid=*", "kevin.kam)(|(uid=*"}) {
            HttpResponse<String> me = new Browserless(base).getWithBasic("api/me", name, TestDirectory.PASSWORD);
            assertEquals(401, me.statusCode(), name);
        }
    }

    @Test
    void aDirectoryUserInNoMappedGroupGetsNoAccessAndIsToldWhy() throws Exception {
        Browserless nora = new Browserless(base);
        HttpResponse<String> login = nora.login("nora.norole", TestDirectory.PASSWORD);
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains(NO_ROLE), login.body());
        assertEquals(302, nora.get("index.xhtml").statusCode(), "not logged in");

        assertEquals(401, new Browserless(base).getWithBasic("api/me", "nora.norole", TestDirectory.PASSWORD)
                .statusCode());
    }

    @Test
    void localAccountsSignInBesideTheDirectory() throws Exception {
        Browserless emma = new Browserless(base);
        assertEquals(302, emma.login("emma.kam", DEMO_PASSWORD).statusCode());
        assertEquals(200, emma.get("index.xhtml").statusCode());
    }

    @Test
    void theAdministratorSeesWhetherTheDirectoryAnsweredAtItsLastCheck() throws Exception {
        assertEquals(302, new Browserless(base).login("kevin.kam", TestDirectory.PASSWORD).statusCode());

        HttpResponse<String> work = new Browserless(base).getWithBasic("api/me/work", "admin", DEMO_PASSWORD);
        assertTrue(work.body().contains("\"kind\":\"DIRECTORY_CHECK\""), work.body());
        assertTrue(work.body().contains("Corporate directory: answered at its last check"), work.body());
        HttpResponse<String> security = new Browserless(base).getWithBasic("api/security", "admin", DEMO_PASSWORD);
        assertTrue(security.body().contains("\"ok\":true"), security.body());
    }

    @Test
    void whenTheDirectoryIsDownThePageSaysSoAndTheLocalAdministratorStillSignsIn() throws Exception {
        TestDirectory directory = TestDirectory.ofBuild();
        directory.stop();
        try {
            Browserless kevin = new Browserless(base);
            HttpResponse<String> refused = kevin.login("kevin.kam", TestDirectory.PASSWORD);
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains(UNREACHABLE), refused.body());

            HttpResponse<String> french = loginWithLanguage("kevin.kam", TestDirectory.PASSWORD, "fr-FR,fr;q=0.9");
            assertTrue(french.body().contains("L’annuaire de l’entreprise est injoignable ; les comptes locaux "
                    + "peuvent toujours se connecter."), french.body());

            assertEquals(401, new Browserless(base).getWithBasic("api/me", "kevin.kam", TestDirectory.PASSWORD)
                    .statusCode());

            Browserless admin = new Browserless(base);
            assertEquals(302, admin.login("admin", DEMO_PASSWORD).statusCode());
            assertEquals(200, admin.get("admin/users.xhtml").statusCode());
            assertEquals(200, new Browserless(base).getWithBasic("api/me", "admin", DEMO_PASSWORD).statusCode());
        } finally {
            directory.start();
        }
        assertEquals(302, new Browserless(base).login("kevin.kam", TestDirectory.PASSWORD).statusCode(),
                "back up, the directory signs people in again without a restart");
    }

    @Test
    void aDirectoryThatHangsIsGivenUpAfterTheReadTimeout() throws Exception {
        TestDirectory directory = TestDirectory.ofBuild();
        directory.pause();
        try {
            long start = System.nanoTime();
            HttpResponse<String> refused = new Browserless(base).login("kevin.kam", TestDirectory.PASSWORD);
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertTrue(refused.body().contains(UNREACHABLE), refused.body());
            assertTrue(seconds < 20, "the 3 s read timeout applies; without it the login would wait forever: "
                    + seconds + " s");

            assertEquals(302, new Browserless(base).login("admin", DEMO_PASSWORD).statusCode());
        } finally {
            directory.resume();
        }
    }

    /** The login form posted with an Accept-Language header, as a French browser sends it. */
    private HttpResponse<String> loginWithLanguage(String user, String password, String language) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI login = new Browserless(base).uri("login.xhtml");
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(login).header("Accept-Language", language)
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String form = "login=login&login%3Ausername=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(Browserless.viewState(page.body()),
                StandardCharsets.UTF_8)
                + "&" + Browserless.NONCE_PARAMETER + "=" + URLEncoder.encode(Browserless.nonce(page), StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(login).header("Accept-Language", language)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
