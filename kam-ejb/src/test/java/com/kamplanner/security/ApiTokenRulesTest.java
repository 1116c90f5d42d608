package com.kamplanner.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.BusinessRuleException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aTokenLivesNinetyDaysUnlessToldOneToThreeHundredSixtyFive() {
        assertEquals(NOW.plus(Duration.ofDays(90)), ApiTokenRules.expiry(NOW, null));
        assertEquals(NOW.plus(Duration.ofDays(1)), ApiTokenRules.expiry(NOW, 1));
        assertEquals(NOW.plus(Duration.ofDays(365)), ApiTokenRules.expiry(NOW, 365));
        for (int days : new int[] {0, -1, 366}) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> ApiTokenRules.expiry(NOW, days));
            assertEquals(ApiTokenRules.DAYS_OUT_OF_RANGE, refused.messageKey());
        }
    }

    @Test
    void theNameIsTrimmedAndRequiredUpToEightyCharacters() {
        assertEquals("Nightly CRM sync", ApiTokenRules.checkedName("  Nightly CRM sync "));
        assertEquals(ApiTokenRules.NAME_REQUIRED,
                assertThrows(BusinessRuleException.class, () -> ApiTokenRules.checkedName("   ")).messageKey());
        assertEquals(ApiTokenRules.NAME_REQUIRED,
                assertThrows(BusinessRuleException.class, () -> ApiTokenRules.checkedName(null)).messageKey());
        assertEquals("x".repeat(80), ApiTokenRules.checkedName("x".repeat(80)));
        assertEquals(ApiTokenRules.NAME_TOO_LONG, assertThrows(BusinessRuleException.class,
                () -> ApiTokenRules.checkedName("x".repeat(81))).messageKey());
    }

    @Test
    void aTokenStopsAtItsExpiry() {
        Instant expiry = NOW.plusSeconds(60);
        assertTrue(ApiTokenRules.current(expiry, NOW));
        assertFalse(ApiTokenRules.current(expiry, expiry));
        assertFalse(ApiTokenRules.current(expiry, expiry.plusMillis(1)));
    }

    @Test
    void itsLastUseIsWrittenAtMostOnceAMinute() {
        assertTrue(ApiTokenRules.touchDue(null, NOW), "the first use is written");
        assertFalse(ApiTokenRules.touchDue(NOW.minusSeconds(59), NOW));
        assertTrue(ApiTokenRules.touchDue(NOW.minusSeconds(60), NOW));
    }

    @Test
    void aReadOnlyTokenOnlyReads() {
        assertTrue(ApiTokenRules.allows(true, "GET"));
        assertTrue(ApiTokenRules.allows(true, "HEAD"));
        for (String write : new String[] {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
            assertFalse(ApiTokenRules.allows(true, write), write);
            assertTrue(ApiTokenRules.allows(false, write), write);
        }
    }

    @Test
    void noTokenReachesTheTokenEndpoints() {
        assertTrue(ApiTokenRules.managesTokens("/api/me/tokens"));
        assertTrue(ApiTokenRules.managesTokens("/api/me/tokens/51"));
        assertTrue(ApiTokenRules.managesTokens("/api/users/7/tokens/51"));
        assertFalse(ApiTokenRules.managesTokens("/api/me"));
        assertFalse(ApiTokenRules.managesTokens("/api/me/work"));
        assertFalse(ApiTokenRules.managesTokens("/api/users"));
        assertFalse(ApiTokenRules.managesTokens("/api/accounts/7/tokensx"));
    }
}
