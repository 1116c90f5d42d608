package com.kamplanner.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a version of a rolling plan keeps from the live strategy: open action plans and unmet objectives carry
 * over to the next period; plans closed and objectives met before the period starts do not. Items closed or met
 * during the period stay, so the period shows what it achieved.
 */
public final class CarryOver {

    private CarryOver() {
    }

    public static boolean carries(ActionPlanItem plan, LocalDate periodStart) {
        return plan.getClosedOn() == null || !plan.getClosedOn().isBefore(periodStart);
    }

    public static boolean carries(ObjectiveItem objective, LocalDate periodStart) {
        return objective.getMetOn() == null || !objective.getMetOn().isBefore(periodStart);
    }

    /** Drops from the content what does not carry over into the period starting on {@code periodStart}. */
    public static PlanContent apply(PlanContent content, LocalDate periodStart) {
        content.getObjectives().removeIf(o -> !carries(o, periodStart));
        for (ProgrammeItem programme : content.getProgrammes()) {
            programme.getPlans().removeIf(p -> !carries(p, periodStart));
        }
        return content;
    }

    /**
     * The end of the first period whose actual reached the target (at or above it when the target is above the
     * baseline, at or below it otherwise); null while not met. {@code actuals} maps period ends to values, in
     * date order.
     */
    public static LocalDate metOn(BigDecimal baseline, BigDecimal target, Map<LocalDate, BigDecimal> actuals) {
        if (target == null) {
            return null;
        }
        boolean upwards = baseline == null || target.compareTo(baseline) >= 0;
        List<LocalDate> periods = actuals.keySet().stream().sorted().toList();
        for (LocalDate period : periods) {
            int cmp = actuals.get(period).compareTo(target);
            if (upwards ? cmp >= 0 : cmp <= 0) {
                return period;
            }
        }
        return null;
    }
}
