package com.kamplanner.web.notification;

import com.kamplanner.notification.MyNotifications;
import com.kamplanner.notification.Notification;
import com.kamplanner.notification.NotificationList;
import com.kamplanner.notification.NotificationTitles;
import com.kamplanner.web.i18n.LanguagePreference;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code notifications.xhtml}: the caller's notifications, newest first, a page at a time (paged in the
 * database), all or only the unread ones, each marked read alone or all at once. Titles in the person's
 * language, which the session keeps equal to their stored one.
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    /** One row: the notification and its title in the reader's language (getters, for Jakarta EL 5). */
    public record Row(Notification notification, String title) implements Serializable {

        public Notification getNotification() {
            return notification;
        }

        public String getTitle() {
            return title;
        }
    }

    @Inject
    MyNotifications notifications;

    @Inject
    LanguagePreference language;

    private int first;
    private boolean unreadOnly;
    private NotificationList list = new NotificationList(List.of(), 0, 0);

    public void load() {
        list = notifications.page(unreadOnly, first, PAGE);
        if (list.items().isEmpty() && first > 0) {
            first = Math.max(0, first - PAGE);
            list = notifications.page(unreadOnly, first, PAGE);
        }
    }

    public void markRead(long id) {
        notifications.markRead(id);
        load();
    }

    public void markAllRead() {
        notifications.markAllRead();
        load();
    }

    /** Shows only the unread ones, or all again, from the first page. */
    public void showUnreadOnly(boolean value) {
        unreadOnly = value;
        first = 0;
        load();
    }

    public void next() {
        if (hasNext()) {
            first += PAGE;
        }
        load();
    }

    public void previous() {
        first = Math.max(0, first - PAGE);
        load();
    }

    public boolean hasNext() {
        return first + PAGE < list.total();
    }

    public List<Row> getRows() {
        return list.items().stream().map(n -> new Row(n, NotificationTitles.title(n, language.getLocale()))).toList();
    }

    public long getTotal() {
        return list.total();
    }

    public long getUnread() {
        return list.unread();
    }

    public int getFirst() {
        return first;
    }

    /** The position of the page's last row, from 1, for "21–40 of 57". */
    public long getLast() {
        return Math.min(list.total(), first + (long) PAGE);
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }
}
