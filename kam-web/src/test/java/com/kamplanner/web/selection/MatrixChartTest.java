package com.kamplanner.web.selection;

import static com.kamplanner.selection.PlacedPositions.placed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kamplanner.platform.Formats;
import com.kamplanner.selection.BubbleSize;
import com.kamplanner.selection.MatrixPosition;
import com.kamplanner.selection.MatrixThresholds;
import com.kamplanner.web.chart.ChartTable;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every bubble carries its account's name and rank, and the table lists the placed accounts as the ranking does. */
class MatrixChartTest {

    private final MatrixThresholds thresholds = new MatrixThresholds(5, 5);
    private final List<MatrixPosition> ranking = List.of(
            placed(1, "Airbus Helicopters", "12500000", "8.25", "7.5", thresholds),
            placed(2, "No scores yet", null, null, null, thresholds),
            placed(3, "Thales Alenia Space", "480000", "6", "3.4", thresholds));

    @Test
    void eachBubbleCarriesItsAccountsNameAndRank() {
        MatrixChart chart = new MatrixChart(ranking, thresholds, BubbleSize.SALES, key -> key, Formats.of(Locale.ENGLISH));
        JsonObject config = Json.createReader(new StringReader(chart.getJson())).readObject();
        JsonObject strategic = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("quadrant.STRATEGIC", strategic.getString("label"));
        assertEquals("Airbus Helicopters", strategic.getJsonArray("data").getJsonObject(0).getString("name"));
        assertEquals(1, strategic.getJsonArray("data").getJsonObject(0).getInt("rank"));
        JsonObject star = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(1);
        assertEquals(3, star.getJsonArray("data").getJsonObject(0).getInt("rank"), "the rank counts unplaced accounts");
        assertEquals(3L, chart.accountAt(1, 0));
    }

    @Test
    void theTableListsThePlacedAccountsWithFormattedIndicesAndTheQuadrantsName() {
        ChartTable table = new MatrixChart(ranking, thresholds, BubbleSize.SALES, key -> key,
                Formats.of(Locale.FRENCH)).getTable();
        assertEquals(List.of("selection.axis.strength", "selection.axis.attractiveness", "selection.quadrant",
                "selection.size.SALES"), table.columns());
        assertEquals(2, table.rows().size(), "the account without indices has no bubble and no row");
        ChartTable.Row first = table.rows().get(0);
        assertEquals("1. Airbus Helicopters", first.label());
        assertEquals("7,5", first.cells().get(0));
        assertEquals("8,25", first.cells().get(1));
        assertEquals("quadrant.STRATEGIC", first.cells().get(2));
        assertEquals("12 500 000 €", first.cells().get(3).replace('\u202f', ' ').replace('\u00a0', ' '));
        assertEquals("3. Thales Alenia Space", table.rows().get(1).label());
    }
}
