package com.kamplanner.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import com.kamplanner.people.UserService;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the session: before login the browser's (as Faces negotiated it against English and French);
 * at login the person's stored language, or, at their first login, the one the session had, which is stored as
 * theirs; then whatever they pick with the EN/FR switch, which is stored too (notifications and API answers
 * without Accept-Language use it).
 */
@Named
@SessionScoped
public class LanguagePreference implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    @Inject
    UserService users;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale negotiated = faces == null || faces.getViewRoot() == null
                    ? faces == null ? Locale.ENGLISH : faces.getApplication().getViewHandler().calculateLocale(faces)
                    : faces.getViewRoot().getLocale();
            locale = Bundle.supported(negotiated);
        }
        return locale;
    }

    /**
     * For a servlet or a resource outside Faces: the language the session chose, or else the supported language
     * closest to the request's.
     */
    public Locale chosenOr(Locale requested) {
        return locale != null ? locale : Bundle.supported(requested);
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Right after a login: the person's stored language, or the session's, stored as theirs at a first login. */
    public void loggedIn() {
        locale = Bundle.supported(users.languageAtLogin(getLocale()));
    }

    /**
     * Switches the session to {@code en} or {@code fr} (anything else falls back to English), and stores the
     * choice as the logged-in person's language.
     */
    public void switchTo(String language) {
        locale = Bundle.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getExternalContext().getUserPrincipal() != null) {
            users.chooseLanguage(locale);
        }
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }
}
