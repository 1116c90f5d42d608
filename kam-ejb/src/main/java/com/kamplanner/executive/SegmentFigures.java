package com.kamplanner.executive;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;
import java.math.BigDecimal;

/** One segment's line of the portfolio at a glance: key accounts, plan standing and revenue target and actual. */
public record SegmentFigures(Quadrant segment, long keyAccounts, long plansApproved, long plansStale,
                             long plansMissing, BigDecimal revenueTarget, BigDecimal revenueActual)
        implements Serializable {

    /** Actual as a share of target, in percent; null without a target. */
    public Integer getAttainment() {
        return Attainment.percent(revenueActual, revenueTarget);
    }

    public Quadrant getSegment() {
        return segment;
    }

    public long getKeyAccounts() {
        return keyAccounts;
    }

    public long getPlansApproved() {
        return plansApproved;
    }

    public long getPlansStale() {
        return plansStale;
    }

    public long getPlansMissing() {
        return plansMissing;
    }

    public BigDecimal getRevenueTarget() {
        return revenueTarget;
    }

    public BigDecimal getRevenueActual() {
        return revenueActual;
    }
}
