package com.kamplanner.web.competency;

import com.kamplanner.competency.ProfileLine;
import com.kamplanner.web.chart.ChartLook;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * The Chart.js radar configuration of a profile: the validated levels against the target, one axis per
 * competency on the 0–5 scale, for {@code p:chart}.
 */
final class RadarChart {

    private RadarChart() {
    }

    static String json(List<ProfileLine> lines, String currentLabel, String targetLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder current = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        for (ProfileLine line : lines) {
            labels.add(line.getName());
            current.add(line.getCurrent() == null ? 0 : line.getCurrent());
            target.add(line.getTarget() == null ? 0 : line.getTarget());
        }
        return ChartLook.finish(Json.createObjectBuilder().add("type", "radar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", currentLabel).add("data", current)
                                        .add("backgroundColor", "rgba(0,114,178,0.25)")
                                        .add("borderColor", ChartLook.colour(0)))
                                .add(Json.createObjectBuilder().add("label", targetLabel).add("data", target)
                                        .add("backgroundColor", "rgba(230,159,0,0.10)")
                                        .add("borderColor", ChartLook.colour(1)).add("borderDash",
                                                Json.createArrayBuilder().add(6).add(4)))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("r", Json.createObjectBuilder().add("min", 0).add("max", 5)
                                .add("ticks", Json.createObjectBuilder().add("stepSize", 1)))))
                .build());
    }
}
