package com.kamplanner.culture;

import com.kamplanner.account.RelationshipStage;
import com.kamplanner.plan.ReviewCadence;
import com.kamplanner.segmentation.SegmentSetting;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.Objective;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The achievements the accounts' own records show, found by query so that a recognition cannot be invented: the
 * strategic objectives whose indicator reached its target, the plan versions approved on time, the stage changes
 * that moved a relationship up, the contingencies that fired and were acknowledged ({@link CultureRules} says what
 * each means). One statement per kind, plus the
 * segments' cadences and what is already recognised. Not role-checked: {@link Recognitions} is, and calls it.
 */
@Stateless
public class Achievements {

    /** The most the recognition form offers, newest first. */
    static final int MAX = 300;

    @PersistenceContext
    EntityManager em;

    /** Every achievement not yet recognised, newest first, at most {@value #MAX}. */
    public List<Achievement> open() {
        Set<String> recognised = new HashSet<>();
        for (Object[] r : em.createQuery("select r.achievement, r.evidenceId from Recognition r", Object[].class)
                .getResultList()) {
            recognised.add(r[0] + ":" + r[1]);
        }
        List<Achievement> found = new ArrayList<>();
        found.addAll(objectivesReached(null));
        found.addAll(plansApprovedOnTime(null));
        found.addAll(stagesMovedUp(null));
        found.addAll(contingenciesHandled(null));
        return found.stream().filter(a -> !recognised.contains(a.key()))
                .sorted(Comparator.comparing(Achievement::achievedOn).reversed()
                        .thenComparing(Achievement::accountName))
                .limit(MAX).toList();
    }

    /** The one achievement this evidence shows, if it shows one (recognised or not). */
    public Optional<Achievement> find(AchievementKind kind, long evidenceId) {
        List<Achievement> found = switch (kind) {
            case OBJECTIVE_REACHED -> objectivesReached(evidenceId);
            case PLAN_APPROVED_ON_TIME -> plansApprovedOnTime(evidenceId);
            case STAGE_MOVED_UP -> stagesMovedUp(evidenceId);
            case CONTINGENCY_HANDLED -> contingenciesHandled(evidenceId);
        };
        return found.stream().findFirst();
    }

    private List<Achievement> objectivesReached(Long only) {
        TypedQuery<Object[]> query = em.createQuery("select o.id, a.id, a.name, o.title, o.indicator.baseline, "
                + "o.indicator.target, x.periodEnd, x.value from IndicatorActual x join x.objective o "
                + "join o.strategy s join s.account a where o.level = :strategic and o.indicator.target is not null"
                + (only == null ? "" : " and o.id = :only") + " order by o.id, x.periodEnd", Object[].class)
                .setParameter("strategic", Objective.Level.STRATEGIC);
        if (only != null) {
            query.setParameter("only", only);
        }
        Map<Long, List<Object[]>> byObjective = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            byObjective.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(row);
        }
        List<Achievement> found = new ArrayList<>();
        byObjective.forEach((id, rows) -> {
            Object[] first = rows.get(0);
            Map<LocalDate, BigDecimal> actuals = new TreeMap<>();
            rows.forEach(r -> actuals.put((LocalDate) r[6], (BigDecimal) r[7]));
            LocalDate reached = CultureRules.reachedOn((BigDecimal) first[4], (BigDecimal) first[5], actuals);
            if (reached != null) {
                found.add(new Achievement(AchievementKind.OBJECTIVE_REACHED, id, (Long) first[1], (String) first[2],
                        (String) first[3], null, null, null, null, reached));
            }
        });
        return found;
    }

    private List<Achievement> plansApprovedOnTime(Long only) {
        Map<Quadrant, Integer> months = new EnumMap<>(Quadrant.class);
        em.createQuery("select s from SegmentSetting s", SegmentSetting.class).getResultList()
                .forEach(s -> months.put(s.getSegment(), s.getReviewFrequencyMonths()));
        TypedQuery<Object[]> query = em.createQuery("select v.id, a.id, a.name, v.number, v.approvedAt, "
                + "p.createdAt, a.segment, (select max(w.approvedAt) from PlanVersion w where w.plan = p "
                + "and w.number < v.number and w.approvedAt is not null) from PlanVersion v join v.plan p "
                + "join p.account a where v.approvedAt is not null" + (only == null ? "" : " and v.id = :only"),
                Object[].class);
        if (only != null) {
            query.setParameter("only", only);
        }
        List<Achievement> found = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            LocalDate approved = day(row[4]);
            Instant previous = instant(row[7]);
            Integer frequency = row[6] == null ? null : months.get((Quadrant) row[6]);
            if (CultureRules.approvedOnTime(approved, previous == null ? null : day(previous), day(row[5]),
                    frequency == null ? ReviewCadence.DEFAULT_MONTHS : frequency)) {
                found.add(new Achievement(AchievementKind.PLAN_APPROVED_ON_TIME, (Long) row[0], (Long) row[1],
                        (String) row[2], null, (Integer) row[3], null, null, null, approved));
            }
        }
        return found;
    }

    private List<Achievement> stagesMovedUp(Long only) {
        TypedQuery<Object[]> query = em.createQuery("select c.id, a.id, a.name, c.from, c.to, c.changedAt "
                + "from StageChange c join c.account a" + (only == null ? "" : " where c.id = :only"), Object[].class);
        if (only != null) {
            query.setParameter("only", only);
        }
        List<Achievement> found = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            RelationshipStage from = (RelationshipStage) row[3];
            RelationshipStage to = (RelationshipStage) row[4];
            if (CultureRules.movedUp(from, to)) {
                found.add(new Achievement(AchievementKind.STAGE_MOVED_UP, (Long) row[0], (Long) row[1],
                        (String) row[2], null, null, from, to, null, day(row[5])));
            }
        }
        return found;
    }

    /** The contingencies that fired and were acknowledged, named by their trigger and dated by their firing. */
    private List<Achievement> contingenciesHandled(Long only) {
        TypedQuery<Object[]> query = em.createQuery("select c.id, a.id, a.name, c.trigger, c.state, c.firedAt, "
                + "c.acknowledgedAt from Contingency c join c.strategy s join s.account a where c.state = :handled"
                + (only == null ? "" : " and c.id = :only"), Object[].class)
                .setParameter("handled", Contingency.State.ACKNOWLEDGED);
        if (only != null) {
            query.setParameter("only", only);
        }
        List<Achievement> found = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            Instant fired = instant(row[5]);
            if (CultureRules.handled((Contingency.State) row[4], fired, instant(row[6]))) {
                found.add(new Achievement(AchievementKind.CONTINGENCY_HANDLED, (Long) row[0], (Long) row[1],
                        (String) row[2], null, null, null, null, (String) row[3], day(fired)));
            }
        }
        return found;
    }

    private static LocalDate day(Object value) {
        return LocalDate.ofInstant(instant(value), ZoneId.systemDefault());
    }

    /** A timestamp as the query returns it: an Instant through the converter, or the driver's own type. */
    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
