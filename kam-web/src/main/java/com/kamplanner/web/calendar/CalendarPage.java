package com.kamplanner.web.calendar;

import com.kamplanner.calendar.CalendarTokens;
import com.kamplanner.web.faces.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;

/**
 * Backs {@code me/calendar.xhtml}: whether the caller has a feed and since when, and the full URL right after it
 * is created, the only time it can be shown (only its hash is kept).
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarTokens tokens;

    @Inject
    PageMessages messages;

    private Instant activeSince;
    private String newUrl;

    @PostConstruct
    void load() {
        activeSince = tokens.current().orElse(null);
    }

    public void create() {
        String token = tokens.create();
        newUrl = FeedAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest(), token);
        activeSince = tokens.current().orElse(null);
        messages.info("calendar.created");
    }

    public void revoke() {
        tokens.revoke();
        newUrl = null;
        activeSince = null;
        messages.info("calendar.revoked");
    }

    public boolean isActive() {
        return activeSince != null;
    }

    public Instant getActiveSince() {
        return activeSince;
    }

    public String getNewUrl() {
        return newUrl;
    }
}
