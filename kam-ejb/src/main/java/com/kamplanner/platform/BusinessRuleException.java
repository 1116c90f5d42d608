package com.kamplanner.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business rule said no. It carries a message key of the UI bundles and its arguments, never a translated
 * text: the web layer translates it once for pages and once for the REST API, in the caller's language.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
