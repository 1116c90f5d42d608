package com.kamplanner.web.executive;

import com.kamplanner.web.chart.ChartLook;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Chart.js configuration (for {@code p:chart}) of the executive pages' bar charts: labels along the axis and
 * one dataset per series, a series drawn as bars or, for a measure of another kind, as a line over the bars.
 */
public final class FigureChart {

    private final JsonArrayBuilder labels = Json.createArrayBuilder();
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();
    private final String title;
    private int series;

    public FigureChart(String title, List<String> labels) {
        this.title = title;
        labels.forEach(this.labels::add);
    }

    public FigureChart bars(String label, List<? extends Number> values) {
        return add(label, values, "bar");
    }

    public FigureChart line(String label, List<? extends Number> values) {
        return add(label, values, "line");
    }

    private FigureChart add(String label, List<? extends Number> values, String type) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number value : values) {
            if (value == null) {
                data.addNull();
            } else if (value instanceof BigDecimal d) {
                data.add(d);
            } else if (value instanceof Double d) {
                data.add(d);
            } else {
                data.add(value.longValue());
            }
        }
        String colour = ChartLook.colour(series++);
        JsonObjectBuilder set = Json.createObjectBuilder().add("type", type).add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour);
        if ("line".equals(type)) {
            set.add("fill", false).add("spanGaps", true).add("order", 0);
        } else {
            set.add("order", 1);
        }
        datasets.add(set);
        return this;
    }

    public String json() {
        return ChartLook.finish(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", title)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true))))
                .build());
    }
}
