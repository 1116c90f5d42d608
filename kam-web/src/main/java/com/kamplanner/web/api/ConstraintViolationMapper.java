package com.kamplanner.web.api;

import com.kamplanner.web.i18n.Bundle;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Bean Validation refused the input at the boundary: 400 with each field's message in the caller's language, in the same JSON
 * body as every other API error. More specific than the JAX-RS runtime's own mapper, which would answer with an
 * HTML page.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Inject
    ApiLanguage language;

    /** Built once: the default factory's interpolator reads ValidationMessages_{en,fr} and is thread-safe. */
    private static final MessageInterpolator INTERPOLATOR =
            Validation.buildDefaultValidatorFactory().getMessageInterpolator();

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return response(invalid, language.of(headers));
    }

    static Response response(ConstraintViolationException invalid, Locale locale) {
        return ErrorBody.response(400, "validation", describe(invalid, locale));
    }

    /** Each violated rule as "field: message", the message in the caller's language. */
    static String describe(ConstraintViolationException invalid, Locale locale) {
        return invalid.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + message(v, locale))
                .sorted().collect(java.util.stream.Collectors.joining("; "));
    }

    /** One violated rule's message in the reader's language (EN or FR), as the API and its tests read it. */
    public static String message(ConstraintViolation<?> violation, Locale locale) {
        return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("unsupported");
            }
        }, Bundle.supported(locale));
    }
}
