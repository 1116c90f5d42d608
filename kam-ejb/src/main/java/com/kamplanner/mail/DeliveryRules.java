package com.kamplanner.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail the SMTP server refused is tried again: one minute after the first failure, then twice as long
 * after each further one, never more than an hour apart, and never past the give-up time (a day after the mail
 * was written, by default): the last attempt is made at that time, and a failure then is final.
 */
public final class DeliveryRules {

    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** How long the outbox keeps trying a mail, unless {@code kam.mail.give-up-after} says otherwise. */
    public static final Duration DEFAULT_GIVE_UP_AFTER = Duration.ofDays(1);
    static final int ERROR_LENGTH = 1000;

    private DeliveryRules() {
    }

    /** The wait after the {@code failures}-th failed attempt (1 for the first): 1, 2, 4, 8 ... 60 minutes. */
    public static Duration waitAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1: " + failures);
        }
        int doublings = Math.min(failures - 1, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * The next attempt after a failure at {@code now}, which was the {@code failures}-th; empty when the mail is
     * given up because its give-up time has come.
     */
    public static Optional<Instant> nextAttempt(Instant createdAt, int failures, Instant now, Duration giveUpAfter) {
        Instant deadline = createdAt.plus(giveUpAfter);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Instant next = now.plus(waitAfter(failures));
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }

    /** The give-up delay as written in the setting: an ISO-8601 duration ({@code PT24H}, {@code P2D}). */
    public static Duration giveUpAfter(Optional<String> setting) {
        if (setting.isEmpty()) {
            return DEFAULT_GIVE_UP_AFTER;
        }
        try {
            Duration parsed = Duration.parse(setting.get());
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException("kam.mail.give-up-after must be positive: " + setting.get());
            }
            return parsed;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("kam.mail.give-up-after is not an ISO-8601 duration: "
                    + setting.get(), e);
        }
    }

    /** What the outbox records of a failure: the exception's class and message, chained causes included. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < ERROR_LENGTH; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH - 1) + "…" : text.toString();
    }
}
