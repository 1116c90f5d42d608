package com.kamplanner.audit;

/**
 * Fired by {@link AuditTrail#record} inside the writing transaction, so that whoever keeps figures derived from
 * the records (the congruence summary) can observe the change once it has committed, without each service knowing
 * them.
 */
public record Audited(AuditAction action) {
}
