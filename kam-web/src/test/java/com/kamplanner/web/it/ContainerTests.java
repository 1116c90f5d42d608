package com.kamplanner.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.demo.DemoCompany;
import com.kamplanner.people.AppUser;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.web.faces.BusinessErrors;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.function.Executable;

/**
 * What the in-container and HTTP tests share, written once: the demo users' password, signing in over HTTP,
 * running as a role inside the server, the three ways a refusal shows, account ids by name, and the API's JSON
 * read as JSON (JSON-P: Parsson on the client, the server's own provider inside it).
 */
public final class ContainerTests {

    /** The password of every demo user (demo mode is on for the tests). */
    public static final String DEMO_PASSWORD = DemoCompany.PASSWORD;

    /** The KA Director, who reads every account: the user the tests look accounts up as. */
    public static final String DIRECTOR = "david.kad";

    private ContainerTests() {
    }

    // ---- over HTTP ----

    /** A browserless session signed in with the login form, as a browser would; fails unless the login succeeds. */
    public static Browserless signedIn(URL base, String username) throws IOException, InterruptedException {
        Browserless session = new Browserless(base);
        HttpResponse<String> login = session.login(username, DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), username + " could not sign in: " + login.body());
        return session;
    }

    /** A GET on the API as a demo user, with HTTP Basic, as an integration client calls it. */
    public static HttpResponse<String> api(URL base, String username, String path)
            throws IOException, InterruptedException {
        return new Browserless(base).getWithBasic(path, username, DEMO_PASSWORD);
    }

    /** A GET on the API as a demo user, with HTTP Basic, in the given language (Accept-Language). */
    public static HttpResponse<String> api(URL base, String username, String path, String language)
            throws IOException, InterruptedException {
        return new Browserless(base).getWithBasic(path, username, DEMO_PASSWORD, language);
    }

    /** The id of the account with exactly this name, looked up over the API as the KA Director. */
    public static long accountId(URL base, String name) throws IOException, InterruptedException {
        HttpResponse<String> found = api(base, DIRECTOR,
                "api/accounts?size=500&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        return withField(ok(found).getJsonArray("items"), "name", name).getJsonNumber("id").longValue();
    }

    /** Refused over HTTP: 403. */
    public static void assertForbidden(HttpResponse<?> response) {
        assertEquals(403, response.statusCode(), String.valueOf(response.body()));
    }

    /** Hidden over HTTP: 404, so that a user cannot tell a record they may not see from one that does not exist. */
    public static void assertHidden(HttpResponse<?> response) {
        assertEquals(404, response.statusCode(), String.valueOf(response.body()));
    }

    // ---- JSON ----

    /** The JSON object of a 200 response. */
    public static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return object(response.body());
    }

    /** The API's JSON error body ({@code status}, {@code error}, {@code message}), its status checked twice. */
    public static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject problem = object(response.body());
        assertEquals(status, problem.getInt("status"), response.body());
        return problem;
    }

    /** The JSON array of a 200 response. */
    public static JsonArray okArray(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return array(response.body());
    }

    public static JsonObject object(String json) {
        return (JsonObject) parse(json);
    }

    public static JsonArray array(String json) {
        return (JsonArray) parse(json);
    }

    public static JsonStructure parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        } catch (RuntimeException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** The one object of an array whose string field has this value; fails when there is none. */
    public static JsonObject withField(JsonArray objects, String field, String value) {
        return objects.getValuesAs(JsonObject.class).stream().filter(o -> value.equals(o.getString(field, null)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + objects));
    }

    /** Every value of a string field across an array of objects, in order (objects without it are skipped). */
    public static List<String> strings(JsonArray objects, String field) {
        return objects.getValuesAs(JsonObject.class).stream().filter(o -> o.get(field) instanceof JsonString)
                .map(o -> o.getString(field)).toList();
    }

    // ---- inside the server ----

    /** The id of the account with exactly this name, read from the database. */
    public static long accountId(EntityManager em, String name) {
        return em.createQuery("select a.id from Account a where a.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }

    /** The user with this user name, read from the database. */
    public static AppUser user(EntityManager em, String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getSingleResult();
    }

    /**
     * Refused inside the server: an {@code AccessDeniedException} from a service rule, or the container's role
     * check ({@code EJBAccessException}, {@code AccessLocalException}), however the EJB layer wrapped it.
     */
    public static void assertDenied(Executable work) {
        Throwable thrown = assertThrows(Throwable.class, work);
        assertTrue(BusinessErrors.isAccessDenied(thrown) || BusinessErrors.isAccessDenied(thrown.getCause()),
                "expected a refusal, got " + thrown);
    }

    /** The business rule that refused the work, however the EJB layer wrapped it; fails when there is none. */
    public static BusinessRuleException businessError(Executable work) {
        Throwable thrown = assertThrows(Throwable.class, work);
        return BusinessErrors.find(thrown).orElseThrow(() -> new AssertionError("expected a business rule", thrown));
    }

    /** Runs the work as the principal of a run-as bean ({@link AsKam}, {@link AsDirector}, ...). */
    public static <T> T runAs(Object runAsBean, Callable<T> work) throws Exception {
        if (runAsBean instanceof AsAdministrator a) {
            return a.call(work);
        } else if (runAsBean instanceof AsDirector d) {
            return d.call(work);
        } else if (runAsBean instanceof AsExecutive e) {
            return e.call(work);
        } else if (runAsBean instanceof AsKam k) {
            return k.call(work);
        } else if (runAsBean instanceof AsOtherKam o) {
            return o.call(work);
        } else if (runAsBean instanceof AsHr h) {
            return h.call(work);
        } else if (runAsBean instanceof AsTeamMember t) {
            return t.call(work);
        } else if (runAsBean instanceof AsPartner p) {
            return p.call(work);
        }
        throw new IllegalArgumentException("not a run-as bean: " + runAsBean);
    }
}
