package com.kamplanner.web.security;

import com.kamplanner.platform.SecurityLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Backs {@code logout.xhtml}, a protected view: the GET that logs out only works from a link the application
 * rendered (it carries the view token), so another site cannot log a user out behind their back.
 */
@Named
@RequestScoped
public class Logout {

    @Inject
    FacesContext faces;

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SecurityLog.log(SecurityLog.Event.LOGOUT, external.getRemoteUser(), "form", request.getRemoteAddr(), null);
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + LoginMechanism.LOGIN_PAGE + "?loggedOut=true");
        faces.responseComplete();
    }
}
