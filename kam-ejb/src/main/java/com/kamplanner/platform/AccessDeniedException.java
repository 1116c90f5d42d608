package com.kamplanner.platform;

import jakarta.ejb.ApplicationException;

/**
 * The caller is logged in but this record is not theirs to see or change (another KAM's account, say).
 * Pages show it as a forbidden page, the REST API as 403.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public static final String KEY = "error.accessDenied";

    public AccessDeniedException() {
        super(KEY);
    }
}
