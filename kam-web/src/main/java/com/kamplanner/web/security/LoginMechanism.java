package com.kamplanner.web.security;

import com.kamplanner.platform.CorrelationId;
import com.kamplanner.platform.JsonBuilders;
import com.kamplanner.platform.ProgrammeMetrics;
import com.kamplanner.platform.SecurityLog;
import com.kamplanner.security.ApiTokenRules;
import com.kamplanner.security.ApiTokenSecret;
import com.kamplanner.security.ApiTokens;
import com.kamplanner.security.LoginThrottle;
import com.kamplanner.security.TokenCaller;
import com.kamplanner.security.ThrottleRules;
import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.web.security.sso.OidcFlow;
import com.kamplanner.web.security.sso.PendingLogin;
import com.kamplanner.web.security.sso.SingleSignOn;
import com.kamplanner.web.security.sso.SsoRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The application's one authentication mechanism (Jakarta Security 3 allows one): {@code /api/*} takes a personal
 * API token ({@code Authorization: Bearer}) or HTTP Basic and answers 401 in JSON, everything else uses the JSF
 * login page and a session. Passwords, from Basic or the page, are checked against the same identity stores and go
 * through login throttling: a blocked name or address is refused before its password is checked (429 on the API,
 * a message on the page), and recent failures slow the check. A token is checked by one lookup of its hash, with
 * no password hashing and no throttling (guessing 192 random bits is hopeless): a bad one is a plain 401. A token
 * acts as its owner, with the owner's roles, but a read-only one only reads, and none reaches the token endpoints.
 * No token text is ever logged.
 * <p>
 * With single sign-on on ({@link SingleSignOn}), pages also sign in through the OpenID Connect provider:
 * {@code /sso/login} sends the browser there with a fresh state, nonce and PKCE challenge, {@code /sso/callback}
 * checks the state, exchanges the code and validates the ID token, then keeps the identity in a new session
 * exactly as the form does. Every refusal goes to one page that says why, and leaves no session. The API never
 * redirects to the provider: it keeps its own credentials.
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_IDENTITY = LoginMechanism.class.getName() + ".identity";
    static final String SESSION_ORIGINAL_URL = LoginMechanism.class.getName() + ".originalUrl";
    static final String LOGIN_PAGE = "/login.xhtml";
    /** The sign-in sent to the provider and not back yet. */
    static final String SESSION_SSO_PENDING = LoginMechanism.class.getName() + ".ssoPending";
    /** The ID token of a single sign-on: the hint of the provider's logout. */
    static final String SESSION_SSO_ID_TOKEN = LoginMechanism.class.getName() + ".ssoIdToken";

    static final String CORRELATION_ATTRIBUTE = CorrelationId.class.getName();
    /** Set on a request authenticated by an API token: the {@link TokenCaller}. */
    static final String TOKEN_ATTRIBUTE = TokenCaller.class.getName();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ProgrammeMetrics metrics;

    @Inject
    LoginThrottle throttle;

    @Inject
    LoginProblem problem;

    @Inject
    ApiTokens tokens;

    @Inject
    SingleSignOn sso;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // Authentication runs before any filter: the request's correlation id starts here.
        String correlationId = CorrelationId.accept(request.getHeader(CorrelationId.HEADER));
        request.setAttribute(CORRELATION_ATTRIBUTE, correlationId);
        CorrelationId.set(correlationId);
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        return validatePageRequest(request, response, context);
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (ApiTokenSecret.isBearer(authorization)) {
            return validateBearer(request, response, context, ApiTokenSecret.fromBearer(authorization));
        }
        UsernamePasswordCredential credential = basicCredential(authorization);
        if (credential != null) {
            String address = request.getRemoteAddr();
            ThrottleRules.Verdict verdict = throttle.check(credential.getCaller(), address, "basic");
            if (verdict.blocked()) {
                metrics.loginFailed("basic");
                return tooManyAttempts(request, response, verdict);
            }
            pause(verdict);
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                metrics.loginSucceeded("basic");
                return context.notifyContainerAboutLogin(result);
            }
            metrics.loginFailed("basic");
            SecurityLog.log(SecurityLog.Event.LOGIN_FAILED, credential.getCaller(), "basic", address,
                    request.getRequestURI());
            ThrottleRules.Verdict after = throttle.refused(credential.getCaller(), address, "basic");
            return after.blocked() ? tooManyAttempts(request, response, after) : unauthorized(response);
        }
        return context.isProtected() ? unauthorized(response) : context.doNothing();
    }

    /**
     * A bearer token: its owner's identity, or a JSON 401 for a token that is malformed, unknown, expired or
     * revoked (logged without the token), or a JSON 403 for a read-only token that writes or any token that
     * manages tokens.
     */
    private AuthenticationStatus validateBearer(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context, String token) {
        Optional<TokenCaller> caller = tokens.authenticate(token);
        if (caller.isEmpty()) {
            metrics.loginFailed("token");
            SecurityLog.log(SecurityLog.Event.LOGIN_FAILED, null, "token", request.getRemoteAddr(),
                    request.getRequestURI());
            return refuseToken(request, response, HttpServletResponse.SC_UNAUTHORIZED, "apiToken.invalid");
        }
        TokenCaller owner = caller.get();
        if (ApiTokenRules.managesTokens(path(request))) {
            return refuseToken(request, response, HttpServletResponse.SC_FORBIDDEN, "apiToken.cannotManageTokens");
        }
        if (!ApiTokenRules.allows(owner.readOnly(), request.getMethod())) {
            return refuseToken(request, response, HttpServletResponse.SC_FORBIDDEN, "apiToken.readOnly");
        }
        request.setAttribute(TOKEN_ATTRIBUTE, owner);
        return context.notifyContainerAboutLogin(owner.username(), owner.groups());
    }

    /** Whether the request came with an API token rather than a password or a page session. */
    static boolean byToken(HttpServletRequest request) {
        return request.getAttribute(TOKEN_ATTRIBUTE) != null;
    }

    /** 401 or 403 in JSON, in the caller's language; a 401 says, in its challenge, that the token is invalid. */
    private static AuthenticationStatus refuseToken(HttpServletRequest request, HttpServletResponse response,
                                                    int status, String key) {
        String message = Bundle.text(request.getHeader("Accept-Language") == null ? Locale.ENGLISH
                : request.getLocale(), key);
        try {
            response.setStatus(status);
            if (status == HttpServletResponse.SC_UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"KAM Planner\", error=\"invalid_token\"");
            }
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JsonBuilders.object().add("status", status).add("error", key)
                    .add("message", message).build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus validatePageRequest(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            if (!sso.localLogin()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return loginFromForm(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        SessionIdentity identity = session == null ? null : (SessionIdentity) session.getAttribute(SESSION_IDENTITY);
        if (sso.isOn() && SingleSignOn.CALLBACK_PATH.equals(path(request))) {
            return finishSingleSignOn(request, context, identity);
        }
        if (sso.isOn() && SingleSignOn.START_PATH.equals(path(request))) {
            return identity != null ? context.redirect(request.getContextPath() + "/")
                    : startSingleSignOn(request, context);
        }
        if (identity != null) {
            return context.notifyContainerAboutLogin(identity.caller(), identity.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        request.getSession().setAttribute(SESSION_ORIGINAL_URL, originalUrl(request));
        if (!sso.localLogin() && !"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return startSingleSignOn(request, context);
        }
        return redirectToLogin(request, response, context);
    }

    /** Off to the provider, with the state, nonce and PKCE verifier kept in the session until the callback. */
    private AuthenticationStatus startSingleSignOn(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession();
        Object original = session.getAttribute(SESSION_ORIGINAL_URL);
        session.removeAttribute(SESSION_ORIGINAL_URL);
        try {
            OidcFlow.Start start = sso.flow().begin(callback(request),
                    original instanceof String url ? url : null);
            session.setAttribute(SESSION_SSO_PENDING, start.pending());
            return context.redirect(start.authorizationUrl().toString());
        } catch (SsoRefusal refusal) {
            return refuseSingleSignOn(request, context, refusal, false);
        }
    }

    /**
     * The provider's answer. The pending sign-in is used once: a replayed callback finds none. On success the
     * session gets a new id and the identity, and the browser goes where it was going; no request is served here.
     */
    private AuthenticationStatus finishSingleSignOn(HttpServletRequest request, HttpMessageContext context,
                                                    SessionIdentity already) {
        HttpSession session = request.getSession(false);
        PendingLogin pending = session == null ? null : (PendingLogin) session.getAttribute(SESSION_SSO_PENDING);
        if (session != null) {
            session.removeAttribute(SESSION_SSO_PENDING);
        }
        try {
            var identity = sso.flow().finish(callback(request), request.getQueryString(), pending);
            SingleSignOn.SignedIn who = sso.signIn(identity);
            Set<String> groups = who.roles().stream().map(com.kamplanner.people.Role::roleName)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            metrics.loginSucceeded("sso");
            SecurityLog.log(SecurityLog.Event.LOGIN, who.username(), "sso", request.getRemoteAddr(),
                    String.join(",", new java.util.TreeSet<>(groups)));
            request.changeSessionId();
            HttpSession signedIn = request.getSession();
            signedIn.setAttribute(SESSION_IDENTITY, new SessionIdentity(who.username(), groups));
            signedIn.setAttribute(SESSION_SSO_ID_TOKEN, identity.idToken());
            String original = pending.originalUrl();
            // Only a path of this application: "//host" would be another site's address.
            return context.redirect(original != null && original.startsWith(request.getContextPath() + "/")
                    && !original.startsWith("//") ? original : request.getContextPath() + "/");
        } catch (SsoRefusal refusal) {
            return refuseSingleSignOn(request, context, refusal, already != null);
        }
    }

    /**
     * The refusal page, which says why. A session that had no one signed in is ended, so a refusal leaves no
     * session behind; one that had (a forged callback sent to a signed-in person) is left as it was.
     */
    private AuthenticationStatus refuseSingleSignOn(HttpServletRequest request, HttpMessageContext context,
                                                    SsoRefusal refusal, boolean keepSession) {
        metrics.loginFailed("sso");
        SecurityLog.log(SecurityLog.Event.LOGIN_FAILED, null, "sso", request.getRemoteAddr(),
                refusal.reason().code() + ": " + refusal.getMessage());
        HttpSession session = request.getSession(false);
        if (session != null && !keepSession) {
            session.invalidate();
        }
        return context.redirect(request.getContextPath() + SingleSignOn.REFUSED_PAGE + "?reason="
                + refusal.reason().code());
    }

    /** The callback URL the provider knows: from {@code kam.public-url} when set, else from the request. */
    static URI callback(HttpServletRequest request) {
        return URI.create(SingleSignOn.base(request) + SingleSignOn.CALLBACK_PATH);
    }

    /** Called through {@code SecurityContext.authenticate} by the login page. */
    private AuthenticationStatus loginFromForm(HttpServletRequest request, HttpMessageContext context,
                                               Credential credential) {
        String caller = credential instanceof UsernamePasswordCredential typed ? typed.getCaller() : null;
        String address = request.getRemoteAddr();
        ThrottleRules.Verdict verdict = throttle.check(caller, address, "form");
        if (verdict.blocked()) {
            metrics.loginFailed("form");
            problem.report(LoginProblem.Kind.THROTTLED);
            return AuthenticationStatus.SEND_FAILURE;
        }
        pause(verdict);
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            metrics.loginFailed("form");
            SecurityLog.log(SecurityLog.Event.LOGIN_FAILED, caller, "form", address, null);
            if (throttle.refused(caller, address, "form").blocked()) {
                problem.report(LoginProblem.Kind.THROTTLED);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        metrics.loginSucceeded("form");
        SecurityLog.log(SecurityLog.Event.LOGIN, result.getCallerPrincipal().getName(), "form",
                request.getRemoteAddr(), String.join(",", new java.util.TreeSet<>(result.getCallerGroups())));
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_IDENTITY,
                new SessionIdentity(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\""
                        + loginUrl + "\"></redirect></partial-response>");
                response.flushBuffer();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(loginUrl);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"KAM Planner\", charset=\"UTF-8\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":401,\"error\":\"unauthorized\","
                    + "\"message\":\"Authentication is required: use a KAM Planner API token (Authorization: Bearer)"
                    + " or HTTP Basic with your KAM Planner login.\"}");
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Recent failures for the name slow its next check a little, which makes guessing slow before any block. */
    private static void pause(ThrottleRules.Verdict verdict) {
        Duration delay = ThrottleRules.delay(verdict.failures());
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * 429 in JSON, in the caller's language, with {@code Retry-After}: the same answer for a name that exists and
     * one that does not, and no password was checked.
     */
    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
                                                        ThrottleRules.Verdict verdict) {
        long seconds = Math.max(1, Duration.between(Instant.now(), verdict.blockedUntil()).toSeconds());
        String message = Bundle.text(request.getHeader("Accept-Language") == null ? Locale.ENGLISH
                : request.getLocale(), LoginProblem.Kind.THROTTLED.messageKey());
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JsonBuilders.object().add("status", 429)
                    .add("error", LoginProblem.Kind.THROTTLED.messageKey()).add("message", message).build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_IDENTITY);
            session.removeAttribute(SESSION_SSO_ID_TOKEN);
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Decodes {@code Authorization: Basic base64(user:password)}; null when absent or malformed. */
    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                decoded.substring(colon + 1));
    }

    private static String originalUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
