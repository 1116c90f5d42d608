package com.kamplanner.web.plan;

import com.kamplanner.plan.IndicatorSeries;
import com.kamplanner.web.chart.ChartLook;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The Chart.js line configuration (for {@code p:chart}) of one indicator over time: the actuals of each period,
 * and the baseline and target as flat lines up to the target date.
 */
public final class IndicatorChart {

    private IndicatorChart() {
    }

    public static String json(IndicatorSeries series, Function<String, String> text) {
        TreeSet<LocalDate> dates = new TreeSet<>(series.getActuals().keySet());
        if (series.getTargetDate() != null) {
            dates.add(series.getTargetDate());
        }
        List<LocalDate> axis = new ArrayList<>(dates);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder actuals = Json.createArrayBuilder();
        JsonArrayBuilder baseline = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        for (LocalDate date : axis) {
            labels.add(date.toString());
            add(actuals, series.getActuals().get(date));
            add(baseline, series.getBaseline());
            add(target, series.getTarget());
        }
        String unit = series.getUnit() == null ? "" : " (" + series.getUnit() + ")";
        return ChartLook.finish(Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(text.apply("plan.actual") + unit, actuals, ChartLook.colour(0), false))
                                .add(dataset(text.apply("plan.baseline"), baseline, ChartLook.colour(6), true))
                                .add(dataset(text.apply("plan.target"), target, ChartLook.colour(2), true))))
                .add("options", Json.createObjectBuilder().add("spanGaps", true)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", series.getObjective() + " — "
                                        + series.getIndicator()))))
                .build());
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour,
                                                          boolean dashed) {
        jakarta.json.JsonObjectBuilder set = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("fill", false);
        if (dashed) {
            set.add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0);
        }
        return set;
    }

    private static void add(JsonArrayBuilder array, BigDecimal value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value);
        }
    }
}
