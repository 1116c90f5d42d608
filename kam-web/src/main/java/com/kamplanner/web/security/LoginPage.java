package com.kamplanner.web.security;

import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.LanguagePreference;
import com.kamplanner.web.security.sso.SingleSignOn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Locale;

/**
 * Backs {@code login.xhtml}: hands the typed credentials to the authentication mechanism and, when the login
 * fails, says why if an identity store noted a reason (directory down, no role in the application).
 */
@Named
@RequestScoped
public class LoginPage {

    @NotBlank(message = "{login.username.required}")
    private String username;

    @NotBlank(message = "{login.password.required}")
    private String password;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    PageMessages messages;

    @Inject
    LoginProblem problem;

    @Inject
    LanguagePreference language;

    @Inject
    SingleSignOn sso;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(
                        new UsernamePasswordCredential(username.trim().toLowerCase(Locale.ROOT), password)));
        if (status == AuthenticationStatus.SUCCESS) {
            language.loggedIn();
            Object original = request.getSession().getAttribute(LoginMechanism.SESSION_ORIGINAL_URL);
            request.getSession().removeAttribute(LoginMechanism.SESSION_ORIGINAL_URL);
            external.redirect(original instanceof String url && url.startsWith(request.getContextPath() + "/")
                    ? url : request.getContextPath() + "/");
            faces.responseComplete();
        } else {
            password = null;
            messages.error(problem.kind().map(LoginProblem.Kind::messageKey).orElse("login.failed"));
        }
    }

    /** A logged-in user who opens the login page goes to their home page instead. */
    public void redirectIfLoggedIn() throws IOException {
        // The request's principal, not SecurityContext's: WildFly gives unauthenticated callers an "anonymous" one.
        if (faces.getExternalContext().getUserPrincipal() != null) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/");
        }
    }

    /** Whether the page offers "Sign in with <provider>". */
    public boolean isSingleSignOn() {
        return sso.isOn();
    }

    /** Whether the page offers the user name and password form. */
    public boolean isLocalLogin() {
        return sso.localLogin();
    }

    public String getProviderName() {
        return sso.providerName();
    }

    /** Where the single sign-on starts. */
    public String getSingleSignOnUrl() {
        return faces.getExternalContext().getRequestContextPath() + SingleSignOn.START_PATH;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
