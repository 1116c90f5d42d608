package com.kamplanner.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The session cookie's SameSite decision (issue 16, section 4): web.xml's Lax unless {@code
 * kam.session-cookie.same-site} says otherwise, and {@code None}, which a portal on another site needs to frame the
 * application with its session, only with {@code kam.https=true}: browsers drop a SameSite=None cookie that is not
 * Secure, so the listener keeps Lax rather than send a cookie that would silently log everyone out.
 */
class SessionCookieSettingsTest {

    @Test
    void unsetKeepsWebXmlsLax() {
        assertEquals(Optional.empty(), SessionCookieSettings.sameSite(Optional.empty(), false));
        assertEquals(Optional.empty(), SessionCookieSettings.sameSite(Optional.empty(), true));
        assertEquals(Optional.empty(), SessionCookieSettings.sameSite(Optional.of("  "), true));
    }

    @Test
    void strictAndLaxNeedNoHttpsAndAnyCaseIsRead() {
        assertEquals(Optional.of("Strict"), SessionCookieSettings.sameSite(Optional.of("strict"), false));
        assertEquals(Optional.of("Lax"), SessionCookieSettings.sameSite(Optional.of("LAX"), false));
        assertEquals(Optional.of("Strict"), SessionCookieSettings.sameSite(Optional.of(" Strict "), true));
    }

    @Test
    void noneForAFramingPortalIsSetBehindHttps() {
        assertEquals(Optional.of("None"), SessionCookieSettings.sameSite(Optional.of("none"), true));
    }

    @Test
    void noneWithoutHttpsIsRefusedAndLaxKept() {
        assertEquals(Optional.empty(), SessionCookieSettings.sameSite(Optional.of("None"), false));
    }

    @Test
    void anUnknownValueIsRefusedAndLaxKept() {
        assertEquals(Optional.empty(), SessionCookieSettings.sameSite(Optional.of("Loose"), true));
        assertEquals(Optional.empty(), SessionCookieSettings.sameSite(Optional.of("None; Partitioned"), true));
    }
}
