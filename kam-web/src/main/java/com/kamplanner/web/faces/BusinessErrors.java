package com.kamplanner.web.faces;

import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.web.i18n.Bundle;
import java.util.Locale;
import java.util.Optional;

/**
 * The one translation of a {@link BusinessRuleException} into words, shared by the pages and the REST API.
 * Also digs the business error out of the EJB, EL and Faces wrappers it arrives in.
 */
public final class BusinessErrors {

    private BusinessErrors() {
    }

    public static String text(BusinessRuleException error, Locale locale) {
        return Bundle.text(locale, error.messageKey(), error.arguments());
    }

    public static Optional<BusinessRuleException> find(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessRuleException business) {
                return Optional.of(business);
            }
        }
        return Optional.empty();
    }
}
