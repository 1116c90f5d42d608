package com.kamplanner.security;

import com.kamplanner.platform.BusinessRuleException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an API token may be and do, without a server: a name of 1 to 80 characters, a life of 1 to 365 days (90
 * when none is given), GET and HEAD only when read-only, and never the token endpoints themselves, which need a
 * password or a page session so that a leaked token cannot mint more tokens or hide by revoking others. Its last
 * use is written at most once a minute, so that a busy integration does not turn every read into a write.
 */
public final class ApiTokenRules {

    public static final int NAME_LENGTH = 80;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    public static final int DEFAULT_DAYS = 90;
    public static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    public static final String NAME_REQUIRED = "apiToken.name.required";
    public static final String NAME_TOO_LONG = "apiToken.name.size";
    public static final String DAYS_OUT_OF_RANGE = "apiToken.expiresInDays.range";

    private static final Set<String> READS = Set.of("GET", "HEAD");
    /** {@code /api/me/tokens...} and {@code /api/users/{id}/tokens...}, relative to the context path. */
    private static final Pattern TOKEN_ENDPOINTS = Pattern.compile("/api/(me|users/[^/]+)/tokens(/.*)?");

    private ApiTokenRules() {
    }

    /** The name as stored: trimmed, 1 to 80 characters. */
    public static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessRuleException(NAME_REQUIRED);
        }
        if (trimmed.length() > NAME_LENGTH) {
            throw new BusinessRuleException(NAME_TOO_LONG, NAME_LENGTH);
        }
        return trimmed;
    }

    /** When a token made at {@code now} runs out: {@code days} (1 to 365, 90 when null) later. */
    public static Instant expiry(Instant now, Integer days) {
        int life = days == null ? DEFAULT_DAYS : days;
        if (life < MIN_DAYS || life > MAX_DAYS) {
            throw new BusinessRuleException(DAYS_OUT_OF_RANGE, MIN_DAYS, MAX_DAYS);
        }
        return now.plus(Duration.ofDays(life));
    }

    /** A token is current until its expiry, exclusive. */
    public static boolean current(Instant expiresAt, Instant now) {
        return now.isBefore(expiresAt);
    }

    /** Whether this use must be written: never written, or last written a minute or more ago. */
    public static boolean touchDue(Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || !lastUsedAt.plus(TOUCH_EVERY).isAfter(now);
    }

    /** Whether a token may send this HTTP method: any when read-write, GET and HEAD when read-only. */
    public static boolean allows(boolean readOnly, String method) {
        return !readOnly || READS.contains(method);
    }

    /** Whether a path (relative to the context path) is a token endpoint, which no token may call. */
    public static boolean managesTokens(String path) {
        return TOKEN_ENDPOINTS.matcher(path).matches();
    }
}
