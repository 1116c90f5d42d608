package com.kamplanner.security;

import com.kamplanner.platform.Secrets;
import java.util.regex.Pattern;

/**
 * The rules of an API token's text, without a server: {@code kam_} and 192 random bits in URL-safe base64 (36
 * characters in all), kept as the hex SHA-256 of the whole text. The prefix lets secret scanners and people tell a
 * KAM Planner token from other secrets. Anything not shaped like a token is refused before the database is asked.
 */
public final class ApiTokenSecret {

    static final String PREFIX = "kam_";
    /** Random bytes in a token: 192 bits, above the 128 the issue asks for. */
    static final int BYTES = 24;

    private static final Pattern SHAPE = Pattern.compile("kam_[A-Za-z0-9_-]{32}");
    private static final String BEARER = "Bearer ";

    private ApiTokenSecret() {
    }

    public static String newToken() {
        return PREFIX + Secrets.random(BYTES);
    }

    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    public static String hash(String token) {
        return Secrets.sha256(token);
    }

    /** Whether an {@code Authorization} header carries a bearer token (the scheme is case-insensitive). */
    public static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    /** The token of a bearer {@code Authorization} header, trimmed; null when it is not one. */
    public static String fromBearer(String authorization) {
        return isBearer(authorization) ? authorization.substring(BEARER.length()).trim() : null;
    }
}
