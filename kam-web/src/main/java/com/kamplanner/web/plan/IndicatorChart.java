package com.kamplanner.web.plan;

import com.kamplanner.plan.IndicatorSeries;
import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.CategoryChart;
import com.kamplanner.web.chart.ChartView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One indicator over time: the actuals of each period as a line with its values, the baseline and the target as
 * dashed lines up to the target date, dates along the axis in the reader's format, values in the indicator's unit
 * (an amount when the unit is a currency).
 */
public final class IndicatorChart {

    private IndicatorChart() {
    }

    public static ChartView of(IndicatorSeries series, Function<String, String> text, Locale locale) {
        Formats formats = Formats.of(locale);
        TreeSet<LocalDate> dates = new TreeSet<>(series.getActuals().keySet());
        if (series.getTargetDate() != null) {
            dates.add(series.getTargetDate());
        }
        List<BigDecimal> actuals = new ArrayList<>();
        List<BigDecimal> baseline = new ArrayList<>();
        List<BigDecimal> target = new ArrayList<>();
        for (LocalDate date : dates) {
            actuals.add(series.getActuals().get(date));
            baseline.add(series.getBaseline());
            target.add(series.getTarget());
        }
        String unit = series.getUnit() == null || series.getUnit().isBlank() ? null : series.getUnit().trim();
        String valueTitle = series.getIndicator() + (unit == null ? "" : " (" + unit + ")");
        CategoryChart chart = new CategoryChart(series.getObjective() + " — " + series.getIndicator(),
                text.apply("plan.actual.period"), dates.stream().map(formats::date).toList(), locale);
        if (isCurrency(unit)) {
            chart.amountAxis(valueTitle, formats, unit);
        } else {
            chart.valueAxis(valueTitle, formats::number);
        }
        return chart.line(text.apply("plan.actual"), actuals)
                .reference(text.apply("plan.baseline"), baseline)
                .reference(text.apply("plan.target"), target)
                .view();
    }

    private static boolean isCurrency(String unit) {
        return unit != null && Currency.getAvailableCurrencies().stream()
                .anyMatch(c -> c.getCurrencyCode().equals(unit));
    }
}
