package com.kamplanner.web.it;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user agent without a browser: one cookie jar per instance (one person's session), no automatic redirects so
 * that tests see them, and the JSF login form filled in the way a browser would post it.
 */
public final class Browserless {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

    /** The form field PrimeFaces' CSP mode checks against the nonce of the view. */
    public static final String NONCE_PARAMETER = "primefaces.nonce";
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    /** The view state in a page's hidden field, whatever the order of its attributes. */
    private static final Pattern VIEW_STATE_ANYWHERE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*?value=\"([^\"]+)\"");
    /** The view state in an ajax answer's update. */
    private static final Pattern VIEW_STATE_UPDATE =
            Pattern.compile("jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private final Map<String, String> nonces = new HashMap<>();
    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public Browserless(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage).GET());
    }

    public HttpResponse<String> getWithCorrelationId(String path, String correlationId)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("X-Correlation-Id", correlationId).GET());
    }

    public HttpResponse<String> getWithBasic(String path, String user, String password)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token).GET());
    }

    /** A GET with HTTP Basic credentials in the given language, as an integration client would send it. */
    public HttpResponse<String> getWithBasic(String path, String user, String password, String acceptLanguage)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
                .header("Accept-Language", acceptLanguage).GET());
    }

    /** A binary download (an export) with HTTP Basic credentials, in the given language. */
    public HttpResponse<byte[]> getBytesWithBasic(String path, String user, String password, String acceptLanguage)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
                .header("Accept-Language", acceptLanguage).GET().timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A binary download (an export) in this session, in the given language. */
    public HttpResponse<byte[]> getBytes(String path, String acceptLanguage) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage).GET()
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts JSON with HTTP Basic credentials and an Accept-Language, as an integration client would. */
    public HttpResponse<String> postJsonWithBasic(String path, String json, String user, String password,
                                                  String acceptLanguage) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json").header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postJsonWithBasic(String path, String json, String user, String password)
            throws IOException, InterruptedException {
        return postJsonWithBasic(path, json, user, password, "en");
    }

    /** Puts JSON with HTTP Basic credentials, as an integration client would. */
    public HttpResponse<String> putJsonWithBasic(String path, String json, String user, String password)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A DELETE with HTTP Basic credentials, as an integration client would send it. */
    public HttpResponse<String> deleteWithBasic(String path, String user, String password)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
                .header("Accept-Language", "en").DELETE());
    }

    /**
     * Any method with an API token ({@code Authorization: Bearer}), as an integration client would send it; a JSON
     * body when {@code json} is not null. In the given language.
     */
    public HttpResponse<String> withToken(String method, String path, String json, String token,
                                          String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", acceptLanguage);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A GET with an API token. */
    public HttpResponse<String> getWithToken(String path, String token) throws IOException, InterruptedException {
        return withToken("GET", path, null, token, "en");
    }

    /** Opens the login page and posts the form; returns the response to the post. */
    public HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        return post("login.xhtml", form);
    }

    /**
     * Posts a form. Like PrimeFaces' script in a browser, it adds the nonce of the page the form's view state came
     * from, unless the form names one (or has no view state this agent was given).
     */
    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String pageNonce = nonces.get(form.get("jakarta.faces.ViewState"));
        if (pageNonce != null && !form.containsKey(NONCE_PARAMETER)) {
            form = new LinkedHashMap<>(form);
            form.put(NONCE_PARAMETER, pageNonce);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * The page's Content-Security-Policy nonce, which PrimeFaces' script puts into every form as
     * {@value #NONCE_PARAMETER}: a form posted without it is refused (issue 16, section 3).
     */
    public static String nonce(HttpResponse<String> page) {
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher m = NONCE.matcher(csp);
        if (!m.find()) {
            throw new AssertionError("No nonce in the page's policy: " + csp);
        }
        return m.group(1);
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No view state in the page:\n" + html);
        }
        return m.group(1);
    }

    /** The value of the cookie of this name that the server set, if it set one. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    public URI uri(String path) {
        return URI.create(base.toExternalForm().replaceAll("/$", "") + "/" + path.replaceFirst("^/", ""));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        remember(response);
        return response;
    }

    /** Notes which nonce goes with each view state of a page or an ajax answer, for {@link #post}. */
    private void remember(HttpResponse<String> response) {
        Matcher nonce = NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
        if (!nonce.find() || response.body() == null) {
            return;
        }
        for (Pattern viewState : List.of(VIEW_STATE_ANYWHERE, VIEW_STATE_UPDATE)) {
            Matcher state = viewState.matcher(response.body());
            while (state.find()) {
                nonces.put(state.group(1), nonce.group(1));
            }
        }
    }
}
