package com.kamplanner.mail;

import com.kamplanner.notification.NotificationKind;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A person's e-mail preferences as a whole: the delivery of every kind of notification (the defaults filled in),
 * the day of their weekly digest, and the version the page loaded, which the save checks.
 */
public record MailChoices(Map<NotificationKind, Delivery> deliveries, DayOfWeek weeklyDay, long version)
        implements Serializable {

    public MailChoices {
        Objects.requireNonNull(weeklyDay);
        EnumMap<NotificationKind, Delivery> full = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            full.put(kind, PreferenceRules.delivery(kind, deliveries));
        }
        deliveries = Collections.unmodifiableMap(full);
    }

    /** How a notification of this kind reaches the person. */
    public Delivery delivery(NotificationKind kind) {
        return deliveries.get(kind);
    }

    /** Everyone's choices until they save their own: the defaults, the weekly digest on the default day. */
    public static MailChoices defaults() {
        return new MailChoices(Map.of(), PreferenceRules.DEFAULT_WEEKLY_DAY, 0);
    }
}
