package com.kamplanner.mail;

import com.kamplanner.notification.NotificationKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How a notification reaches a person's inbox, by its kind and their choices. The review events people act on at
 * once (a plan submitted, returned or approved) are mailed immediately unless the person says otherwise, the
 * rest go to the daily digest; only the choices that differ from these defaults are stored, so that a better
 * default later reaches everyone who never chose. When a digest is written, each pending notification goes in
 * it, waits for the weekly one, or is dropped.
 */
public final class PreferenceRules {

    /** The day of the weekly digest until the person picks one. */
    public static final DayOfWeek DEFAULT_WEEKLY_DAY = DayOfWeek.MONDAY;

    /** A weekly notification never waits longer than this, even when the digest on its day was missed. */
    static final Duration LONGEST_WEEKLY_WAIT = Duration.ofDays(7);

    private static final Set<NotificationKind> AT_ONCE = EnumSet.of(NotificationKind.PLAN_SUBMITTED,
            NotificationKind.PLAN_RETURNED, NotificationKind.PLAN_APPROVED);

    /** What becomes of a pending notification when a digest is written. */
    public enum Fate {
        /** It goes in this digest. */
        DIGEST,
        /** It waits for the weekly digest. */
        WAIT,
        /** It is never mailed. */
        DROP
    }

    private PreferenceRules() {
    }

    public static Delivery byDefault(NotificationKind kind) {
        return AT_ONCE.contains(kind) ? Delivery.IMMEDIATE : Delivery.DAILY;
    }

    /** The person's choice for the kind, or the default when they made none. */
    public static Delivery delivery(NotificationKind kind, Map<NotificationKind, Delivery> chosen) {
        Delivery delivery = chosen == null ? null : chosen.get(kind);
        return delivery == null ? byDefault(kind) : delivery;
    }

    /** What is stored of the choices: only those that differ from the defaults. */
    public static Map<NotificationKind, Delivery> overrides(Map<NotificationKind, Delivery> chosen) {
        Map<NotificationKind, Delivery> overrides = new EnumMap<>(NotificationKind.class);
        chosen.forEach((kind, delivery) -> {
            if (delivery != null && delivery != byDefault(kind)) {
                overrides.put(kind, delivery);
            }
        });
        return overrides;
    }

    /**
     * Whether the weekly digest is written at {@code now}: on the person's day, or when the oldest notification
     * waiting for it has waited a week (the run of its day was missed, or the day was changed).
     */
    public static boolean weeklyDue(ZonedDateTime now, DayOfWeek weeklyDay, Instant oldestWaiting) {
        return now.getDayOfWeek() == weeklyDay || oldestWaiting != null
                && !oldestWaiting.plus(LONGEST_WEEKLY_WAIT).isAfter(now.toInstant());
    }

    /**
     * A pending notification's fate in the digest written now. Not to be mailed: dropped. Daily: in it. Weekly: in
     * it when the weekly digest is due, waiting otherwise. Immediate: in it too, for it is pending only when the
     * person chose "immediately" after it was made, and they still want it by mail.
     */
    public static Fate fate(Delivery delivery, boolean weeklyDue) {
        return switch (delivery) {
            case NONE -> Fate.DROP;
            case IMMEDIATE, DAILY -> Fate.DIGEST;
            case WEEKLY -> weeklyDue ? Fate.DIGEST : Fate.WAIT;
        };
    }
}
