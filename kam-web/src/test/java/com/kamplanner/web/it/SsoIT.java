package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.web.security.sso.OidcFlow;
import com.kamplanner.web.security.sso.OidcSettings;
import com.kamplanner.web.security.sso.SsoIdentity;
import com.kamplanner.web.security.sso.SsoRefusal;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
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
 * Single sign-on over HTTP against a real Keycloak ({@link TestKeycloak}, started by {@code -Psso}): the
 * authorization-code flow through Keycloak's own login form, the role from the groups claim, a user created on
 * first sign-in, and the refusals (forged or replayed state, a person in no mapped group) that land on the clear
 * page and leave no one signed in. An expired and a tampered ID token, both real tokens from this Keycloak, go
 * through the application's validation ({@link OidcFlow#verify}), the same code the callback runs. The API keeps
 * its own credentials and never redirects. Only with {@code ./mvnw verify -Psso}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoIT {

    static final String NO_ROLE = "Your account has no role in KAM Planner.";
    static final String WRONG_STATE = "its answer does not belong to this browser session";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void theLoginPageOffersSignInWithKeycloakBesideTheForm() throws Exception {
        SsoBrowser anonymous = new SsoBrowser(app());
        HttpResponse<String> login = anonymous.get(app() + "login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Sign in with Keycloak"), login.body());
        assertTrue(login.body().contains("login:username"), "local login stays on unless turned off");

        HttpResponse<String> home = anonymous.get(app());
        assertEquals(302, home.statusCode());
        assertTrue(location(home).endsWith("/login.xhtml"), "pages send anonymous visitors to the login page");
    }

    @Test
    void aKamSignsInThroughKeycloakAndGetsTheRoleOfTheirGroup() throws Exception {
        SsoBrowser emma = new SsoBrowser(app());
        HttpResponse<String> landed = emma.signInThroughKeycloak("emma.kam", TestKeycloak.PASSWORD);
        assertEquals(app(), landed.uri().toString(), "back on the home page");
        assertEquals(200, landed.statusCode());
        assertTrue(landed.body().contains("Key Account Manager"), "the role from the kams group");
        assertTrue(landed.body().contains("emma.kam"), landed.body());
        assertEquals(403, emma.get(app() + "admin/users.xhtml").statusCode(), "and no role she was not given");
    }

    @Test
    void aFirstSignInCreatesTheUserWithTheRoleOfTheirGroup() throws Exception {
        SsoBrowser olivia = new SsoBrowser(app());
        HttpResponse<String> landed = olivia.signInThroughKeycloak("olivia.sso", TestKeycloak.PASSWORD);
        assertEquals(200, landed.statusCode());
        assertTrue(landed.body().contains("Key Account Director"), "kam-directors maps to KA_DIRECTOR");

        HttpResponse<String> users = new Browserless(base).getWithBasic("api/users", "admin", DEMO_PASSWORD);
        assertTrue(users.body().contains("\"username\":\"olivia.sso\""), users.body());
        assertTrue(users.body().contains("Olivia Sso"), "the name claim became the display name");
        assertEquals(401, new Browserless(base).getWithBasic("api/me", "olivia.sso", TestKeycloak.PASSWORD)
                .statusCode(), "the row has no password of its own: Keycloak's is not the application's");
    }

    @Test
    void aForgedStateIsRefusedOnTheClearPageAndLeavesNoSession() throws Exception {
        SsoBrowser victim = new SsoBrowser(app());
        HttpResponse<String> toKeycloak = victim.get(app() + "sso/login");
        assertEquals(302, toKeycloak.statusCode());
        assertTrue(location(toKeycloak).contains("code_challenge_method=S256"), "PKCE");
        assertTrue(location(toKeycloak).contains("nonce="), "a nonce");
        String realState = query(location(toKeycloak), "state");

        HttpResponse<String> callback = victim.get(app() + "sso/callback?state=forged-" + realState
                + "&code=attacker-code");
        assertRefused(victim, callback, "state", WRONG_STATE);
    }

    @Test
    void aReplayedCallbackIsRefusedOnTheClearPage() throws Exception {
        SsoBrowser emma = new SsoBrowser(app());
        emma.signInThroughKeycloak("emma.kam", TestKeycloak.PASSWORD);
        String callback = emma.callbacks.get(0);

        SsoBrowser attacker = new SsoBrowser(app());
        assertRefused(attacker, attacker.get(callback), "state", WRONG_STATE);

        HttpResponse<String> again = emma.get(callback);
        assertEquals(302, again.statusCode());
        assertTrue(location(again).contains("sso-refused.xhtml?reason=state"), "the sign-in was used once");
        assertEquals(200, emma.get(app()).statusCode(), "a forged callback does not log the signed-in person out");
    }

    @Test
    void aPersonInNoMappedGroupIsRefusedOnTheClearPage() throws Exception {
        SsoBrowser nora = new SsoBrowser(app());
        HttpResponse<String> refused = nora.signInThroughKeycloak("nora.nogroup", TestKeycloak.PASSWORD);
        assertTrue(refused.uri().toString().endsWith("sso-refused.xhtml?reason=noRole"), refused.uri().toString());
        assertTrue(refused.body().contains(NO_ROLE), refused.body());
        assertEquals(302, nora.get(app()).statusCode(), "not signed in");

        HttpResponse<String> users = new Browserless(base).getWithBasic("api/users", "admin", DEMO_PASSWORD);
        assertFalse(users.body().contains("nora.nogroup"), "no user row for a refused person");
    }

    @Test
    void theRefusalPageSpeaksFrench() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(app() + "sso-refused.xhtml?reason=noRole")).header("Accept-Language", "fr").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Votre compte n&#39;a aucun rôle dans KAM Planner")
                || page.body().contains("Votre compte n'a aucun rôle dans KAM Planner"), page.body());
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        // The second client's tokens live two seconds (access.token.lifespan in the realm); no clock skew allowed.
        OidcFlow flow = flow(TestKeycloak.SHORT_LIVED_CLIENT_ID, "0");
        String idToken = passwordGrant(TestKeycloak.SHORT_LIVED_CLIENT_ID, "emma.kam");
        Map<String, Object> claims = payload(idToken);
        assertTrue(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue() <= 2,
                claims.toString());
        Thread.sleep(3500);
        SsoRefusal refusal = assertThrows(SsoRefusal.class, () -> flow.verify(idToken, null));
        assertEquals(SsoRefusal.Reason.EXPIRED, refusal.reason(), refusal.getMessage());
    }

    @Test
    void aTamperedIdTokenIsRefused() throws Exception {
        OidcFlow flow = flow(TestKeycloak.CLIENT_ID, null);
        String idToken = passwordGrant(TestKeycloak.CLIENT_ID, "emma.kam");
        SsoIdentity genuine = flow.verify(idToken, null);
        assertEquals("emma.kam", genuine.username());
        assertEquals(List.of("kams"), genuine.roleValues());

        // Emma gives herself the administrators' group, keeping Keycloak's signature.
        String[] parts = idToken.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"groups\":[\"kams\"]"), payload);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"groups\":[\"kams\"]", "\"groups\":[\"kam-admins\"]")
                        .getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + forged + "." + parts[2];

        SsoRefusal refusal = assertThrows(SsoRefusal.class, () -> flow.verify(tampered, null));
        assertEquals(SsoRefusal.Reason.INVALID_TOKEN, refusal.reason(), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("ignature"), refusal.getMessage());
    }

    @Test
    void theApiKeepsItsOwnCredentialsAndNeverRedirects() throws Exception {
        HttpResponse<String> anonymous = new Browserless(base).get("api/me");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").isEmpty(), "no redirect to the provider");
        assertEquals(200, new Browserless(base).getWithBasic("api/me", "admin", DEMO_PASSWORD).statusCode());
    }

    /** The refusal: a redirect to the page, which says why; no session cookie set, and no one signed in. */
    private void assertRefused(SsoBrowser browser, HttpResponse<String> callback, String reason, String text)
            throws Exception {
        assertEquals(302, callback.statusCode(), callback.body());
        assertTrue(location(callback).endsWith("sso-refused.xhtml?reason=" + reason), location(callback));
        assertTrue(callback.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
                "no session is started by a refusal: " + callback.headers().allValues("Set-Cookie"));
        HttpResponse<String> page = browser.get(location(callback));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(text), page.body());
        HttpResponse<String> home = browser.get(app());
        assertEquals(302, home.statusCode(), "not signed in");
    }

    private String app() {
        return Chromium.loopback(base);
    }

    private static OidcFlow flow(String clientId, String clockSkew) throws IOException {
        Properties settings = TestKeycloak.settingsOfBuild();
        settings.setProperty(OidcSettings.CLIENT_ID, clientId);
        if (clockSkew != null) {
            settings.setProperty(OidcSettings.CLOCK_SKEW, clockSkew);
        }
        return new OidcFlow(OidcSettings.from(name -> Optional.ofNullable(settings.getProperty(name))).orElseThrow());
    }

    /** A real ID token from Keycloak, by the resource-owner password grant the test realm allows. */
    private static String passwordGrant(String clientId, String user) throws Exception {
        Properties settings = TestKeycloak.settingsOfBuild();
        String body = "grant_type=password&scope=openid&username=" + user + "&password=" + TestKeycloak.PASSWORD;
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + TestKeycloak.CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        settings.getProperty(OidcSettings.ISSUER) + "/protocol/openid-connect/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Matcher idToken = Pattern.compile("\"id_token\":\"([^\"]+)\"").matcher(response.body());
        assertTrue(idToken.find(), response.body());
        return idToken.group(1);
    }

    private static Map<String, Object> payload(String jwt) throws java.text.ParseException {
        return com.nimbusds.jwt.JWTParser.parse(jwt).getJWTClaimsSet().toJSONObject();
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    static String query(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        assertTrue(m.find(), url);
        return m.group(1);
    }

    /**
     * Cookies as a browser keeps them on loopback: Chromium treats {@code http://127.0.0.1} as a secure context and
     * sends Keycloak's {@code Secure} cookies back over it; Java's cookie manager would not, so the flag is dropped.
     */
    static final class LoopbackCookies extends java.net.CookieHandler {

        private final CookieManager cookies = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> headers = new java.util.HashMap<>();
            responseHeaders.forEach((name, values) -> headers.put(name, name != null
                    && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : values));
            cookies.put(uri, headers);
        }
    }

    /**
     * A browser without a browser: one cookie jar for the application and Keycloak, redirects followed by hand so
     * that each hop can be seen, and Keycloak's login form filled in and posted.
     */
    static final class SsoBrowser {

        private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
        private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private final String app;
        /** The callback addresses the browser was sent to, in order. */
        final List<String> callbacks = new java.util.ArrayList<>();

        SsoBrowser(String app) {
            this.app = app;
        }

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Opens a page, follows the redirects to Keycloak's form, signs in there and follows back to the end. */
        HttpResponse<String> signInThroughKeycloak(String user, String password)
                throws IOException, InterruptedException {
            HttpResponse<String> page = follow(get(app + "sso/login"));
            Matcher form = LOGIN_FORM.matcher(page.body());
            assertTrue(form.find(), "Keycloak's login form:\n" + page.body());
            Matcher action = ACTION.matcher(form.group());
            assertTrue(action.find(), form.group());
            String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(
                            URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return follow(posted);
        }

        private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
            HttpResponse<String> current = response;
            for (int hop = 0; hop < 10 && current.statusCode() / 100 == 3; hop++) {
                String next = current.uri().resolve(location(current)).toString();
                if (next.contains("/sso/callback")) {
                    callbacks.add(next);
                }
                current = get(next);
            }
            return current;
        }
    }
}
