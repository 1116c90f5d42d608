package com.kamplanner.web.executive;

import com.kamplanner.executive.ExecutivePortfolio;
import com.kamplanner.executive.PortfolioGlance;
import com.kamplanner.executive.SegmentFigures;
import com.kamplanner.health.HealthBand;
import com.kamplanner.health.HealthGlance;
import com.kamplanner.selection.BubbleSize;
import com.kamplanner.selection.MatrixFilter;
import com.kamplanner.selection.MatrixPosition;
import com.kamplanner.selection.SelectionMatrix;
import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.CategoryChart;
import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.web.selection.MatrixChart;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code executive/portfolio.xhtml}: the selection matrix of the key accounts (the matrix module's own
 * chart), and the portfolio at a glance per segment and per KAM with its two charts.
 *
 * <p>Request-scoped: the page has no form, so nothing of it needs to outlive its rendering. As a view-scoped bean it
 * kept every key account's matrix position and every KAM's health line in the session for each visit.
 */
@Named
@RequestScoped
public class ExecutivePortfolioPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExecutivePortfolio portfolio;

    @Inject
    SelectionMatrix matrix;

    private PortfolioGlance glance;
    private MatrixChart matrixChart;
    private long placed;
    private ChartView segmentChart;
    private ChartView kamChart;
    private List<HealthGlance.Line> healthBySegment;
    private List<HealthGlance.Line> healthByKam;

    @Inject
    HealthGlance health;

    @PostConstruct
    void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        glance = portfolio.glance();
        healthBySegment = health.bySegment();
        healthByKam = health.byKam();
        List<MatrixPosition> positions = matrix.positions(new MatrixFilter());
        placed = positions.stream().filter(MatrixPosition::isPlaced).count();
        Formats formats = Formats.of(locale);
        matrixChart = new MatrixChart(positions, matrix.thresholds(), BubbleSize.SALES, k -> Bundle.text(locale, k),
                formats);
        List<String> segments = glance.segments().stream().map(s -> segmentName(s, locale)).toList();
        segmentChart = new CategoryChart(Bundle.text(locale, "executive.portfolio.segmentChart"),
                Bundle.text(locale, "executive.figures.segment"), segments, locale)
                .valueAxis(Bundle.text(locale, "executive.figures.axis.accounts"), formats::number)
                .bars(Bundle.text(locale, "executive.figures.keyAccounts"),
                        glance.segments().stream().map(SegmentFigures::keyAccounts).toList())
                .bars(Bundle.text(locale, "executive.figures.plans.approved"),
                        glance.segments().stream().map(SegmentFigures::plansApproved).toList())
                .bars(Bundle.text(locale, "executive.figures.plans.stale"),
                        glance.segments().stream().map(SegmentFigures::plansStale).toList())
                .bars(Bundle.text(locale, "executive.figures.plans.missing"),
                        glance.segments().stream().map(SegmentFigures::plansMissing).toList())
                .view();
        kamChart = new CategoryChart(Bundle.text(locale, "executive.portfolio.revenueChart"),
                Bundle.text(locale, "executive.figures.kam"),
                glance.kams().stream().map(k -> k.kamName() == null ? Bundle.text(locale, "executive.figures.noKam")
                        : k.kamName()).toList(), locale)
                .amountAxis(Bundle.text(locale, "executive.figures.axis.revenue"), formats, "EUR")
                .bars(Bundle.text(locale, "executive.figures.revenue.target"),
                        glance.kams().stream().map(k -> k.revenueTarget()).toList())
                .bars(Bundle.text(locale, "executive.figures.revenue.actual"),
                        glance.kams().stream().map(k -> k.revenueActual()).toList())
                .view();
    }

    static String segmentName(SegmentFigures figures, Locale locale) {
        return figures.segment() == null ? Bundle.text(locale, "executive.figures.noSegment")
                : Bundle.text(locale, "quadrant." + figures.segment().name());
    }

    public List<HealthGlance.Line> getHealthBySegment() {
        return healthBySegment;
    }

    public List<HealthGlance.Line> getHealthByKam() {
        return healthByKam;
    }

    /** The badge class of an average health score's band. */
    public String healthClass(Integer score) {
        return HealthBand.of(score).styleClass();
    }

    public PortfolioGlance getGlance() {
        return glance;
    }

    public MatrixChart getMatrix() {
        return matrixChart;
    }

    public long getPlaced() {
        return placed;
    }

    public ChartView getSegmentChart() {
        return segmentChart;
    }

    public ChartView getKamChart() {
        return kamChart;
    }
}
