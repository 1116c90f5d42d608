package com.kamplanner.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the session: first the browser's (as Faces negotiated it against English and French), then
 * whatever the user picks with the EN/FR switch, kept until the session ends.
 */
@Named
@SessionScoped
public class LanguagePreference implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

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

    /** Switches the session to {@code en} or {@code fr}; anything else falls back to English. */
    public void switchTo(String language) {
        locale = Bundle.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }
}
