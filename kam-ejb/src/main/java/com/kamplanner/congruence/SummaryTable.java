package com.kamplanner.congruence;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The statements on {@code congruence_summary}, in the caller's transaction. Plain SQL, as for the job leases: no
 * entity, so no node's shared cache can serve another node's old counts. Identical on H2 and PostgreSQL.
 */
final class SummaryTable {

    /** One rule's stored count. */
    record Row(long lines, Instant countedAt, Instant staleSince) {
    }

    private SummaryTable() {
    }

    /** The stored rows, by rule; a rule never counted (or unknown to this version) is absent. */
    static Map<CongruenceRule, Row> read(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select rule_name, line_count, computed_at, stale_since from congruence_summary").getResultList();
        Map<CongruenceRule, Row> byRule = new EnumMap<>(CongruenceRule.class);
        for (Object[] row : rows) {
            CongruenceRule rule = CongruenceRule.parse((String) row[0]);
            if (rule != null) {
                byRule.put(rule, new Row(((Number) row[1]).longValue(), instant(row[2]), instant(row[3])));
            }
        }
        return byRule;
    }

    /**
     * Stores the counts made from {@code startedAt} on, as counted then. A stale mark made before that moment is cleared (the count
     * saw its write, committed before the mark); one made since stays, so the next refresh counts again.
     */
    static void write(EntityManager em, Map<CongruenceRule, Long> counts, Instant startedAt) {
        for (Map.Entry<CongruenceRule, Long> count : counts.entrySet()) {
            int updated = em.createNativeQuery("update congruence_summary set line_count = ?1, computed_at = ?2, "
                            + "stale_since = case when stale_since <= cast(?3 as timestamp) then null "
                            + "else stale_since end where rule_name = ?4")
                    .setParameter(1, count.getValue()).setParameter(2, utc(startedAt))
                    .setParameter(3, utc(startedAt)).setParameter(4, count.getKey().name()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into congruence_summary (rule_name, line_count, computed_at) "
                                + "values (?1, ?2, ?3)")
                        .setParameter(1, count.getKey().name()).setParameter(2, count.getValue())
                        .setParameter(3, utc(startedAt)).executeUpdate();
            }
        }
    }

    /** When the oldest rule was counted; null when some rule never was. */
    static Instant countedAt(Map<CongruenceRule, Row> rows) {
        return SummaryRules.incomplete(rows) ? null
                : rows.values().stream().map(Row::countedAt).min(Instant::compareTo).orElse(null);
    }

    /** The latest stale mark left after the last count, or null. */
    static Instant staleSince(Map<CongruenceRule, Row> rows) {
        return rows.values().stream().map(Row::staleSince).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
    }

    /** Marks every rule stale as of {@code at} (the latest mark wins). */
    static void markStale(EntityManager em, Instant at) {
        em.createNativeQuery("update congruence_summary set stale_since = ?1").setParameter(1, utc(at))
                .executeUpdate();
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime utc = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return utc.toInstant(ZoneOffset.UTC);
    }
}
