package com.kamplanner.web.notification;

import com.kamplanner.notification.MyNotifications;
import com.kamplanner.people.Role;
import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.web.i18n.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/**
 * The bell in the page header: the caller's unread notifications, counted once per request. Shown to anyone
 * logged in with a role (a person without one reaches nothing, notifications included).
 */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    MyNotifications notifications;

    @Inject
    HttpServletRequest request;

    @Inject
    LanguagePreference language;

    private Long unread;

    public boolean isShown() {
        return request.getUserPrincipal() != null
                && Arrays.stream(Role.values()).anyMatch(role -> request.isUserInRole(role.name()));
    }

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** The bell's accessible name: "Notifications, 3 unread", or "Notifications, none unread". */
    public String getLabel() {
        long count = getUnread();
        return count == 0 ? Bundle.text(language.getLocale(), "layout.bell.none")
                : Bundle.text(language.getLocale(), "layout.bell.unread", count);
    }
}
