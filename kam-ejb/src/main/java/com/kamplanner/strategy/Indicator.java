package com.kamplanner.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What makes an objective measurable: an indicator's name and unit, where it stands today (baseline), where it
 * must be (target), and by when. Either absent as a whole or complete (name, unit, target and target date);
 * {@link StrategyRules#checkIndicator} says which part is missing.
 */
@Embeddable
public class Indicator implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 200, message = "{strategy.indicator.name.size}")
    @Column(name = "indicator_name", length = 200)
    private String name;

    @Size(max = 40, message = "{strategy.indicator.unit.size}")
    @Column(name = "indicator_unit", length = 40)
    private String unit;

    @Column(name = "indicator_baseline", precision = 19, scale = 4)
    private BigDecimal baseline;

    @Column(name = "indicator_target", precision = 19, scale = 4)
    private BigDecimal target;

    @Column(name = "indicator_target_date")
    private LocalDate targetDate;

    public Indicator() {
    }

    public Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, LocalDate targetDate) {
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
        this.targetDate = targetDate;
    }

    /** True when nothing of the indicator was given. */
    public boolean isEmpty() {
        return blank(name) && blank(unit) && baseline == null && target == null && targetDate == null;
    }

    /** True when every required part is there. */
    public boolean isComplete() {
        return !blank(name) && !blank(unit) && target != null && targetDate != null;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }
}
