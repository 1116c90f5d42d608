package com.kamplanner.calendar;

import com.kamplanner.platform.Secrets;
import java.util.regex.Pattern;

/**
 * The rules of a feed token, without a server: 192 random bits in URL-safe base64 (no padding, 32 characters),
 * stored as the hex SHA-256 of its text, both made by {@link Secrets}. Anything not shaped like a token is refused
 * before the database is asked.
 */
public final class FeedSecret {

    /** Random bytes in a token: 192 bits, above the 128 the issue asks for. */
    static final int BYTES = 24;

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{32}");

    private FeedSecret() {
    }

    public static String newToken() {
        return Secrets.random(BYTES);
    }

    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    public static String hash(String token) {
        return Secrets.sha256(token);
    }
}
