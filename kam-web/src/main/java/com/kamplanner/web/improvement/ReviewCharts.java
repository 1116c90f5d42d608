package com.kamplanner.web.improvement;

import com.kamplanner.improvement.QuarterFigures;
import com.kamplanner.improvement.QuarterReview;
import com.kamplanner.web.chart.ChartLook;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * The Chart.js configurations (for {@code p:chart}) of the quarterly review: this quarter against last for the
 * three percentages, and the recorded quarters as a trend.
 */
final class ReviewCharts {

    private static final QuarterReview.Figure[] PERCENTAGES = {QuarterReview.Figure.COVERAGE,
            QuarterReview.Figure.COMPLIANCE, QuarterReview.Figure.FRESHNESS};

    private ReviewCharts() {
    }

    static String comparison(QuarterReview review, Function<String, String> text) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder last = Json.createArrayBuilder();
        JsonArrayBuilder now = Json.createArrayBuilder();
        for (QuarterReview.Figure figure : PERCENTAGES) {
            labels.add(text.apply("review.figure." + figure.name()));
            add(last, review.previous() == null ? null : figure.of(review.previous()));
            add(now, figure.of(review.current()));
        }
        return ChartLook.finish(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets",
                        Json.createArrayBuilder()
                                .add(dataset(review.previousQuarter().label(), last, ChartLook.colour(6)))
                                .add(dataset(review.quarter().label(), now, ChartLook.colour(0)))))
                .add("options", percentAxis(text.apply("review.chart.comparison")))
                .build());
    }

    /** The trend of the recorded quarters; none when fewer than two were recorded. */
    static String trend(List<QuarterFigures> history, Function<String, String> text) {
        if (history.size() < 2) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        history.forEach(q -> labels.add(q.getQuarter().label()));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (int i = 0; i < PERCENTAGES.length; i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (QuarterFigures quarter : history) {
                add(data, PERCENTAGES[i].of(quarter.getFigures()));
            }
            sets.add(dataset(text.apply("review.figure." + PERCENTAGES[i].name()), data, ChartLook.colour(i))
                    .add("fill", false));
        }
        return ChartLook.finish(Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", percentAxis(text.apply("review.chart.trend")))
                .build());
    }

    private static JsonObjectBuilder percentAxis(String title) {
        return Json.createObjectBuilder()
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                        .add("min", 0).add("max", 100)))
                .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                        .add("display", true).add("text", title)));
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour);
    }

    private static void add(JsonArrayBuilder array, Long value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value);
        }
    }
}
