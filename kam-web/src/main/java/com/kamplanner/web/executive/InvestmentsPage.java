package com.kamplanner.web.executive;

import com.kamplanner.executive.ExecutivePortfolio;
import com.kamplanner.executive.InvestmentBoard;
import com.kamplanner.executive.InvestmentCategory;
import com.kamplanner.executive.InvestmentLine;
import com.kamplanner.executive.InvestmentStatus;
import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.CategoryChart;
import com.kamplanner.web.chart.ChartView;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Backs {@code executive/investments.xhtml}: the investment lines, the form that proposes or edits one, the
 * executive's approval, and the chart of investment against key-account revenue per year. The rules (who
 * approves, what an edit of an approved line does) are the board's.
 */
@Named("executiveInvestmentsPage")
@ViewScoped
public class InvestmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvestmentBoard board;

    @Inject
    ExecutivePortfolio portfolio;

    @Inject
    PageMessages messages;

    @Inject
    Caller caller;

    private boolean executive;

    private List<InvestmentLine> lines;
    private InvestmentLine line;
    private ChartView chart;

    @PostConstruct
    void load() {
        executive = caller.isExecutive();
        lines = board.lines();
        if (line == null) {
            startNew();
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Map<Integer, BigDecimal[]> totals = board.totalsByYear();
        Map<Integer, BigDecimal> revenue = portfolio.revenueByYear();
        TreeSet<Integer> years = new TreeSet<>(totals.keySet());
        years.addAll(revenue.keySet());
        int thisYear = LocalDate.now().getYear();
        years.add(thisYear);
        List<BigDecimal> budgets = new ArrayList<>();
        List<BigDecimal> actuals = new ArrayList<>();
        List<BigDecimal> fromIndicators = new ArrayList<>();
        List<BigDecimal> sales = new ArrayList<>();
        BigDecimal salesNow = portfolio.keyAccountSalesLast12Months();
        for (Integer year : years) {
            BigDecimal[] sums = totals.get(year);
            budgets.add(sums == null ? null : sums[0]);
            actuals.add(sums == null ? null : sums[1]);
            fromIndicators.add(revenue.get(year));
            sales.add(year == thisYear ? salesNow : null);
        }
        // Investment is a fraction of a percent of revenue: each gets its own axis, or the bars would not show.
        Formats formats = Formats.of(locale);
        chart = new CategoryChart(Bundle.text(locale, "executive.investments.chart"),
                Bundle.text(locale, "executive.investment.year"), years.stream().map(String::valueOf).toList(), locale)
                .amountAxis(Bundle.text(locale, "executive.investments.axis.investment"), formats, "EUR")
                .secondAmountAxis(Bundle.text(locale, "executive.investments.axis.revenue"), formats, "EUR")
                .bars(Bundle.text(locale, "executive.investment.budget"), budgets)
                .bars(Bundle.text(locale, "executive.investment.actual"), actuals)
                .lineOnSecondAxis(Bundle.text(locale, "executive.figures.revenue.byYear"), fromIndicators)
                .lineOnSecondAxis(Bundle.text(locale, "executive.figures.revenue.sales12m"), sales)
                .view();
    }

    public void startNew() {
        line = new InvestmentLine(InvestmentCategory.HEADCOUNT_KAM, "", LocalDate.now().getYear(), BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    public void edit(InvestmentLine chosen) {
        line = chosen;
    }

    public void save() {
        boolean wasApproved = line.getId() != null && line.getStatus()
                == InvestmentStatus.APPROVED;
        InvestmentLine saved = board.save(line);
        messages.info(wasApproved && saved.getStatus() == InvestmentStatus.PROPOSED
                ? "executive.investment.reopened" : "executive.investment.saved");
        line = null;
        load();
    }

    public void approve(InvestmentLine chosen) {
        board.approve(chosen.getId(), chosen.getVersion());
        messages.info("executive.investment.approved", chosen.getLabel());
        load();
    }

    public void remove(InvestmentLine chosen) {
        board.remove(chosen.getId(), chosen.getVersion());
        messages.info("executive.investment.removed", chosen.getLabel());
        line = null;
        load();
    }

    public boolean isExecutive() {
        return executive;
    }

    public InvestmentCategory[] getCategories() {
        return InvestmentCategory.values();
    }

    public List<InvestmentLine> getLines() {
        return lines;
    }

    public InvestmentLine getLine() {
        return line;
    }

    public ChartView getChart() {
        return chart;
    }
}
