package com.kamplanner.notification;

import java.util.Locale;

/**
 * The CDI event {@link Notifications} fires for each notification it makes, synchronously and inside the
 * transaction of the change that caused it: the seam for whatever else must reach the recipient (an e-mail
 * outbox observes it with {@code @Observes} and writes its row in the same transaction, so that a rolled-back
 * change sends nothing).
 *
 * @param language the recipient's stored language, English when they never logged in
 */
public record NotificationMade(Notification notification, String recipientUsername, Locale language) {

    /** The title in the recipient's language. */
    public String title() {
        return NotificationTitles.title(notification, language);
    }
}
