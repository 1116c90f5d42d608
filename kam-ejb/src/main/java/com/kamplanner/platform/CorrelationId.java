package com.kamplanner.platform;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties together every log line of one request. The web layer sets it per request (taking the
 * caller's {@code X-Correlation-Id} when it is well-formed) and clears it after; services read it here.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CorrelationId() {
    }

    /** The caller's id when well-formed, or a new one: never trust arbitrary text into the logs. */
    public static String accept(String offered) {
        return offered != null && WELL_FORMED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    public static void set(String id) {
        CURRENT.set(id);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The id of the request this thread serves, or {@code none} outside a request (start-up, timers). */
    public static String current() {
        String id = CURRENT.get();
        return id == null ? "none" : id;
    }
}
