package com.kamplanner.congruence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.audit.AuditAction;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryRulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOON = Instant.parse("2026-12-05T11:00:00Z");

    @Test
    void aFreshUnmarkedSummaryIsReadAsItStands() {
        assertFalse(SummaryRules.due(NOON.minusSeconds(60), null, NOON, PARIS));
        assertFalse(SummaryRules.due(NOON.minus(SummaryRules.MAX_AGE).plusSeconds(1), null, NOON, PARIS));
    }

    @Test
    void aSummaryNeverCountedIsDue() {
        assertTrue(SummaryRules.due(null, null, NOON, PARIS));
    }

    @Test
    void aWriteThatMarkedItStaleMakesItDueHoweverRecent() {
        assertTrue(SummaryRules.due(NOON.minusSeconds(5), NOON.minusSeconds(1), NOON, PARIS));
    }

    @Test
    void timeAloneMakesItDueAfterTheMaximumAge() {
        assertTrue(SummaryRules.due(NOON.minus(SummaryRules.MAX_AGE), null, NOON, PARIS));
    }

    @Test
    void aCountOfYesterdayIsDueAtTheFirstTickOfTheDayInTheServersZone() {
        Instant justAfterMidnightInParis = Instant.parse("2026-12-05T23:01:00Z");
        assertTrue(SummaryRules.due(justAfterMidnightInParis.minusSeconds(120), null, justAfterMidnightInParis,
                PARIS), "counted at 23:59 Paris time, read at 00:01");
        assertFalse(SummaryRules.due(justAfterMidnightInParis.minusSeconds(120), null, justAfterMidnightInParis,
                ZoneOffset.UTC), "the same moments fall on one day in UTC");
    }

    @Test
    void writesThatMoveARuleMarkItStaleAndExportsOrTokensDoNot() {
        for (AuditAction changes : new AuditAction[] {AuditAction.ACCOUNT_KAM_ASSIGNED, AuditAction.PLAN_SUBMITTED,
                AuditAction.PLAN_APPROVED, AuditAction.TEAM_MEMBER_ADDED, AuditAction.ACCOUNT_SPONSOR_SET,
                AuditAction.PROGRAMME_CAPACITY_CHANGED, AuditAction.SEGMENT_SETTINGS_CHANGED,
                AuditAction.COMPETENCY_VALIDATED, AuditAction.SITUATION_SAVE, AuditAction.USER_ROLES_CHANGED}) {
            assertTrue(SummaryRules.changesARule(changes), changes.name());
        }
        for (AuditAction neutral : AuditAction.values()) {
            if (neutral.name().endsWith("_EXPORTED")) {
                assertFalse(SummaryRules.changesARule(neutral), neutral.name());
            }
        }
        assertFalse(SummaryRules.changesARule(AuditAction.API_TOKEN_CREATED));
        assertFalse(SummaryRules.changesARule(AuditAction.PLAN_ACTION_PLAN_UPDATED));
    }

    @Test
    void aSummaryMissingARuleIsIncomplete() {
        Map<CongruenceRule, Long> rows = new EnumMap<>(CongruenceRule.class);
        assertTrue(SummaryRules.incomplete(rows));
        for (CongruenceRule rule : CongruenceRule.values()) {
            rows.put(rule, 0L);
        }
        assertFalse(SummaryRules.incomplete(rows));
        rows.remove(CongruenceRule.PLAN_STALE);
        assertTrue(SummaryRules.incomplete(rows), "a rule added by a newer version is counted before it is shown");
    }
}
