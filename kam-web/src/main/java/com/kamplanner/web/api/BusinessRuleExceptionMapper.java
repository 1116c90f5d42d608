package com.kamplanner.web.api;

import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.web.faces.BusinessErrors;
import com.kamplanner.web.i18n.Bundle;
import jakarta.validation.ConstraintViolationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception that leaves a resource becomes a JSON error: business errors with their translated message
 * (409 for a stale edit, 403 for someone else's record, 404, or 422), Bean Validation violations as 400 with
 * each field's message, the container's role check as 403, and
 * anything unexpected as 500 with a neutral message, its stack trace kept for the server log only.
 */
@Provider
public class BusinessRuleExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(BusinessRuleExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Inject
    ApiLanguage language;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = language.of(headers);
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return ErrorBody.response(status, "http" + status, web.getMessage());
        }
        if (BusinessErrors.isAccessDenied(thrown)) {
            return ErrorBody.response(403, "forbidden", Bundle.text(locale, AccessDeniedException.KEY));
        }
        Optional<ConstraintViolationException> invalid = violations(thrown);
        if (invalid.isPresent()) {
            return ConstraintViolationMapper.response(invalid.get(), locale);
        }
        Optional<BusinessRuleException> business = BusinessErrors.find(thrown);
        if (business.isPresent()) {
            BusinessRuleException error = business.get();
            int status = error instanceof NotFoundException ? 404 : error instanceof StaleEditException ? 409 : 422;
            return ErrorBody.response(status, error.messageKey(), BusinessErrors.text(error, locale));
        }
        LOG.log(Level.SEVERE, "Unexpected error in the REST API", thrown);
        return ErrorBody.response(500, "internal", Bundle.text(locale, "error.internal"));
    }

    private static Optional<ConstraintViolationException> violations(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException invalid) {
                return Optional.of(invalid);
            }
        }
        return Optional.empty();
    }}
