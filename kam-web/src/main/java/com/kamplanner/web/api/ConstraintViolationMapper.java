package com.kamplanner.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * A request body that Bean Validation refused at the boundary (a level of 11, say) becomes a 400 JSON error with
 * the constraint messages, in the same shape as every other API error.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException thrown) {
        String message = thrown.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                .distinct().collect(Collectors.joining(" "));
        return ErrorBody.response(400, "validation", message);
    }
}
