package com.kamplanner.web.security;

import com.kamplanner.platform.Settings;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The session cookie as IT runs the application: {@code Secure} when {@code kam.https=true} (the server sits behind
 * HTTPS, usually a reverse proxy ending TLS), and {@code SameSite} from {@code kam.session-cookie.same-site}, Lax by
 * default (web.xml). A portal on another site that frames the application needs {@code None}, which browsers only
 * accept on a secure cookie, so {@code None} without {@code kam.https=true} is refused and Lax kept.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    static final String SAME_SITE = "kam.session-cookie.same-site";
    private static final Set<String> SAME_SITE_VALUES = Set.of("Strict", "Lax", "None");
    private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        boolean https = Settings.flag(SecurityHeadersFilter.HTTPS);
        if (https) {
            cookie.setSecure(true);
        }
        sameSite(Settings.get(SAME_SITE), https).ifPresent(sameSite -> cookie.setAttribute("SameSite", sameSite));
    }

    /**
     * The SameSite value to set over web.xml's Lax, given the setting and whether the server is behind HTTPS: the
     * setting's value, any case, if it is Strict, Lax or None with HTTPS; nothing (Lax stays) when it is unset,
     * unknown, or None on plain HTTP, which browsers would reject on a cookie without Secure (logged as severe).
     */
    static Optional<String> sameSite(Optional<String> configured, boolean https) {
        return configured.map(String::trim).filter(value -> !value.isEmpty()).map(SessionCookieSettings::capitalised)
                .filter(sameSite -> {
                    if (!SAME_SITE_VALUES.contains(sameSite)) {
                        LOG.severe(SAME_SITE + " must be Strict, Lax or None, not " + sameSite + ": Lax is kept");
                        return false;
                    }
                    if ("None".equals(sameSite) && !https) {
                        LOG.severe(SAME_SITE + "=None needs " + SecurityHeadersFilter.HTTPS + "=true: Lax is kept");
                        return false;
                    }
                    return true;
                });
    }

    private static String capitalised(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
