package com.kamplanner.health;

import com.kamplanner.account.RelationshipStage;
import com.kamplanner.congruence.ComplianceStatements;
import com.kamplanner.plan.FollowUpStatus;
import com.kamplanner.plan.ReviewCadence;
import com.kamplanner.situation.StakeholderFlags;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.ComplianceRules;
import com.kamplanner.strategy.StrategyTemplates;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of every key account's health, read set-based: four statements whatever the size of the portfolio
 * (accounts with their plan, documents and sponsor; stakeholders that matter; action plans; measured strategic
 * objectives), never one per account. The notions are those of the modules that own them: document compliance is
 * {@link ComplianceStatements}' SQL, a late action plan is {@link FollowUpStatus#effective}, a plan's base date is
 * that of {@code ReviewCadence} and the congruence rule {@code PLAN_STALE}, the contacts that matter are those of
 * {@code CoverageRules}. Kept apart from the EJB so that tests run it on a migrated H2.
 */
public final class HealthStatements {

    /** The key accounts with their plan, documents and sponsor; strategies measured against their segment's template. */
    private static String accounts(ComplianceRules rules) {
        return "select a.id, a.segment, a.kam_id, a.sponsor_id, a.current_stage, "
            + "a.target_stage, ss.review_frequency_months, ss.sponsor_required, ss.sponsor_meeting_months, "
            + "(select coalesce(max(v.approved_at), min(p.created_at)) from key_account_plan p left join plan_version v "
            + "on v.plan_id = p.id and v.approved_at is not null where p.account_id = a.id), "
            + "(select max(m.meeting_date) from sponsor_meeting m where m.account_id = a.id), "
            + "case when " + ComplianceStatements.DATABASE_MET + " then 1 else 0 end "
            + "+ case when " + ComplianceStatements.strategyMet(rules) + " then 1 else 0 end "
            + "+ case when " + ComplianceStatements.PLAN_MET + " then 1 else 0 end "
            + "from account a left join segment_setting ss on ss.segment = a.segment "
            + "left join database_requirement dr on dr.segment = a.segment "
            + "left join ka_database d on d.account_id = a.id left join strategy s on s.account_id = a.id "
            + "where a.key_account = true order by a.id";
    }

    /** The decision makers and influential stakeholders, and those who support us and were met recently. */
    private static final String STAKEHOLDERS = "select st.account_id, count(*), sum(case when st.attitude = 'SUPPORTER' "
            + "and (st.last_contact >= ?1 or exists (select 1 from stakeholder_relationship r where r.stakeholder_id = st.id "
            + "and r.strength <> 'NONE' and r.last_contact >= ?1)) then 1 else 0 end) from stakeholder st "
            + "join account a on a.id = st.account_id where a.key_account = true "
            + "and (st.decision_role = 'DECISION_MAKER' or st.influence >= " + StakeholderFlags.INFLUENTIAL + ") "
            + "group by st.account_id";

    /** Each action plan but a contingency's dormant ones (never late, not yet running): its recorded follow-up status (its strategy status when never followed up), dates, progress. */
    private static final String ACTION_PLANS = "select st.account_id, ap.follow_up_status, ap.status, ap.start_date, "
            + "ap.due_date, (select max(u.progress) from action_plan_update u where u.action_plan_id = ap.id "
            + "and u.at_time = (select max(l.at_time) from action_plan_update l where l.action_plan_id = ap.id)) "
            + "from action_plan ap join action_programme pr on pr.id = ap.programme_id "
            + "join strategy st on st.id = pr.strategy_id join account a on a.id = st.account_id "
            + "where a.key_account = true and ap.dormant = false";

    /** Each measured strategic objective with its latest actual (and its first, when it has no start date). */
    private static final String OBJECTIVES = "select st.account_id, o.indicator_baseline, o.indicator_target, "
            + "coalesce(o.start_date, (select min(f.period_end) from indicator_actual f where f.objective_id = o.id)), "
            + "o.indicator_target_date, ia.actual_value, ia.period_end from objective o "
            + "join strategy st on st.id = o.strategy_id join account a on a.id = st.account_id "
            + "join indicator_actual ia on ia.objective_id = o.id and ia.period_end = (select max(x.period_end) "
            + "from indicator_actual x where x.objective_id = o.id) "
            + "where a.key_account = true and o.objective_level = 'STRATEGIC' and o.indicator_baseline is not null "
            + "and o.indicator_target is not null and o.indicator_target_date is not null";

    private HealthStatements() {
    }

    /**
     * The facts of every key account, by account id.
     *
     * @param freshnessDays the programme's stakeholder-freshness setting
     */
    public static Map<Long, HealthFacts> read(EntityManager em, LocalDate today, int freshnessDays) {
        Map<Long, HealthFacts> facts = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery(accounts(StrategyTemplates.rules(em))).getResultList())) {
            long id = number(r[0]).longValue();
            Quadrant segment = r[1] == null ? null : Quadrant.valueOf((String) r[1]);
            int months = r[6] == null ? ReviewCadence.DEFAULT_MONTHS : number(r[6]).intValue();
            facts.put(id, new HealthFacts(id).segment(segment, months).kam(r[2] == null ? null : number(r[2]).longValue())
                    .stages(stage(r[4]), stage(r[5])).planBase(date(r[9]))
                    .sponsor(bool(r[7]), r[8] == null ? null : number(r[8]).intValue(), r[3] != null, date(r[10]))
                    .documentsMet(number(r[11]).intValue()).stakeholders(0, 0, freshnessDays));
        }
        for (Object[] r : rows(em.createNativeQuery(STAKEHOLDERS).setParameter(1, Date.valueOf(today.minusDays(freshnessDays)))
                .getResultList())) {
            HealthFacts f = facts.get(number(r[0]).longValue());
            if (f != null) {
                f.stakeholders(number(r[1]).intValue(), number(r[2]).intValue(), freshnessDays);
            }
        }
        for (Object[] r : rows(em.createNativeQuery(ACTION_PLANS).getResultList())) {
            HealthFacts f = facts.get(number(r[0]).longValue());
            if (f != null) {
                actionPlan(f, (String) r[1], (String) r[2], date(r[3]), date(r[4]),
                        r[5] == null ? null : number(r[5]).intValue(), today);
            }
        }
        for (Object[] r : rows(em.createNativeQuery(OBJECTIVES).getResultList())) {
            HealthFacts f = facts.get(number(r[0]).longValue());
            LocalDate start = date(r[3]);
            if (f != null && start != null) {
                f.objective(HealthRules.onTrack(decimal(r[1]), decimal(r[2]), start, date(r[4]), decimal(r[5]),
                        date(r[6])));
            }
        }
        return facts;
    }

    /**
     * Counts one action plan: cancelled ones not at all; a plan is late as {@link FollowUpStatus#effective} says,
     * from its follow-up status, or from its strategy status when never followed up (as {@code FigureCount}).
     */
    static void actionPlan(HealthFacts f, String followUp, String strategyStatus, LocalDate start, LocalDate due,
                           Integer progress, LocalDate today) {
        FollowUpStatus recorded = followUp != null ? FollowUpStatus.valueOf(followUp)
                : "DONE".equals(strategyStatus) ? FollowUpStatus.DONE
                : "CANCELLED".equals(strategyStatus) ? FollowUpStatus.CANCELLED : null;
        FollowUpStatus status = FollowUpStatus.effective(recorded, due, today);
        if (status == FollowUpStatus.CANCELLED) {
            return;
        }
        f.actionPlans(f.actionPlans + 1, f.actionPlansLate + (status == FollowUpStatus.LATE ? 1 : 0));
        if (!status.isClosed() && progress != null) {
            f.progress(progress, start, due, today);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> rows) {
        return (List<Object[]>) rows;
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static RelationshipStage stage(Object value) {
        return value == null ? null : RelationshipStage.valueOf((String) value);
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        return (LocalDate) value;
    }
}
