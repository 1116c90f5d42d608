package com.kamplanner.notification;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the caller's notifications, newest first, with the number of all they may read (or of the unread
 * ones, when only those were asked for) and of the unread ones.
 */
public record NotificationList(List<Notification> items, long total, long unread) implements Serializable {

    public NotificationList {
        items = List.copyOf(items);
    }
}
