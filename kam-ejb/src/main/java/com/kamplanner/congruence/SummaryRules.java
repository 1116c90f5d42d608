package com.kamplanner.congruence;

import com.kamplanner.audit.AuditAction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * When the congruence summary must be counted again. It is read as it stands (the home page) unless a rule has
 * never been counted; the scheduled refresh counts again when a write may have changed a rule (the summary is
 * marked stale), when the summary is older than {@link #MAX_AGE} (lines that change with time alone: a plan
 * becoming stale, a section ageing), or when it was counted on an earlier day.
 */
public final class SummaryRules {

    /** The oldest a summary may be before the scheduled refresh counts again, changes or not. */
    public static final Duration MAX_AGE = Duration.ofMinutes(15);

    /**
     * Audited actions that change no rule's lines: exports, tokens, feeds, passwords, conflicts, investments,
     * improvement notes, best practices, priorities, action-plan follow-up, campaigns and sponsor meetings. Every
     * other audited action marks the summary stale: a needless refresh costs one count, a missed one a wrong figure.
     */
    private static final Set<AuditAction> NEUTRAL = EnumSet.of(AuditAction.ACCOUNT_IMPORT_REFUSED,
            AuditAction.API_TOKEN_CREATED, AuditAction.API_TOKEN_REVOKED, AuditAction.CALENDAR_FEED_CREATED,
            AuditAction.CALENDAR_FEED_REVOKED, AuditAction.COMPETENCY_ACTION_ADDED,
            AuditAction.COMPETENCY_ACTION_STATUS, AuditAction.COMPETENCY_CAMPAIGN_OPENED,
            AuditAction.COMPETENCY_CAMPAIGN_CLOSED, AuditAction.COMPETENCY_SELF_ASSESSED, AuditAction.CONFLICT_EDIT,
            AuditAction.CONFLICT_OPEN, AuditAction.CONFLICT_STATUS, AuditAction.IMPROVEMENT_ADDED,
            AuditAction.IMPROVEMENT_DELETED, AuditAction.IMPROVEMENT_UPDATED, AuditAction.INVESTMENT_APPROVED,
            AuditAction.INVESTMENT_EDITED, AuditAction.INVESTMENT_PROPOSED, AuditAction.INVESTMENT_REMOVED,
            AuditAction.INVESTMENT_REOPENED, AuditAction.PLAN_ACTION_PLAN_COMMENTED,
            AuditAction.PLAN_ACTION_PLAN_UPDATED, AuditAction.PLAN_ACTUAL_RECORDED, AuditAction.PRACTICE_MARK,
            AuditAction.PRACTICE_UNMARK, AuditAction.PRIORITY_ADDED, AuditAction.PRIORITY_DELETED,
            AuditAction.PRIORITY_LINKED, AuditAction.PRIORITY_REINSTATED, AuditAction.PRIORITY_RETIRED,
            AuditAction.PRIORITY_SAVED, AuditAction.PROGRAMME_FRESHNESS_CHANGED,
            AuditAction.PROGRAMME_THROTTLING_CHANGED, AuditAction.SECURITY_BLOCK_LIFTED,
            AuditAction.SPONSORSHIP_MEETING_LOGGED, AuditAction.USER_PASSWORD_RESET);

    private SummaryRules() {
    }

    /** True when a write audited as {@code action} may change a rule's lines. */
    public static boolean changesARule(AuditAction action) {
        return !NEUTRAL.contains(action) && !action.name().endsWith("_EXPORTED");
    }

    /** True when some rule has no count yet: the summary must be counted before anyone reads it. */
    public static boolean incomplete(Map<CongruenceRule, ?> rows) {
        return !rows.keySet().containsAll(EnumSet.allOf(CongruenceRule.class));
    }

    /**
     * True when the scheduled refresh must count again at {@code now}.
     *
     * @param countedAt  when the oldest rule was counted; null if some rule never was
     * @param staleSince when a write last marked the summary stale after its count; null if none did
     */
    public static boolean due(Instant countedAt, Instant staleSince, Instant now, ZoneId zone) {
        return countedAt == null || staleSince != null || !countedAt.plus(MAX_AGE).isAfter(now)
                || countedAt.atZone(zone).toLocalDate().isBefore(now.atZone(zone).toLocalDate());
    }
}
