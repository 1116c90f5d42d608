package com.kamplanner.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** An objective's indicator over time: baseline, target by its date, and the actual of each recorded period. */
public class IndicatorSeries implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long objectiveId;
    private final String objective;
    private final String indicator;
    private final String unit;
    private final BigDecimal baseline;
    private final BigDecimal target;
    private final LocalDate targetDate;
    private final Map<LocalDate, BigDecimal> actuals;

    public IndicatorSeries(long objectiveId, String objective, String indicator, String unit, BigDecimal baseline,
                           BigDecimal target, LocalDate targetDate, Map<LocalDate, BigDecimal> actuals) {
        this.objectiveId = objectiveId;
        this.objective = objective;
        this.indicator = indicator;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
        this.targetDate = targetDate;
        this.actuals = actuals;
    }

    public long getObjectiveId() {
        return objectiveId;
    }

    public String getObjective() {
        return objective;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    /** Period end → actual, in date order. */
    public Map<LocalDate, BigDecimal> getActuals() {
        return actuals;
    }
}
