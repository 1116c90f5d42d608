package com.kamplanner.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ChartLookTest {

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void everyChartDrawsAtOnceWithReadableText() {
        JsonObject chart = read(ChartLook.finish(read("""
                {"type":"bar","data":{"labels":["a"],"datasets":[{"label":"x","data":[1]}]},
                 "options":{"plugins":{"title":{"display":true,"text":"T","font":{"size":9}}},
                            "scales":{"y":{"beginAtZero":true,"title":{"display":true,"text":"€"}},
                                      "x":{"ticks":{"font":{"size":9}}}}}}""")));
        JsonObject options = chart.getJsonObject("options");
        assertFalse(options.getBoolean("animation"), "no entry animation");
        assertTrue(options.getJsonObject("scales").getJsonObject("y").getBoolean("beginAtZero"), "what the chart set stays");
        assertEquals(12, options.getJsonObject("scales").getJsonObject("x").getJsonObject("ticks").getJsonObject("font").getInt("size"));
        assertEquals(13, options.getJsonObject("scales").getJsonObject("y").getJsonObject("title").getJsonObject("font").getInt("size"));
        assertEquals(14, options.getJsonObject("plugins").getJsonObject("title").getJsonObject("font").getInt("size"));
        assertEquals(13, options.getJsonObject("plugins").getJsonObject("legend").getJsonObject("labels")
                .getJsonObject("font").getInt("size"));
    }

    @Test
    void lineSeriesDifferByShapeAsWellAsColour() {
        JsonObject chart = read(ChartLook.finish(read("""
                {"type":"line","data":{"labels":["q1"],"datasets":[{"label":"a","data":[1]},{"label":"b","data":[2]}]}}""")));
        var sets = chart.getJsonObject("data").getJsonArray("datasets");
        assertNotEquals(sets.getJsonObject(0).getString("pointStyle"), sets.getJsonObject(1).getString("pointStyle"));
        assertFalse(chart.getJsonObject("options").getBoolean("animation"));
    }

    @Test
    void thePaletteCyclesThroughOkabeIto() {
        assertEquals("#0072B2", ChartLook.colour(0));
        assertEquals(ChartLook.colour(0), ChartLook.colour(ChartLook.PALETTE.size()));
    }
}
