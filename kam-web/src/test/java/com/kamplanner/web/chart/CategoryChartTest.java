package com.kamplanner.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.Formats;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A category chart says the same on the canvas and in its table: titled axes, each value formatted for the reader,
 * a second axis for a series of another scale.
 */
class CategoryChartTest {

    private final Formats english = Formats.of(Locale.ENGLISH);

    /** The executive's investments: half a million of investment against a quarter of a billion of revenue. */
    private CategoryChart investments(Formats formats, Locale locale) {
        return new CategoryChart("Investment against revenue", "Year", List.of("2025", "2026"), locale)
                .amountAxis("Investment (EUR)", formats, "EUR")
                .secondAmountAxis("Revenue (EUR)", formats, "EUR")
                .bars("Budget", List.of(new BigDecimal("500000"), new BigDecimal("650000")))
                .bars("Actual", Arrays.asList(new BigDecimal("480000"), null))
                .lineOnSecondAxis("Revenue", List.of(new BigDecimal("250000000"), new BigDecimal("262000000")));
    }

    @Test
    void bothAxesHaveATitleAndTheRevenueLineItsOwnAxisSoSmallBarsStayReadable() {
        JsonObject config = parse(investments(english, Locale.ENGLISH).view().json());
        JsonObject scales = config.getJsonObject("options").getJsonObject("scales");
        assertEquals("Year", scales.getJsonObject("x").getJsonObject("title").getString("text"));
        assertEquals("Investment (EUR)", scales.getJsonObject("y").getJsonObject("title").getString("text"));
        assertEquals("Revenue (EUR)", scales.getJsonObject("y2").getJsonObject("title").getString("text"));
        assertEquals("right", scales.getJsonObject("y2").getString("position"));
        JsonArray sets = config.getJsonObject("data").getJsonArray("datasets");
        assertFalse(sets.getJsonObject(0).containsKey("yAxisID"), "the bars stay on the investment axis");
        assertEquals("y2", sets.getJsonObject(2).getString("yAxisID"));
        assertEquals("EUR", scales.getJsonObject("y").getString("kamCurrency"), "amount ticks read €250M");
        assertEquals("en", config.getJsonObject("options").getString("locale"));
    }

    @Test
    void everyBarAndPointCarriesItsValueShortenedForTheChart() {
        JsonArray sets = parse(investments(english, Locale.ENGLISH).view().json()).getJsonObject("data")
                .getJsonArray("datasets");
        assertEquals("€500K", sets.getJsonObject(0).getJsonArray("kamValues").getString(0));
        assertTrue(sets.getJsonObject(1).getJsonArray("kamValues").isNull(1), "no value, no label");
        assertEquals("€250M", sets.getJsonObject(2).getJsonArray("kamValues").getString(0));
    }

    @Test
    void theTableHasARowPerCategoryAndTheAmountsInFullInTheReadersLanguage() {
        ChartTable table = investments(Formats.of(Locale.FRENCH), Locale.FRENCH).view().table();
        assertEquals("Investment against revenue", table.caption());
        assertEquals("Year", table.corner());
        assertEquals(List.of("Budget", "Actual", "Revenue"), table.columns());
        assertEquals(List.of("2025", "2026"), table.rows().stream().map(ChartTable.Row::label).toList());
        assertEquals(List.of("500 000 €", "480 000 €", "250 000 000 €"), spaced(table.rows().get(0).cells()));
        assertEquals(Formats.NONE, table.rows().get(1).cells().get(1), "a missing value reads as a dash");
    }

    @Test
    void barSeriesAlternateFilledAndOutlinedSoColourIsNotTheOnlyCue() {
        JsonArray sets = parse(investments(english, Locale.ENGLISH).view().json()).getJsonObject("data")
                .getJsonArray("datasets");
        assertEquals(ChartLook.colour(0), sets.getJsonObject(0).getString("backgroundColor"));
        assertTrue(sets.getJsonObject(1).getString("backgroundColor").startsWith("rgba("), "the second bar is outlined");
        assertEquals(ChartLook.colour(1), sets.getJsonObject(1).getString("borderColor"));
    }

    @Test
    void horizontalCountsPutTheValueAxisAcrossWithWholeTicks() {
        JsonObject config = parse(new CategoryChart("Entries by status", "Status", List.of("Open", "Resolved"),
                Locale.ENGLISH).horizontal().valueAxis("Entries", english::number)
                .bars("Entries", List.of(2L, 1L)).view().json());
        JsonObject options = config.getJsonObject("options");
        assertEquals("y", options.getString("indexAxis"));
        assertEquals("Status", options.getJsonObject("scales").getJsonObject("y").getJsonObject("title").getString("text"));
        assertEquals(0, options.getJsonObject("scales").getJsonObject("x").getJsonObject("ticks").getInt("precision"));
        assertFalse(options.getJsonObject("plugins").getJsonObject("legend").getBoolean("display"),
                "one series needs no legend: the axis title names it");
    }

    @Test
    void aReferenceLineIsDashedWithoutValuesOnTheChartButInTheTable() {
        ChartView view = new CategoryChart("Workshops", "Period ending on", List.of("1 Mar 2026", "1 Jun 2026"),
                Locale.ENGLISH).valueAxis("Workshops", english::number)
                .line("Actual", Arrays.asList(2, null)).reference("Target", List.of(6, 6)).view();
        JsonObject target = parse(view.json()).getJsonObject("data").getJsonArray("datasets").getJsonObject(1);
        assertFalse(target.containsKey("kamValues"));
        assertEquals(0, target.getInt("pointRadius"));
        assertEquals(List.of("—", "6"), view.table().rows().get(1).cells());
    }

    @Test
    void aSeriesOfAnotherLengthOrOnAMissingAxisIsRefused() {
        CategoryChart chart = new CategoryChart("t", "c", List.of("a", "b"), Locale.ENGLISH).valueAxis("v",
                english::number);
        assertThrows(IllegalArgumentException.class, () -> chart.bars("one", List.of(1)));
        assertThrows(IllegalStateException.class, () -> chart.lineOnSecondAxis("other", List.of(1, 2)).view());
    }

    private static List<String> spaced(List<String> cells) {
        return cells.stream().map(c -> c.replace('\u202f', ' ').replace('\u00a0', ' ')).toList();
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
