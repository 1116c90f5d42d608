package com.kamplanner.web.faces;

import com.kamplanner.web.i18n.Bundle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Adds faces messages by bundle key, in the language of the current view. */
@Named
@RequestScoped
public class PageMessages {

    @Inject
    FacesContext faces;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    public void errorOn(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    private void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String text = Bundle.text(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
