package com.kamplanner.executive;

import java.io.Serializable;
import java.math.BigDecimal;

/** One KAM's revenue roll-up on the executive's page (null name: the key accounts without a KAM). */
public record KamRevenue(String kamName, long revenueObjectives, BigDecimal revenueTarget, BigDecimal revenueActual)
        implements Serializable {

    public Integer getAttainment() {
        return Attainment.percent(revenueActual, revenueTarget);
    }

    public String getKamName() {
        return kamName;
    }

    public long getRevenueObjectives() {
        return revenueObjectives;
    }

    public BigDecimal getRevenueTarget() {
        return revenueTarget;
    }

    public BigDecimal getRevenueActual() {
        return revenueActual;
    }
}
