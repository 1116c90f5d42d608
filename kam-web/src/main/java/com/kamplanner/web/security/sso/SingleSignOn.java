package com.kamplanner.web.security.sso;

import com.kamplanner.people.DirectoryAccounts;
import com.kamplanner.people.Role;
import com.kamplanner.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Single sign-on as the authentication mechanism uses it: off unless {@code kam.oidc.issuer} is set (a
 * misconfiguration is logged and leaves it off), the flow, and the sign-in of the person the ID token names. Like a
 * directory user, that person gets a local row (see {@link DirectoryAccounts}) with the roles their claim values
 * map to, and none means no sign-in.
 */
@ApplicationScoped
public class SingleSignOn {

    /** Where the provider sends the browser back, and where a sign-in starts. */
    public static final String CALLBACK_PATH = "/sso/callback";
    public static final String START_PATH = "/sso/login";
    /** The page that explains a refusal, {@code ?reason=} one of {@link SsoRefusal.Reason#code()}. */
    public static final String REFUSED_PAGE = "/sso-refused.xhtml";

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    @Inject
    DirectoryAccounts accounts;

    private OidcSettings settings;
    private OidcFlow flow;

    @PostConstruct
    void readSettings() {
        try {
            settings = OidcSettings.from(Settings::get).orElse(null);
        } catch (IllegalArgumentException e) {
            LOG.severe("Single sign-on is configured but cannot start: " + e.getMessage() + ". It stays off.");
            return;
        }
        if (settings != null) {
            flow = new OidcFlow(settings);
            LOG.info("Single sign-on is on: " + settings);
            if (settings.roles().isEmpty()) {
                LOG.warning(OidcSettings.ROLES + " maps no value: no one will get a role by single sign-on.");
            }
        }
    }

    public boolean isOn() {
        return flow != null;
    }

    /** Whether the login form (local and directory accounts) is offered: always when SSO is off. */
    public boolean localLogin() {
        return !isOn() || settings.localLogin();
    }

    /** For "Sign in with …" on the login page. */
    public String providerName() {
        return isOn() ? settings.providerName() : "";
    }

    public OidcFlow flow() {
        return flow;
    }

    /**
     * The roles of the person the provider names, after their local row is created or refreshed.
     *
     * @throws SsoRefusal when no claim value maps to a role, or the row is disabled or cannot be kept
     */
    public SignedIn signIn(SsoIdentity identity) throws SsoRefusal {
        Set<Role> roles = settings.roles().rolesOf(identity.roleValues());
        String username = identity.username().toLowerCase(Locale.ROOT);
        if (roles.isEmpty()) {
            throw new SsoRefusal(SsoRefusal.Reason.NO_ROLE, username + " has no " + settings.rolesClaim()
                    + " value mapped to a role (" + identity.roleValues() + ")");
        }
        try {
            if (!accounts.mirror(username, displayName(identity, username), email(identity), roles)) {
                throw new SsoRefusal(SsoRefusal.Reason.DISABLED, "The account " + username + " is disabled here");
            }
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Single sign-on refused: " + username + " cannot be kept as a user", e);
            throw new SsoRefusal(SsoRefusal.Reason.DISABLED, username + " cannot be kept as a user", e);
        }
        return new SignedIn(username, roles);
    }

    /** Who signed in, and with which roles. */
    public record SignedIn(String username, Set<Role> roles) {
    }

    /** The provider's logout, back to {@code afterLogout}; empty when SSO is off or the provider has none. */
    public Optional<URI> logoutUrl(String idToken, URI afterLogout) {
        return isOn() ? flow.logoutUrl(idToken, afterLogout) : Optional.empty();
    }

    /**
     * The application's address without a trailing slash: {@code kam.public-url} when set (behind a reverse
     * proxy), else the request's scheme, host, port and context path.
     */
    public static String base(HttpServletRequest request) {
        Optional<String> publicUrl = Settings.get(Settings.PUBLIC_URL);
        if (publicUrl.isPresent()) {
            String url = publicUrl.get();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    private static String displayName(SsoIdentity identity, String username) {
        String name = identity.displayName() == null ? username : identity.displayName();
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    private static String email(SsoIdentity identity) {
        String mail = identity.email();
        return mail != null && mail.length() <= 200 && mail.matches("[^@\\s]+@[^@\\s]+") ? mail : null;
    }
}
