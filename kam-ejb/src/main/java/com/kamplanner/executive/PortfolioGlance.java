package com.kamplanner.executive;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The portfolio at a glance as one small projection: a line per segment (and one for key accounts without a
 * segment), a line per KAM, and their totals. Built from a few grouped queries, whatever the portfolio's size.
 */
public record PortfolioGlance(LocalDate asOf, List<SegmentFigures> segments, List<KamRevenue> kams)
        implements Serializable {

    public LocalDate getAsOf() {
        return asOf;
    }

    public List<SegmentFigures> getSegments() {
        return segments;
    }

    public List<KamRevenue> getKams() {
        return kams;
    }

    public long getKeyAccounts() {
        return segments.stream().mapToLong(SegmentFigures::keyAccounts).sum();
    }

    public long getPlansApproved() {
        return segments.stream().mapToLong(SegmentFigures::plansApproved).sum();
    }

    public long getPlansStale() {
        return segments.stream().mapToLong(SegmentFigures::plansStale).sum();
    }

    public long getPlansMissing() {
        return segments.stream().mapToLong(SegmentFigures::plansMissing).sum();
    }

    public BigDecimal getRevenueTarget() {
        return segments.stream().map(SegmentFigures::revenueTarget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getRevenueActual() {
        return segments.stream().map(SegmentFigures::revenueActual).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Integer getAttainment() {
        return Attainment.percent(getRevenueActual(), getRevenueTarget());
    }
}
