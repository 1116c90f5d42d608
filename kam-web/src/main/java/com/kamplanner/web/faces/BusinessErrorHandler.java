package com.kamplanner.web.faces;

import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Turns a business error thrown by a service during a page action into a faces message on the same page, so
 * that the user keeps what they typed and reads why in their language. A record that is not theirs to see
 * gives the forbidden page; a missing one, the not-found page. A form posted on an expired view goes back to its
 * page, which says so.
 */
public class BusinessErrorHandler extends ExceptionHandlerWrapper {

    public BusinessErrorHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
             events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            Optional<ViewExpiredException> expired = expired(thrown);
            if (expired.isPresent()) {
                redirectAfterExpiry(faces, expired.get());
                events.remove();
                continue;
            }
            if (BusinessErrors.isAccessDenied(thrown)) {
                sendError(faces, 403);
                events.remove();
                continue;
            }
            Optional<BusinessRuleException> business = BusinessErrors.find(thrown);
            if (business.isPresent()) {
                if (business.get() instanceof NotFoundException) {
                    sendError(faces, 404);
                } else {
                    String text = BusinessErrors.text(business.get(), faces.getViewRoot().getLocale());
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                    faces.validationFailed();
                    faces.renderResponse();
                }
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private static Optional<ViewExpiredException> expired(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException expired) {
                return Optional.of(expired);
            }
        }
        return Optional.empty();
    }

    /**
     * An expired view is the user's session ending, not a server error: instead of an error page with status 500,
     * the browser goes back to the page with {@code expired=true} (see {@link ExpiredViews}), through the login
     * page when the session is gone.
     */
    private static void redirectAfterExpiry(FacesContext faces, ViewExpiredException expired) {
        ExternalContext external = faces.getExternalContext();
        String target = ExpiredViews.redirectTarget(external.getRequestContextPath(), expired.getViewId(),
                external.getRequestHeaderMap().get("Referer"));
        try {
            external.redirect(target);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    private static void sendError(FacesContext faces, int status) {
        try {
            faces.getExternalContext().responseSendError(status, null);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }
}
