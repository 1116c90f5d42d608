package com.kamplanner.strategy;

import com.kamplanner.platform.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of contingencies that watch, apart from the database: whether a condition holds on the account's
 * {@link WatchFacts}, whether a condition is complete, and how a prepared action plan's offsets become dates.
 * Missing data never fires: an objective without actuals, a plan that is gone, a competitor not in the table, an
 * account whose health is unknown.
 */
public final class WatchRules {

    public static final String TARGET_REQUIRED = "strategy.condition.targetRequired";
    public static final String OPERATOR_REQUIRED = "strategy.condition.operatorRequired";
    public static final String THRESHOLD_REQUIRED = "strategy.condition.thresholdRequired";
    public static final String DATE_REQUIRED = "strategy.condition.dateRequired";
    public static final String HEALTH_RANGE = "strategy.condition.healthRange";
    public static final String OFFSETS_ORDER = "strategy.plan.offsetsOrder";
    public static final String NOT_FIRED = "strategy.contingency.notFired";
    public static final String NOT_WATCHING = "strategy.contingency.notWatching";

    /** The top of the health scale: a health threshold runs from 0 to this. */
    private static final BigDecimal HEALTH_MAX = BigDecimal.valueOf(100);

    private WatchRules() {
    }

    /** What a condition fired on: the value read (null for the kinds without a value). */
    public record Firing(BigDecimal value) {
    }

    /**
     * The firing of an armed contingency whose condition holds on {@code facts} today; empty when it is not armed,
     * watches nothing, or its condition does not hold. A fired contingency never fires again until re-armed.
     */
    public static Optional<Firing> check(Contingency contingency, WatchFacts facts, LocalDate today) {
        if (contingency.getState() != Contingency.State.ARMED) {
            return Optional.empty();
        }
        return holds(contingency.getCondition(), facts, today);
    }

    /** Whether the condition holds on {@code facts} today, and on what value. */
    public static Optional<Firing> holds(WatchedCondition c, WatchFacts facts, LocalDate today) {
        if (c == null || c.isEmpty()) {
            return Optional.empty();
        }
        return switch (c.getKind()) {
            case INDICATOR -> crossed(c, c.getTargetId() == null ? null : facts.latestActuals().get(c.getTargetId()));
            case COMPETITOR_SHARE -> crossed(c, facts.competitorShare(c.getTargetName()));
            case HEALTH_BELOW -> crossed(c, facts.healthScore() == null ? null
                    : BigDecimal.valueOf(facts.healthScore()));
            case STAKEHOLDER_OPPONENT -> facts.opponents().contains(c.getTargetId())
                    ? Optional.of(new Firing(null)) : Optional.empty();
            case DECISION_MAKER_LEFT -> c.getTargetId() != null && !facts.stakeholders().contains(c.getTargetId())
                    ? Optional.of(new Firing(null)) : Optional.empty();
            case MILESTONE_MISSED -> {
                Boolean done = c.getTargetId() == null ? null : facts.milestonesDone().get(c.getTargetId());
                yield done != null && !done && c.getDate() != null && today.isAfter(c.getDate())
                        ? Optional.of(new Firing(null)) : Optional.empty();
            }
        };
    }

    private static Optional<Firing> crossed(WatchedCondition c, BigDecimal value) {
        if (value == null || c.getThreshold() == null) {
            return Optional.empty();
        }
        WatchedCondition.Operator operator = c.getOperator() == null ? WatchedCondition.Operator.ABOVE
                : c.getOperator();
        return operator.crossed(value, c.getThreshold()) ? Optional.of(new Firing(value)) : Optional.empty();
    }

    /**
     * A condition is absent as a whole, or names its target, and the operator, threshold or date its kind needs;
     * an operator its kind does not take is refused, and a health threshold lies on the health scale, 0 to 100.
     */
    public static void checkCondition(WatchedCondition c) {
        if (c == null || c.isEmpty()) {
            return;
        }
        WatchedCondition.Kind kind = c.getKind();
        boolean target = switch (kind.getTarget()) {
            case COMPETITOR -> c.getTargetName() != null && !c.getTargetName().isBlank();
            case ACCOUNT -> true;
            default -> c.getTargetId() != null;
        };
        if (!target) {
            throw new BusinessRuleException(TARGET_REQUIRED);
        }
        if (!kind.getOperators().isEmpty()
                && (c.getOperator() == null || !kind.getOperators().contains(c.getOperator()))) {
            throw new BusinessRuleException(OPERATOR_REQUIRED);
        }
        if (kind.needsThreshold() && c.getThreshold() == null) {
            throw new BusinessRuleException(THRESHOLD_REQUIRED);
        }
        if (kind.needsDate() && c.getDate() == null) {
            throw new BusinessRuleException(DATE_REQUIRED);
        }
        if (kind == WatchedCondition.Kind.HEALTH_BELOW && (c.getThreshold().signum() < 0
                || c.getThreshold().compareTo(HEALTH_MAX) > 0)) {
            throw new BusinessRuleException(HEALTH_RANGE);
        }
    }

    /** A prepared plan's due offset may not come before its start offset. */
    public static void checkOffsets(Integer startOffset, Integer dueOffset) {
        if (startOffset != null && dueOffset != null && dueOffset < startOffset) {
            throw new BusinessRuleException(OFFSETS_ORDER, dueOffset, startOffset);
        }
    }

    /** The date {@code offset} days after the firing day; null without an offset. */
    public static LocalDate counted(LocalDate firingDay, Integer offset) {
        return offset == null ? null : firingDay.plusDays(offset);
    }
}
