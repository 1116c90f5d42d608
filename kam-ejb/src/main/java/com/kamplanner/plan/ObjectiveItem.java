package com.kamplanner.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An objective of the plan's tree with its indicator, its latest actual and whether it is met.
 */
public class ObjectiveItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long parentId;
    private String level;
    private int depth;
    private String title;
    private String description;
    private String indicatorName;
    private String unit;
    private BigDecimal baseline;
    private BigDecimal target;
    private LocalDate targetDate;
    private BigDecimal latestActual;
    private LocalDate metOn;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public int getDepth() {
        return depth;
    }

    public void setDepth(int depth) {
        this.depth = depth;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getIndicatorName() {
        return indicatorName;
    }

    public void setIndicatorName(String indicatorName) {
        this.indicatorName = indicatorName;
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

    public BigDecimal getLatestActual() {
        return latestActual;
    }

    public void setLatestActual(BigDecimal latestActual) {
        this.latestActual = latestActual;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public void setMetOn(LocalDate metOn) {
        this.metOn = metOn;
    }
}
