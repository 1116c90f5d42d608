package com.kamplanner.platform;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the same record since it was loaded. The edit is refused instead of silently overwriting
 * theirs; the user keeps their unsaved input and is told to reload.
 */
@ApplicationException(rollback = true)
public class StaleEditException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public static final String KEY = "error.staleEdit";

    public StaleEditException() {
        super(KEY);
    }
}
