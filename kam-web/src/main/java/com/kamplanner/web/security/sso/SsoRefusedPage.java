package com.kamplanner.web.security.sso;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code sso-refused.xhtml}: the text of the reason the address names, never the address's own text. */
@Named
@RequestScoped
public class SsoRefusedPage {

    @Inject
    FacesContext faces;

    public String getMessageKey() {
        String code = faces.getExternalContext().getRequestParameterMap().get("reason");
        return SsoRefusal.Reason.ofCode(code == null ? "" : code).messageKey();
    }
}
