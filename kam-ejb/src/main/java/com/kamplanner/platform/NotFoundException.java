package com.kamplanner.platform;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist, or the caller may not know that it does. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public static final String KEY = "error.notFound";

    public NotFoundException() {
        super(KEY);
    }
}
