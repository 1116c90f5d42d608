package com.kamplanner.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one Content-Security-Policy a response carries, and PrimeFaces' nonce folded into it (issue 16, section 3). */
class SecurityHeadersFilterTest {

    private static final String NONCE = "ZjJmMjE0YjctZDA4Yy00YzRjLWI2ZTEtNDM4YjBhYjA3ZmQ2";

    @Test
    void theNonceOfPrimeFacesHeaderIsFound() {
        assertEquals(NONCE, SecurityHeadersFilter.nonceIn("script-src 'self' 'nonce-" + NONCE + "';"));
    }

    @Test
    void aHeaderWithoutNonceGivesNone() {
        assertNull(SecurityHeadersFilter.nonceIn("script-src 'self'"));
        assertNull(SecurityHeadersFilter.nonceIn(null));
    }

    @Test
    void aHeaderCannotSmuggleADirectiveThroughTheNonce() {
        assertNull(SecurityHeadersFilter.nonceIn("script-src 'nonce-a; script-src *'"));
    }

    @Test
    void scriptsNeedThisOriginOrTheNonceAndNothingUnsafe() {
        String policy = SecurityHeadersFilter.policy(NONCE, "'none'");
        assertTrue(policy.contains("script-src 'self' 'nonce-" + NONCE + "'; "), policy);
        String scripts = policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));
        assertFalse(scripts.contains("unsafe"), scripts);
        assertTrue(policy.startsWith("default-src 'self'; "), policy);
        assertTrue(policy.endsWith("; frame-ancestors 'none'"), "the framing directive stays last: " + policy);
    }

    @Test
    void aResponsePrimeFacesDoesNotRenderAllowsOnlyThisOriginsScripts() {
        String policy = SecurityHeadersFilter.policy(null, "https://portal.example.test");
        assertTrue(policy.contains("script-src 'self'; "), policy);
        assertFalse(policy.contains("nonce"), policy);
        assertTrue(policy.endsWith("frame-ancestors https://portal.example.test"), policy);
    }
}
