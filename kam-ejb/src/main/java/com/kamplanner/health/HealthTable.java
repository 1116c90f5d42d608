package com.kamplanner.health;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements on the stored health, in the caller's transaction. Plain SQL, as for the congruence summary: no
 * entity, so no node's shared cache serves another node's old scores. Rows are written many to a statement (numbers
 * only, never text from a request), so that 10,000 accounts cost a few dozen statements. Identical on H2 and
 * PostgreSQL.
 */
final class HealthTable {

    /** Rows per insert statement. */
    private static final int CHUNK = 400;

    private HealthTable() {
    }

    /** Replaces every stored score and component with {@code scores}; returns the scores stored before, by account. */
    static Map<Long, Integer> replace(EntityManager em, Collection<AccountScore> scores, Instant at) {
        Map<Long, Integer> before = new HashMap<>();
        for (Object row : em.createNativeQuery("select account_id, score from account_health").getResultList()) {
            Object[] cells = (Object[]) row;
            before.put(((Number) cells[0]).longValue(), cells[1] == null ? null : ((Number) cells[1]).intValue());
        }
        em.createNativeQuery("delete from account_health_component").executeUpdate();
        em.createNativeQuery("delete from account_health").executeUpdate();
        List<String> scoreRows = new ArrayList<>();
        List<String> componentRows = new ArrayList<>();
        for (AccountScore score : scores) {
            scoreRows.add("(" + score.accountId() + ", " + literal(score.score()) + ", ?1)");
            for (ComponentValue c : score.components()) {
                componentRows.add("(" + score.accountId() + ", '" + c.getComponent().name() + "', "
                        + literal(c.getValue()) + ", " + c.getWeight() + ", " + literal(c.getFactA()) + ", "
                        + literal(c.getFactB()) + ", " + literal(c.getFactC()) + ")");
            }
        }
        insert(em, "insert into account_health (account_id, score, computed_at) values ", scoreRows, utc(at));
        insert(em, "insert into account_health_component (account_id, component, score, weight, fact_a, fact_b, "
                + "fact_c) values ", componentRows, null);
        return before;
    }

    /** Keeps every account's current score as its score of the month starting {@code monthStart} (replacing it). */
    static int snapshot(EntityManager em, LocalDate monthStart) {
        em.createNativeQuery("delete from account_health_month where month_start = ?1")
                .setParameter(1, Date.valueOf(monthStart)).executeUpdate();
        return em.createNativeQuery("insert into account_health_month (account_id, month_start, score) "
                        + "select account_id, cast(?1 as date), score from account_health")
                .setParameter(1, Date.valueOf(monthStart)).executeUpdate();
    }

    /** One account's stored score and components, in one statement; null when it has none. */
    static AccountScore read(EntityManager em, long accountId) {
        List<?> rows = em.createNativeQuery("select h.score, c.component, c.score, c.weight, c.fact_a, c.fact_b, "
                + "c.fact_c from account_health h left join account_health_component c on c.account_id = h.account_id "
                + "where h.account_id = ?1").setParameter(1, accountId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        List<ComponentValue> components = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            HealthComponent component = c[1] == null ? null : HealthComponent.parse((String) c[1]);
            if (component != null) {
                components.add(new ComponentValue(component, integer(c[2]), integer(c[3]), integer(c[4]),
                        integer(c[5]), integer(c[6])));
            }
        }
        components.sort(java.util.Comparator.comparing(ComponentValue::getComponent));
        return new AccountScore(accountId, integer(((Object[]) rows.get(0))[0]), components);
    }

    /** One account's monthly scores from {@code from} on, by month start. */
    static Map<LocalDate, Integer> months(EntityManager em, long accountId, LocalDate from) {
        Map<LocalDate, Integer> months = new HashMap<>();
        for (Object row : em.createNativeQuery("select month_start, score from account_health_month "
                + "where account_id = ?1 and month_start >= ?2").setParameter(1, accountId)
                .setParameter(2, Date.valueOf(from)).getResultList()) {
            Object[] c = (Object[]) row;
            months.put(HealthStatements.date(c[0]), integer(c[1]));
        }
        return months;
    }

    /** When the scores were last computed, and since when a write made them stale (either may be null). */
    static Instant[] state(EntityManager em) {
        Object[] row = (Object[]) em.createNativeQuery("select computed_at, stale_since from health_refresh where id = 1")
                .getSingleResult();
        return new Instant[] {instant(row[0]), instant(row[1])};
    }

    /** Records a computation started at {@code startedAt}; a stale mark made since stays, for the next refresh. */
    static void computed(EntityManager em, Instant startedAt) {
        em.createNativeQuery("update health_refresh set computed_at = ?1, stale_since = case when stale_since "
                        + "<= cast(?1 as timestamp) then null else stale_since end where id = 1")
                .setParameter(1, utc(startedAt)).executeUpdate();
    }

    static void markStale(EntityManager em, Instant at) {
        em.createNativeQuery("update health_refresh set stale_since = ?1 where id = 1").setParameter(1, utc(at))
                .executeUpdate();
    }

    private static void insert(EntityManager em, String head, List<String> rows, Timestamp at) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            String values = String.join(", ", rows.subList(from, Math.min(rows.size(), from + CHUNK)));
            var query = em.createNativeQuery(head + values);
            if (at != null) {
                query.setParameter(1, at);
            }
            query.executeUpdate();
        }
    }

    private static String literal(Integer value) {
        return value == null ? "null" : Integer.toString(value);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
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
