package com.kamplanner.web.security;

import com.kamplanner.platform.SecurityLog;
import com.kamplanner.web.security.sso.SingleSignOn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Backs {@code logout.xhtml}, a protected view: the GET that logs out only works from a link the application
 * rendered (it carries the view token), so another site cannot log a user out behind their back. After a single
 * sign-on it also ends the provider's session (RP-initiated logout, with the ID token as hint), and the provider
 * sends the browser back to the login page.
 */
@Named
@RequestScoped
public class Logout {

    @Inject
    FacesContext faces;

    @Inject
    SingleSignOn sso;

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Object idToken = request.getSession(false) == null ? null
                : request.getSession(false).getAttribute(LoginMechanism.SESSION_SSO_ID_TOKEN);
        SecurityLog.log(SecurityLog.Event.LOGOUT, external.getRemoteUser(), idToken == null ? "form" : "sso",
                request.getRemoteAddr(), null);
        request.logout();
        external.invalidateSession();
        String loggedOut = LoginMechanism.LOGIN_PAGE + "?loggedOut=true";
        Optional<URI> providerLogout = idToken instanceof String token
                ? sso.logoutUrl(token, URI.create(SingleSignOn.base(request) + loggedOut)) : Optional.empty();
        external.redirect(providerLogout.map(URI::toString).orElse(request.getContextPath() + loggedOut));
        faces.responseComplete();
    }
}
