package com.kamplanner.improvement;

import com.kamplanner.plan.ReviewCadence;
import com.kamplanner.segmentation.SegmentSetting;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Counts the programme's figures in the database, one set-based statement each, whatever the portfolio's size.
 * The definitions follow the modules that own them: a plan is stale as {@code plan.ReviewCadence} says (its
 * segment's review frequency after its last approval, after its creation when never approved; a year without a
 * segment), and an action plan is late as {@code plan.FollowUpStatus.effective} says (past its due date while its
 * latest follow-up status, or its strategy status when never followed up, is neither done nor cancelled).
 * Not role-checked: callers are the role-checked review service and the nightly recording.
 */
@Stateless
public class FigureCount {

    static final String KEY_ACCOUNTS = "select count(*) from account a where a.key_account = true";

    static final String COVERED = KEY_ACCOUNTS + " and a.kam_id is not null";

    static final String COMPLIANT = KEY_ACCOUNTS + " and exists (select 1 from key_account_plan p"
            + " join plan_version v on v.plan_id = p.id where p.account_id = a.id and v.status = 'APPROVED')";

    /** Key accounts of one segment whose plan's last approval (or creation) is on or after the cut-off. */
    static final String FRESH = "select count(*) from account a join key_account_plan p on p.account_id = a.id"
            + " where a.key_account = true and %s and coalesce((select max(v.approved_at) from plan_version v"
            + " where v.plan_id = p.id and v.approved_at is not null), p.created_at) >= ?1";

    static final String LATE = "select count(*) from action_plan ap"
            + " join action_programme pr on pr.id = ap.programme_id"
            + " join strategy st on st.id = pr.strategy_id"
            + " join account a on a.id = st.account_id"
            + " where a.key_account = true and ap.dormant = false and ap.due_date < ?1"
            + " and not exists (select 1 from action_plan_update u where u.action_plan_id = ap.id"
            + "   and u.status in ('DONE', 'CANCELLED') and not exists (select 1 from action_plan_update l"
            + "     where l.action_plan_id = ap.id and (l.at_time > u.at_time or (l.at_time = u.at_time and l.id > u.id))))"
            + " and (exists (select 1 from action_plan_update u where u.action_plan_id = ap.id)"
            + "   or ap.status not in ('DONE', 'CANCELLED'))";

    @PersistenceContext
    EntityManager em;

    public ProgrammeFigures on(LocalDate today) {
        return new ProgrammeFigures(count(KEY_ACCOUNTS), count(COVERED), count(COMPLIANT), fresh(today),
                late(today));
    }

    /** Segment by segment, each with its own review frequency; accounts without a segment once a year. */
    private long fresh(LocalDate today) {
        long fresh = ((Number) em.createNativeQuery(FRESH.formatted("a.segment is null"))
                .setParameter(1, cutOff(today, ReviewCadence.DEFAULT_MONTHS)).getSingleResult()).longValue();
        for (SegmentSetting setting : em.createQuery("select s from SegmentSetting s", SegmentSetting.class)
                .getResultList()) {
            fresh += ((Number) em.createNativeQuery(FRESH.formatted("a.segment = ?2"))
                    .setParameter(1, cutOff(today, setting.getReviewFrequencyMonths()))
                    .setParameter(2, setting.getSegment().name()).getSingleResult()).longValue();
        }
        return fresh;
    }

    private long late(LocalDate today) {
        return ((Number) em.createNativeQuery(LATE).setParameter(1, Date.valueOf(today)).getSingleResult())
                .longValue();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** A plan approved at this instant or later is not stale today: {@code ReviewCadence.isStale} in reverse. */
    static Timestamp cutOff(LocalDate today, int months) {
        months = months > 0 ? months : ReviewCadence.DEFAULT_MONTHS;
        return Timestamp.valueOf(today.minusMonths(months).atStartOfDay());
    }
}
