package com.kamplanner.web.api;

import com.kamplanner.people.UserService;
import com.kamplanner.web.i18n.Bundle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The language of an API answer: {@code Accept-Language} when the client sends it, else the caller's stored
 * preference, else English. One rule for every resource and for the error bodies.
 */
@RequestScoped
public class ApiLanguage {

    @Inject
    UserService users;

    public Locale of(HttpHeaders headers) {
        String asked = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (asked != null && !asked.isBlank()) {
            return Bundle.supported(ErrorBody.language(headers));
        }
        return users.myLanguage().map(Bundle::supported).orElse(Locale.ENGLISH);
    }
}
