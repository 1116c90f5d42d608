package com.kamplanner.security;

import static com.kamplanner.security.SecurityEventType.ADDRESS_BLOCKED;
import static com.kamplanner.security.SecurityEventType.BLOCK_LIFTED;
import static com.kamplanner.security.SecurityEventType.LOGIN_BLOCKED;
import static com.kamplanner.security.SecurityEventType.LOGIN_REFUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.BusinessRuleException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleRulesTest {

    /** Five failures per name, three names per address, within 15 minutes; blocks of 10 minutes. */
    private static final ThrottleSettings SETTINGS = new ThrottleSettings(5, 3, 15, 600);
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void aFewFailuresOnlySlowTheNextAttempt() {
        ThrottleRules.Verdict verdict = user(refusals("emma.kam", 3, NOW.minusSeconds(60)));
        assertFalse(verdict.blocked());
        assertEquals(3, verdict.failures());
        assertFalse(ThrottleRules.startsBlock(BlockScope.USER, verdict, SETTINGS));
        assertEquals(Duration.ofMillis(600), ThrottleRules.delay(verdict.failures()));
    }

    @Test
    void theDelayGrowsWithFailuresUpToASecond() {
        assertEquals(Duration.ZERO, ThrottleRules.delay(0));
        assertEquals(Duration.ofMillis(200), ThrottleRules.delay(1));
        assertEquals(Duration.ofSeconds(1), ThrottleRules.delay(20));
    }

    @Test
    void theFailureThatReachesTheThresholdStartsABlock() {
        ThrottleRules.Verdict verdict = user(refusals("emma.kam", 5, NOW.minusSeconds(60)));
        assertTrue(ThrottleRules.startsBlock(BlockScope.USER, verdict, SETTINGS));
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        ThrottleRules.Verdict verdict = user(refusals("emma.kam", 5, NOW.minus(Duration.ofMinutes(16))));
        assertEquals(0, verdict.failures());
        assertFalse(ThrottleRules.startsBlock(BlockScope.USER, verdict, SETTINGS));
    }

    @Test
    void aBlockHoldsForItsLengthThenTheSlateIsClean() {
        List<ThrottleRules.Event> events = new ArrayList<>(refusals("emma.kam", 5, NOW.minusSeconds(120)));
        events.add(event(LOGIN_BLOCKED, "emma.kam", NOW.minusSeconds(115)));
        assertEquals(NOW.minusSeconds(115).plusSeconds(600), user(events).blockedUntil());

        ThrottleRules.Verdict after = ThrottleRules.judge(BlockScope.USER, events, SETTINGS, NOW.plusSeconds(600));
        assertFalse(after.blocked(), "the block ran out");
        assertEquals(0, after.failures(), "failures before the block's end no longer count");
    }

    @Test
    void aLiftedBlockNoLongerHoldsAndItsFailuresAreForgotten() {
        List<ThrottleRules.Event> events = new ArrayList<>(refusals("emma.kam", 5, NOW.minusSeconds(120)));
        events.add(event(LOGIN_BLOCKED, "emma.kam", NOW.minusSeconds(115)));
        events.add(event(BLOCK_LIFTED, "emma.kam", NOW.minusSeconds(30)));
        events.add(event(LOGIN_REFUSED, "emma.kam", NOW.minusSeconds(10)));
        ThrottleRules.Verdict verdict = user(events);
        assertFalse(verdict.blocked());
        assertEquals(1, verdict.failures(), "only the failure after the lift counts");
    }

    @Test
    void anAddressCountsDistinctUserNamesNotAttempts() {
        List<ThrottleRules.Event> oneName = refusals("emma.kam", 8, NOW.minusSeconds(60));
        ThrottleRules.Verdict hammering = ThrottleRules.judge(BlockScope.ADDRESS, oneName, SETTINGS, NOW);
        assertEquals(1, hammering.failures(), "one person's typos do not block their colleagues' shared address");

        List<ThrottleRules.Event> spraying = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            spraying.add(event(LOGIN_REFUSED, name, NOW.minusSeconds(30)));
        }
        ThrottleRules.Verdict verdict = ThrottleRules.judge(BlockScope.ADDRESS, spraying, SETTINGS, NOW);
        assertTrue(ThrottleRules.startsBlock(BlockScope.ADDRESS, verdict, SETTINGS));
    }

    @Test
    void anAddressBlockIsNotAUserNameBlock() {
        List<ThrottleRules.Event> events = List.of(event(ADDRESS_BLOCKED, null, NOW.minusSeconds(10)));
        assertTrue(ThrottleRules.judge(BlockScope.ADDRESS, events, SETTINGS, NOW).blocked());
        assertFalse(user(events).blocked());
    }

    @Test
    void theStricterVerdictWinsAndKeepsTheUserNamesFailures() {
        ThrottleRules.Verdict user = new ThrottleRules.Verdict(null, 2);
        ThrottleRules.Verdict address = new ThrottleRules.Verdict(NOW.plusSeconds(60), 0);
        ThrottleRules.Verdict both = user.and(address);
        assertEquals(NOW.plusSeconds(60), both.blockedUntil());
        assertEquals(2, both.failures());
        assertEquals(NOW.plusSeconds(90), new ThrottleRules.Verdict(NOW.plusSeconds(90), 0).and(address)
                .blockedUntil());
        assertNull(user.and(ThrottleRules.Verdict.CLEAR).blockedUntil());
    }

    @Test
    void eventsAreReadOneWindowAndOneBlockBack() {
        assertEquals(NOW.minus(Duration.ofMinutes(15)).minusSeconds(600), ThrottleRules.lookBack(SETTINGS, NOW));
    }

    @Test
    void settingsOutsideTheirBoundsAreRefused() {
        assertEquals(SETTINGS, SETTINGS.checked());
        assertThrows(BusinessRuleException.class, () -> new ThrottleSettings(1, 30, 15, 900).checked());
        assertThrows(BusinessRuleException.class, () -> new ThrottleSettings(10, 30, 0, 900).checked());
        assertThrows(BusinessRuleException.class, () -> new ThrottleSettings(10, 30, 15, 2).checked());
        assertEquals(10, ThrottleSettings.DEFAULTS.threshold(BlockScope.USER));
        assertEquals(30, ThrottleSettings.DEFAULTS.threshold(BlockScope.ADDRESS));
    }

    private static ThrottleRules.Verdict user(List<ThrottleRules.Event> events) {
        return ThrottleRules.judge(BlockScope.USER, events, SETTINGS, NOW);
    }

    private static List<ThrottleRules.Event> refusals(String username, int count, Instant from) {
        List<ThrottleRules.Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(LOGIN_REFUSED, username, from.plusSeconds(i)));
        }
        return events;
    }

    private static ThrottleRules.Event event(SecurityEventType type, String username, Instant at) {
        return new ThrottleRules.Event(type, username, at);
    }
}
