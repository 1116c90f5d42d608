package com.kamplanner.health;

import com.kamplanner.plan.ReviewCadence;
import com.kamplanner.platform.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of account health, without a server: each component's value from the facts, the weighted score, and
 * what a segment's weights must satisfy. Unknown is never 0: a component with nothing to measure is null, and the
 * score is the weighted mean of the components that are known and switched on (null when none is).
 */
public final class HealthRules {

    /** What the weights of the components switched on add up to. */
    public static final int WEIGHT_TOTAL = 100;

    /** The drop that notifies the KAM and the KA Director when a segment sets none. */
    public static final int DEFAULT_DROP_THRESHOLD = 15;

    /** The weights of an account whose segment has none: those the Strategic segment starts with. */
    public static final Map<HealthComponent, Integer> DEFAULT_WEIGHTS = weights(15, 15, 15, 20, 15, 15, 5);

    /** How much one relationship stage short of the target costs. */
    static final int POINTS_PER_STAGE = 25;

    private HealthRules() {
    }

    /** Every component's value under the segment's weights, in the components' order. */
    public static List<ComponentValue> components(HealthFacts facts, Map<HealthComponent, Integer> weights,
                                                  LocalDate today) {
        List<ComponentValue> values = new ArrayList<>();
        for (HealthComponent component : HealthComponent.values()) {
            values.add(value(component, facts, today).weighted(weights.getOrDefault(component, 0)));
        }
        return values;
    }

    /** The weighted mean of the components that count, rounded; null when none counts. */
    public static Integer score(List<ComponentValue> components) {
        long weighted = 0;
        long weights = 0;
        for (ComponentValue c : components) {
            if (c.counts()) {
                weighted += (long) c.getValue() * c.getWeight();
                weights += c.getWeight();
            }
        }
        return weights == 0 ? null : (int) Math.round((double) weighted / weights);
    }

    /** Whether a change of score notifies: a drop of more than {@code threshold} points between two known scores. */
    public static boolean dropped(Integer before, Integer after, int threshold) {
        return before != null && after != null && before - after > threshold;
    }

    /** Whether a score is below the segment's alert threshold; an unknown score never is. */
    public static boolean below(Integer score, int alertBelow) {
        return score != null && score < alertBelow;
    }

    /**
     * Refuses weights that cannot score: each from 0 to 100, those switched on (above 0) adding up to 100, and
     * thresholds within their ranges.
     */
    public static void checkWeights(Map<HealthComponent, Integer> weights, int dropThreshold, int alertBelow) {
        int total = 0;
        for (HealthComponent component : HealthComponent.values()) {
            int weight = weights.getOrDefault(component, 0);
            if (weight < 0 || weight > WEIGHT_TOTAL) {
                throw new BusinessRuleException("health.weights.range");
            }
            total += weight;
        }
        if (total != WEIGHT_TOTAL) {
            throw new BusinessRuleException("health.weights.sum", total);
        }
        if (dropThreshold < 1 || dropThreshold > 100) {
            throw new BusinessRuleException("health.drop.range");
        }
        if (alertBelow < 0 || alertBelow > 100) {
            throw new BusinessRuleException("health.alert.range");
        }
    }

    static ComponentValue value(HealthComponent component, HealthFacts f, LocalDate today) {
        return switch (component) {
            case PLAN_FRESHNESS -> planFreshness(f, today);
            case DOCUMENT_COMPLIANCE -> new ComponentValue(component, percent(f.documentsMet, 3), 0, f.documentsMet, 3,
                    null);
            case STAKEHOLDER_COVERAGE -> new ComponentValue(component, f.stakeholdersThatMatter == 0 ? null
                    : percent(f.stakeholdersCovered, f.stakeholdersThatMatter), 0, f.stakeholdersCovered,
                    f.stakeholdersThatMatter, f.freshnessDays);
            case ACTION_PROGRESS -> actionProgress(f);
            case INDICATOR_TRAJECTORY -> new ComponentValue(component, f.objectivesMeasured == 0 ? null
                    : percent(f.objectivesOnTrack, f.objectivesMeasured), 0, f.objectivesOnTrack,
                    f.objectivesMeasured, null);
            case SPONSOR_ENGAGEMENT -> sponsorEngagement(f, today);
            case RELATIONSHIP_STAGE -> relationshipStage(f);
        };
    }

    /**
     * Full marks until the review date ({@link ReviewCadence#nextReview}), then down to 0 over one more review
     * period; unknown without a plan. Facts: days since the base date, the cadence in months.
     */
    private static ComponentValue planFreshness(HealthFacts f, LocalDate today) {
        if (f.planBase == null) {
            return new ComponentValue(HealthComponent.PLAN_FRESHNESS, null, 0, null, cadence(f.reviewMonths), null);
        }
        int months = cadence(f.reviewMonths);
        LocalDate due = ReviewCadence.nextReview(f.planBase, f.planBase, months);
        int days = (int) ChronoUnit.DAYS.between(f.planBase, today);
        return new ComponentValue(HealthComponent.PLAN_FRESHNESS, decay(f.planBase, due, today), 0, days, months, null);
    }

    /**
     * The share of action plans not late, less half the mean points by which the open ones lag the time elapsed.
     * Facts: late, all (cancelled ones left out), mean points behind (null when no open plan can be measured).
     */
    private static ComponentValue actionProgress(HealthFacts f) {
        if (f.actionPlans == 0) {
            return new ComponentValue(HealthComponent.ACTION_PROGRESS, null, 0, 0, 0, null);
        }
        Integer behind = f.actionPlansMeasured == 0 ? null
                : (int) Math.round((double) f.pointsBehind / f.actionPlansMeasured);
        double onTime = 100.0 * (f.actionPlans - f.actionPlansLate) / f.actionPlans;
        int value = clamp((int) Math.round(onTime - (behind == null ? 0 : behind / 2.0)));
        return new ComponentValue(HealthComponent.ACTION_PROGRESS, value, 0, f.actionPlansLate, f.actionPlans, behind);
    }

    /**
     * Unknown where the segment requires no sponsor (or sets no cadence); 0 without a sponsor or a meeting; else
     * full marks within the cadence, down to 0 over one more cadence. Facts: days since the last meeting, cadence.
     */
    private static ComponentValue sponsorEngagement(HealthFacts f, LocalDate today) {
        if (!f.sponsorRequired || f.sponsorMonths == null) {
            return new ComponentValue(HealthComponent.SPONSOR_ENGAGEMENT, null, 0, null, null, null);
        }
        if (!f.hasSponsor || f.lastSponsorMeeting == null) {
            return new ComponentValue(HealthComponent.SPONSOR_ENGAGEMENT, 0, 0, null, f.sponsorMonths,
                    f.hasSponsor ? 1 : 0);
        }
        LocalDate due = f.lastSponsorMeeting.plusMonths(f.sponsorMonths);
        int days = (int) ChronoUnit.DAYS.between(f.lastSponsorMeeting, today);
        return new ComponentValue(HealthComponent.SPONSOR_ENGAGEMENT, decay(f.lastSponsorMeeting, due, today), 0,
                days, f.sponsorMonths, 1);
    }

    /** 100 at the target stage or beyond, 25 points less per stage short; unknown without both stages. */
    private static ComponentValue relationshipStage(HealthFacts f) {
        if (f.currentStage == null || f.targetStage == null) {
            return new ComponentValue(HealthComponent.RELATIONSHIP_STAGE, null, 0, null, null, null);
        }
        int gap = Math.max(0, f.targetStage.ordinal() - f.currentStage.ordinal());
        return new ComponentValue(HealthComponent.RELATIONSHIP_STAGE, clamp(100 - POINTS_PER_STAGE * gap), 0,
                f.currentStage.ordinal(), f.targetStage.ordinal(), gap);
    }

    /** 100 up to {@code due}, then linearly to 0 over one more period of the length from {@code base} to {@code due}. */
    static int decay(LocalDate base, LocalDate due, LocalDate today) {
        if (!today.isAfter(due)) {
            return 100;
        }
        long period = Math.max(1, ChronoUnit.DAYS.between(base, due));
        long overdue = ChronoUnit.DAYS.between(due, today);
        return clamp((int) Math.round(100 - 100.0 * overdue / period));
    }

    /**
     * Whether a strategic objective's latest actual is on its straight path from the baseline (at its start) to
     * the target (at its target date), or beyond it in the target's direction.
     */
    public static boolean onTrack(BigDecimal baseline, BigDecimal target, LocalDate start, LocalDate targetDate,
                                  BigDecimal actual, LocalDate measuredOn) {
        long span = ChronoUnit.DAYS.between(start, targetDate);
        double share = span <= 0 ? 1 : Math.max(0, Math.min(1, (double) ChronoUnit.DAYS.between(start, measuredOn) / span));
        double expected = baseline.doubleValue() + (target.doubleValue() - baseline.doubleValue()) * share;
        return target.compareTo(baseline) >= 0 ? actual.doubleValue() >= expected : actual.doubleValue() <= expected;
    }

    private static int cadence(int months) {
        return months > 0 ? months : ReviewCadence.DEFAULT_MONTHS;
    }

    private static int percent(int part, int whole) {
        return (int) Math.round(100.0 * part / whole);
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(100, value));
    }

    /** The weights as a map, in component order, from the seven numbers. */
    public static Map<HealthComponent, Integer> weights(int... perComponent) {
        Map<HealthComponent, Integer> map = new EnumMap<>(HealthComponent.class);
        HealthComponent[] components = HealthComponent.values();
        for (int i = 0; i < components.length; i++) {
            map.put(components[i], i < perComponent.length ? perComponent[i] : 0);
        }
        return map;
    }
}
