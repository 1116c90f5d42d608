package com.kamplanner.web.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kamplanner.improvement.ProgrammeFigures;
import com.kamplanner.improvement.Quarter;
import com.kamplanner.improvement.QuarterReview;
import com.kamplanner.web.chart.ChartTable;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The review's comparison chart plots the percentages the table shows, not the counts behind them. */
class ReviewChartsTest {

    @Test
    void theComparisonPlotsLastAndThisQuartersPercentages() {
        QuarterReview review = new QuarterReview(new Quarter(2026, 4), new ProgrammeFigures(45, 41, 3, 3, 6),
                new ProgrammeFigures(45, 45, 3, 2, 1), List.of());
        JsonObject chart = Json.createReader(new StringReader(ReviewCharts.comparison(review, key -> key,
                Locale.ENGLISH).json())).readObject();
        JsonArray sets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("2026 Q3", sets.getJsonObject(0).getString("label"));
        assertEquals(List.of(100, 7, 4), numbers(sets.getJsonObject(0).getJsonArray("data")));
        assertEquals(List.of(91, 7, 7), numbers(sets.getJsonObject(1).getJsonArray("data")));
    }

    @Test
    void thereIsNoTrendBeforeTwoQuartersAreRecorded() {
        assertNull(ReviewCharts.trend(List.of(), key -> key, Locale.ENGLISH));
    }

    @Test
    void theComparisonsTableReadsThePercentagesInTheReadersLanguage() {
        QuarterReview review = new QuarterReview(new Quarter(2026, 4), new ProgrammeFigures(45, 41, 3, 3, 6),
                new ProgrammeFigures(45, 45, 3, 2, 1), List.of());
        ChartTable table = ReviewCharts.comparison(review, key -> key, Locale.FRENCH).table();
        assertEquals(List.of("2026 Q3", "2026 Q4"), table.columns());
        assertEquals("review.figure.COVERAGE", table.rows().get(0).label());
        assertEquals(List.of("100\u00a0%", "91\u00a0%"), table.rows().get(0).cells().stream()
                .map(cell -> cell.replace('\u202f', '\u00a0')).toList());
    }

    private static List<Integer> numbers(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue)
                .toList();
    }
}
