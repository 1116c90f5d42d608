package com.kamplanner.web.competency;

import com.kamplanner.competency.ProfileLine;
import com.kamplanner.platform.Formats;
import com.kamplanner.platform.JsonBuilders;
import com.kamplanner.web.chart.ChartLook;
import com.kamplanner.web.chart.ChartTable;
import com.kamplanner.web.chart.ChartView;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The radar of a profile: the validated levels against the target, one axis per competency on the 0–5 scale, each
 * validated level written at its point (drawn by {@code charts.js}), the scale named under the title; the same
 * levels as a table. A competency not
 * validated yet sits at 0 on the radar and reads "—" in the table.
 */
final class RadarChart {

    private RadarChart() {
    }

    static ChartView of(List<ProfileLine> lines, Function<String, String> text, Formats formats) {
        String currentLabel = text.apply("competency.radar.current");
        String targetLabel = text.apply("competency.radar.target");
        JsonArrayBuilder labels = JsonBuilders.array();
        JsonArrayBuilder current = JsonBuilders.array();
        JsonArrayBuilder shown = JsonBuilders.array();
        JsonArrayBuilder target = JsonBuilders.array();
        List<ChartTable.Row> rows = new ArrayList<>();
        for (ProfileLine line : lines) {
            labels.add(line.getName());
            current.add(line.getCurrent() == null ? 0 : line.getCurrent());
            shown.add(formats.number(line.getCurrent()));
            target.add(line.getTarget() == null ? 0 : line.getTarget());
            rows.add(new ChartTable.Row(line.getName(),
                    List.of(formats.number(line.getCurrent()), formats.number(line.getTarget()))));
        }
        String title = text.apply("competency.radar.title");
        String json = ChartLook.finish(JsonBuilders.object().add("type", "radar")
                .add("data", JsonBuilders.object().add("labels", labels)
                        .add("datasets", JsonBuilders.array()
                                .add(JsonBuilders.object().add("label", currentLabel).add("data", current)
                                        .add("kamValues", shown)
                                        .add("backgroundColor", "rgba(0,114,178,0.25)")
                                        .add("borderColor", ChartLook.colour(0)))
                                .add(JsonBuilders.object().add("label", targetLabel).add("data", target)
                                        .add("backgroundColor", "rgba(230,159,0,0.10)")
                                        .add("borderColor", ChartLook.colour(1)).add("borderDash",
                                                JsonBuilders.array().add(6).add(4)))))
                .add("options", JsonBuilders.object()
                        // A radial scale has no axis title: the chart's title names the scale under its own.
                        .add("plugins", JsonBuilders.object().add("title", JsonBuilders.object()
                                .add("display", true).add("text", JsonBuilders.array().add(title)
                                        .add(text.apply("competency.radar.scale")))))
                        .add("scales", JsonBuilders.object()
                                .add("r", JsonBuilders.object().add("min", 0).add("max", 5)
                                        .add("ticks", JsonBuilders.object().add("stepSize", 1)))))
                .build());
        return new ChartView(json, new ChartTable(title, text.apply("competency.competency"),
                List.of(currentLabel, targetLabel), rows));
    }
}
