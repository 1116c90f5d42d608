package com.kamplanner.strategy;

import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.selection.Quadrant;
import java.time.LocalDate;
import java.util.List;

/**
 * The business rules of the Strategy Formulation Process that need no database: date order, complete
 * indicators, the objective tree's shape, tracing to TOWS options, TOWS pairings, and the orientation against
 * the matrix posture. Each refusal is a {@link BusinessRuleException} with a bundle key; the service calls these.
 */
public final class StrategyRules {

    public static final String TARGET_BEFORE_START = "strategy.dates.targetBeforeStart";
    public static final String DUE_BEFORE_START = "strategy.dates.dueBeforeStart";
    public static final String INDICATOR_NAME = "strategy.indicator.nameRequired";
    public static final String INDICATOR_UNIT = "strategy.indicator.unitRequired";
    public static final String INDICATOR_TARGET = "strategy.indicator.targetRequired";
    public static final String INDICATOR_TARGET_DATE = "strategy.indicator.targetDateRequired";
    public static final String STRATEGIC_HAS_NO_PARENT = "strategy.objective.strategicHasNoParent";
    public static final String PARENT_REQUIRED = "strategy.objective.parentRequired";
    public static final String PARENT_LEVEL = "strategy.objective.parentLevel";
    public static final String TOWS_REQUIRED = "strategy.objective.towsRequired";
    public static final String PAIRING = "strategy.option.pairing";
    public static final String DIRECTION_REQUIRED = "strategy.orientation.directionRequired";
    public static final String JUSTIFICATION_REQUIRED = "strategy.orientation.justificationRequired";
    public static final String BEYOND_HORIZON = "strategy.objective.beyondHorizon";

    private StrategyRules() {
    }

    /** An objective's indicator may not be due before the objective starts. */
    public static void checkTargetDate(LocalDate start, LocalDate targetDate) {
        if (start != null && targetDate != null && targetDate.isBefore(start)) {
            throw new BusinessRuleException(TARGET_BEFORE_START, targetDate.toString(), start.toString());
        }
    }

    /**
     * A strategic objective's indicator is due within the template's horizon: {@code years} after the objective's
     * start, or after {@code today} when it names no start.
     */
    public static void checkHorizon(Objective.Level level, LocalDate start, LocalDate targetDate, int years,
                                    LocalDate today) {
        LocalDate from = start == null ? today : start;
        if (level == Objective.Level.STRATEGIC && beyondHorizon(from, targetDate, years)) {
            // As dates, so that each language writes them its own way ({0,date,long} in the bundles).
            throw new BusinessRuleException(BEYOND_HORIZON, java.sql.Date.valueOf(targetDate), years,
                    java.sql.Date.valueOf(from.plusYears(years)));
        }
    }

    /**
     * True when {@code targetDate} falls after {@code years} from {@code start}; never without both dates (the
     * compliance check has no "today" to measure an objective without a start against).
     */
    public static boolean beyondHorizon(LocalDate start, LocalDate targetDate, int years) {
        return start != null && targetDate != null && targetDate.isAfter(start.plusYears(years));
    }

    /** An action plan may not be due before it starts. */
    public static void checkPlanDates(LocalDate start, LocalDate due) {
        if (start != null && due != null && due.isBefore(start)) {
            throw new BusinessRuleException(DUE_BEFORE_START, due.toString(), start.toString());
        }
    }

    /** An indicator is absent as a whole, or has a name, a unit, a target and a target date. */
    public static void checkIndicator(Indicator indicator) {
        if (indicator == null || indicator.isEmpty()) {
            return;
        }
        if (Indicator.blank(indicator.getName())) {
            throw new BusinessRuleException(INDICATOR_NAME);
        }
        if (Indicator.blank(indicator.getUnit())) {
            throw new BusinessRuleException(INDICATOR_UNIT, indicator.getName());
        }
        if (indicator.getTarget() == null) {
            throw new BusinessRuleException(INDICATOR_TARGET, indicator.getName());
        }
        if (indicator.getTargetDate() == null) {
            throw new BusinessRuleException(INDICATOR_TARGET_DATE, indicator.getName());
        }
    }

    /** Strategic objectives are roots; every lower objective sits under one of the level just above. */
    public static void checkParent(Objective.Level level, Objective parent) {
        if (level == Objective.Level.STRATEGIC) {
            if (parent != null) {
                throw new BusinessRuleException(STRATEGIC_HAS_NO_PARENT);
            }
            return;
        }
        if (parent == null) {
            throw new BusinessRuleException(PARENT_REQUIRED, level.name());
        }
        if (parent.getLevel() != level.parentLevel()) {
            throw new BusinessRuleException(PARENT_LEVEL, level.name(), level.parentLevel().name());
        }
    }

    /** Every strategic objective traces to at least one TOWS option. */
    public static void checkTraces(Objective.Level level, List<TowsOption> options) {
        if (level == Objective.Level.STRATEGIC && (options == null || options.isEmpty())) {
            throw new BusinessRuleException(TOWS_REQUIRED);
        }
    }

    /** An option pairs at least one potential of each of its type's two kinds, and none of another kind. */
    public static void checkPairing(TowsOption.Type type, List<SituationPotential> potentials) {
        boolean internal = potentials.stream().anyMatch(p -> p.getKind() == type.internal());
        boolean external = potentials.stream().anyMatch(p -> p.getKind() == type.external());
        boolean foreign = potentials.stream()
                .anyMatch(p -> p.getKind() != type.internal() && p.getKind() != type.external());
        if (!internal || !external || foreign) {
            throw new BusinessRuleException(PAIRING, type.name());
        }
    }

    /**
     * An orientation names its direction; one that contradicts the posture of the account's quadrant needs a
     * justification.
     */
    public static void checkOrientation(StrategicOrientation orientation, Quadrant quadrant) {
        if (orientation == null || orientation.getDirection() == null) {
            throw new BusinessRuleException(DIRECTION_REQUIRED);
        }
        if (orientation.getDirection().contradicts(quadrant) && Indicator.blank(orientation.getJustification())) {
            throw new BusinessRuleException(JUSTIFICATION_REQUIRED, quadrant.name(),
                    StrategicOrientation.Direction.postureOf(quadrant).name());
        }
    }
}
