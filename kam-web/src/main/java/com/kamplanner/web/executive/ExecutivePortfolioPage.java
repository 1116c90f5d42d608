package com.kamplanner.web.executive;

import com.kamplanner.executive.ExecutivePortfolio;
import com.kamplanner.executive.PortfolioGlance;
import com.kamplanner.executive.SegmentFigures;
import com.kamplanner.selection.BubbleSize;
import com.kamplanner.selection.MatrixFilter;
import com.kamplanner.selection.MatrixPosition;
import com.kamplanner.selection.SelectionMatrix;
import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.web.selection.MatrixChart;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code executive/portfolio.xhtml}: the selection matrix of the key accounts (the matrix module's own
 * chart), and the portfolio at a glance per segment and per KAM with its two charts.
 */
@Named
@ViewScoped
public class ExecutivePortfolioPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExecutivePortfolio portfolio;

    @Inject
    SelectionMatrix matrix;

    private PortfolioGlance glance;
    private String matrixJson;
    private long placed;
    private String segmentChart;
    private String kamChart;

    @PostConstruct
    void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        glance = portfolio.glance();
        List<MatrixPosition> positions = matrix.positions(new MatrixFilter());
        placed = positions.stream().filter(MatrixPosition::isPlaced).count();
        matrixJson = new MatrixChart(positions, matrix.thresholds(), BubbleSize.SALES, k -> Bundle.text(locale, k))
                .getJson();
        List<String> segments = glance.segments().stream().map(s -> segmentName(s, locale)).toList();
        segmentChart = new FigureChart(Bundle.text(locale, "executive.portfolio.segmentChart"), segments)
                .bars(Bundle.text(locale, "executive.figures.keyAccounts"),
                        glance.segments().stream().map(SegmentFigures::keyAccounts).toList())
                .bars(Bundle.text(locale, "executive.figures.plans.approved"),
                        glance.segments().stream().map(SegmentFigures::plansApproved).toList())
                .bars(Bundle.text(locale, "executive.figures.plans.stale"),
                        glance.segments().stream().map(SegmentFigures::plansStale).toList())
                .bars(Bundle.text(locale, "executive.figures.plans.missing"),
                        glance.segments().stream().map(SegmentFigures::plansMissing).toList())
                .json();
        kamChart = new FigureChart(Bundle.text(locale, "executive.portfolio.revenueChart"),
                glance.kams().stream().map(k -> k.kamName() == null ? Bundle.text(locale, "executive.figures.noKam")
                        : k.kamName()).toList())
                .bars(Bundle.text(locale, "executive.figures.revenue.target"),
                        glance.kams().stream().map(k -> k.revenueTarget()).toList())
                .bars(Bundle.text(locale, "executive.figures.revenue.actual"),
                        glance.kams().stream().map(k -> k.revenueActual()).toList())
                .json();
    }

    static String segmentName(SegmentFigures figures, Locale locale) {
        return figures.segment() == null ? Bundle.text(locale, "executive.figures.noSegment")
                : Bundle.text(locale, "quadrant." + figures.segment().name());
    }

    public PortfolioGlance getGlance() {
        return glance;
    }

    public String getMatrixJson() {
        return matrixJson;
    }

    public long getPlaced() {
        return placed;
    }

    public String getSegmentChart() {
        return segmentChart;
    }

    public String getKamChart() {
        return kamChart;
    }
}
