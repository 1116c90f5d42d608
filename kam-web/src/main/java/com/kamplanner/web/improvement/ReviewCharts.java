package com.kamplanner.web.improvement;

import com.kamplanner.improvement.QuarterFigures;
import com.kamplanner.improvement.QuarterReview;
import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.CategoryChart;
import com.kamplanner.web.chart.ChartView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The charts of the quarterly review: this quarter against last for the three percentages, and the recorded
 * quarters as a trend, each with its table.
 */
final class ReviewCharts {

    private static final List<QuarterReview.Figure> PERCENTAGES = List.of(QuarterReview.Figure.COVERAGE,
            QuarterReview.Figure.COMPLIANCE, QuarterReview.Figure.FRESHNESS);

    private ReviewCharts() {
    }

    static ChartView comparison(QuarterReview review, Function<String, String> text, Locale locale) {
        return new CategoryChart(text.apply("review.chart.comparison"), text.apply("review.figure"),
                PERCENTAGES.stream().map(f -> text.apply("review.figure." + f.name())).toList(), locale)
                .valueAxis(text.apply("review.axis.percent"), Formats.of(locale)::percent).upTo(100)
                .bars(review.previousQuarter().label(), PERCENTAGES.stream()
                        .map(f -> review.previous() == null ? null : (Number) f.of(review.previous())).toList())
                .bars(review.quarter().label(), PERCENTAGES.stream().map(f -> (Number) f.of(review.current())).toList())
                .view();
    }

    /** The trend of the recorded quarters; none when fewer than two were recorded. */
    static ChartView trend(List<QuarterFigures> history, Function<String, String> text, Locale locale) {
        if (history.size() < 2) {
            return null;
        }
        CategoryChart chart = new CategoryChart(text.apply("review.chart.trend"), text.apply("review.axis.quarter"),
                history.stream().map(q -> q.getQuarter().label()).toList(), locale)
                .valueAxis(text.apply("review.axis.percent"), Formats.of(locale)::percent).upTo(100);
        for (QuarterReview.Figure figure : PERCENTAGES) {
            chart.line(text.apply("review.figure." + figure.name()),
                    history.stream().map(q -> (Number) figure.of(q.getFigures())).toList());
        }
        return chart.view();
    }
}
