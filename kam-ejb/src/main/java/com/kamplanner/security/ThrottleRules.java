package com.kamplanner.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * Login throttling as a pure function of the recent events of one user name or one address, the settings and the
 * time, so that it is tested without a server and every node reaches the same verdict from the same rows. A
 * block holds from its event for the block length, unless lifted. Failures count within the window, from the end
 * of the last block or lift on: a block that ran out starts a clean slate, not an instant second block.
 */
public final class ThrottleRules {

    /** Each failure before a block slows the next attempt by this much more... */
    static final Duration DELAY_STEP = Duration.ofMillis(200);
    /** ...up to this. */
    static final Duration MAX_DELAY = Duration.ofSeconds(1);

    /** The facts of one event that the rule reads. */
    public record Event(SecurityEventType type, String username, Instant at) {
    }

    /**
     * A verdict on one user name or address: blocked until a time (null when not blocked), and the failures
     * counted so far (refused logins for a user name, distinct refused user names for an address).
     */
    public record Verdict(Instant blockedUntil, int failures) {

        public static final Verdict CLEAR = new Verdict(null, 0);

        public boolean blocked() {
            return blockedUntil != null;
        }

        /** The stricter of two verdicts: the later block, else the user name's failures (which set the delay). */
        public Verdict and(Verdict other) {
            if (blocked() || other.blocked()) {
                Instant until = !blocked() ? other.blockedUntil : !other.blocked() ? blockedUntil
                        : blockedUntil.isAfter(other.blockedUntil) ? blockedUntil : other.blockedUntil;
                return new Verdict(until, failures);
            }
            return this;
        }
    }

    private ThrottleRules() {
    }

    /** How far back the events must be read: a block older than the window plus its length can matter no more. */
    public static Instant lookBack(ThrottleSettings settings, Instant now) {
        return now.minus(settings.window()).minus(settings.block());
    }

    /** The verdict on one user name or address from its events since {@link #lookBack}. */
    public static Verdict judge(BlockScope scope, Collection<Event> events, ThrottleSettings settings, Instant now) {
        Instant lastBlock = latest(events, scope.blockType(), now);
        Instant lastLift = latest(events, scope.liftType(), now);
        Instant countFrom = now.minus(settings.window());
        if (lastBlock != null) {
            Instant end = lastBlock.plus(settings.block());
            if (lastLift != null && !lastLift.isBefore(lastBlock) && lastLift.isBefore(end)) {
                end = lastLift;
            }
            if (end.isAfter(now)) {
                return new Verdict(end, 0);
            }
            countFrom = later(countFrom, end);
        }
        if (lastLift != null) {
            countFrom = later(countFrom, lastLift);
        }
        Instant from = countFrom;
        var refusals = events.stream().filter(e -> e.type() == SecurityEventType.LOGIN_REFUSED)
                .filter(e -> e.at().isAfter(from) && !e.at().isAfter(now));
        long failures = scope == BlockScope.USER ? refusals.count()
                : refusals.map(Event::username).filter(Objects::nonNull).distinct().count();
        return new Verdict(null, (int) failures);
    }

    /** True when a verdict's failures have reached the scope's threshold: a block starts. */
    public static boolean startsBlock(BlockScope scope, Verdict verdict, ThrottleSettings settings) {
        return !verdict.blocked() && verdict.failures() >= settings.threshold(scope);
    }

    /** How long to wait before checking a password, after this many recent failures for the user name. */
    public static Duration delay(int failures) {
        Duration delay = DELAY_STEP.multipliedBy(Math.max(0, failures));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static Instant latest(Collection<Event> events, SecurityEventType type, Instant now) {
        return events.stream().filter(e -> e.type() == type && !e.at().isAfter(now)).map(Event::at)
                .max(Instant::compareTo).orElse(null);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
