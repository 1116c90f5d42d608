package com.kamplanner.web.security;

import com.kamplanner.platform.Settings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Security headers on every response. The Content-Security-Policy allows only this origin; PrimeFaces and
 * Faces still render inline handlers and evaluate ajax callbacks, so scripts keep 'unsafe-inline' and
 * 'unsafe-eval' while nothing from another origin can load or receive a form. Only the portal origins of
 * {@code kam.frame-ancestors} may frame the pages ({@link Framing}), and {@code kam.https=true}, for a server IT
 * runs behind HTTPS, adds HSTS (the session cookie's {@code Secure} flag is {@link SessionCookieSettings}').
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Set to {@code true} when users reach the application over HTTPS: HSTS and a {@code Secure} session cookie. */
    static final String HTTPS = "kam.https";
    static final String HSTS = "max-age=31536000";

    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors ";

    private String policy;
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
        policy = CONTENT_SECURITY_POLICY + framing.frameAncestors();
        frameOptions = framing.xFrameOptions();
        https = Settings.flag(HTTPS);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
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
        chain.doFilter(request, response);
    }
}
