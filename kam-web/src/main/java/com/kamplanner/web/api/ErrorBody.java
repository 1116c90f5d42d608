package com.kamplanner.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** The JSON body of every API error: status, a stable error code, and a message for people. */
public record ErrorBody(int status, String error, String message) {

    static Response response(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, error, message)).build();
    }

    /**
     * The caller's language from Accept-Language, English unless French is preferred: the language of every API
     * answer (people have no stored preference yet, so without the header it is English).
     */
    public static Locale language(HttpHeaders headers) {
        return headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
    }
}
