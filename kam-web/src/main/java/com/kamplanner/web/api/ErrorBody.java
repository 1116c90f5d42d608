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
     * The language the client asks for in Accept-Language, English without the header. API answers use
     * {@link ApiLanguage}, which falls back on the caller's stored preference instead.
     */
    public static Locale language(HttpHeaders headers) {
        return headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
    }
}
