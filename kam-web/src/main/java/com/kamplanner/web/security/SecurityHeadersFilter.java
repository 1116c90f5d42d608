package com.kamplanner.web.security;

import com.kamplanner.platform.Settings;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers on every response. The Content-Security-Policy allows only this origin, and scripts only from
 * this origin or carrying the page's nonce: no {@code 'unsafe-inline'}, no {@code 'unsafe-eval'} (issue 16, section 3).
 * PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml) makes the nonce: for each page it renders, it adds a header
 * {@code script-src 'self' 'nonce-…'}, puts the nonce on every script it writes and moves every inline {@code on*}
 * handler into a nonce'd script. One response must carry one policy, so {@link OnePolicy} catches PrimeFaces' header
 * and replaces this filter's policy with the same policy plus PrimeFaces' nonce; a response PrimeFaces does not render
 * (static resources, the REST API) keeps the policy without a nonce. Only the portal origins of
 * {@code kam.frame-ancestors} may frame the pages ({@link Framing}), and {@code kam.https=true}, for a server IT
 * runs behind HTTPS, adds HSTS (the session cookie's {@code Secure} flag is {@link SessionCookieSettings}').
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Set to {@code true} when users reach the application over HTTPS: HSTS and a {@code Secure} session cookie. */
    static final String HTTPS = "kam.https";
    static final String HSTS = "max-age=31536000";

    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());

    static final String CSP = "Content-Security-Policy";
    static final String SCRIPT_SOURCES = "script-src 'self'";
    /** The nonce in PrimeFaces' header: base64 of a UUID, so letters, digits, {@code + / =}. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    /*
     * style-src keeps 'unsafe-inline': PrimeFaces' components write inline style attributes (a dialog's position, a
     * progress bar's width, a chart's size) and the pages use some; a style cannot run code. script-src has none.
     */
    static final String BEFORE_SCRIPTS = "default-src 'self'; ";
    static final String AFTER_SCRIPTS = "; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors ";

    private String frameAncestors;
    private Optional<String> frameOptions;
    private boolean https;

    @Override
    public void init() {
        Framing framing;
        try {
            framing = Framing.of(Settings.get(Framing.SETTING));
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage() + ": no portal may frame the application until the setting is mended");
            framing = Framing.of(Optional.empty());
        }
        frameAncestors = framing.frameAncestors();
        frameOptions = framing.xFrameOptions();
        https = Settings.flag(HTTPS);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy(null, frameAncestors));
        frameOptions.ifPresent(value -> response.setHeader("X-Frame-Options", value));
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** The whole policy, with the nonce of the page PrimeFaces renders, or without one. */
    static String policy(String nonce, String frameAncestors) {
        return BEFORE_SCRIPTS + SCRIPT_SOURCES + (nonce == null ? "" : " 'nonce-" + nonce + "'") + AFTER_SCRIPTS
                + frameAncestors;
    }

    /** The nonce in a Content-Security-Policy header PrimeFaces adds, if any. */
    static String nonceIn(String header) {
        Matcher nonce = NONCE.matcher(header == null ? "" : header);
        return nonce.find() ? nonce.group(1) : null;
    }

    /**
     * The response as PrimeFaces sees it: its Content-Security-Policy header, {@code script-src 'self' 'nonce-…'},
     * does not become a second policy (a browser would enforce both) but puts its nonce into this filter's one.
     */
    private final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(CSP, policy(nonceIn(value), frameAncestors));
            } else {
                super.setHeader(name, value);
            }
        }
    }
}
