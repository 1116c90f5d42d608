package com.kamplanner.web.faces;

import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
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

    /**
     * True when the caller may not do this: a record that is not theirs, or the container's role check, which
     * Payara reports as {@code EJBAccessException} or, for local views, {@code AccessLocalException}.
     */
    public static boolean isAccessDenied(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = next(t)) {
            if (t instanceof AccessDeniedException || t instanceof EJBAccessException
                    || t instanceof AccessLocalException) {
                return true;
            }
        }
        return false;
    }

    public static Optional<BusinessRuleException> find(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = next(t)) {
            if (t instanceof BusinessRuleException business) {
                return Optional.of(business);
            }
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable t) {
        return t instanceof EJBException ejb && ejb.getCausedByException() != null && ejb.getCausedByException() != t
                ? ejb.getCausedByException() : t.getCause();
    }
}
