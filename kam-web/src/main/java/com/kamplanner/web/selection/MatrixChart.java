package com.kamplanner.web.selection;

import com.kamplanner.platform.JsonBuilders;
import com.kamplanner.selection.BubbleSize;
import com.kamplanner.selection.MatrixPosition;
import com.kamplanner.selection.MatrixThresholds;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.platform.Formats;
import com.kamplanner.web.chart.ChartLook;
import com.kamplanner.web.chart.ChartTable;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Chart.js bubble configuration of the selection matrix, built from the placed positions: one dataset per
 * quadrant (so the legend names them), strength across, attractiveness up, bubble area proportional to the
 * chosen size, and the two thresholds drawn as lines; each bubble carries its account's name and rank, which
 * {@code matrix.js} writes beside it. Remembers which account each bubble is, for clicks, and gives the placed
 * accounts as a table too.
 */
public class MatrixChart implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double MIN_RADIUS = 4;
    private static final double MAX_RADIUS = 28;
    private static final String[] COLOURS = {"rgba(0,158,115,0.65)", "rgba(230,159,0,0.65)",
            "rgba(0,114,178,0.65)", "rgba(153,153,153,0.65)"};

    private final List<List<Long>> accountsByDataset = new ArrayList<>();
    private final String json;
    private final ChartTable table;

    public MatrixChart(List<MatrixPosition> positions, MatrixThresholds thresholds, BubbleSize size,
                       Function<String, String> text, Formats formats) {
        double largest = positions.stream().filter(MatrixPosition::isPlaced).map(p -> p.bubbleValue(size))
                .filter(v -> v != null && v.signum() > 0).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        JsonArrayBuilder datasets = JsonBuilders.array();
        JsonObjectBuilder labels = JsonBuilders.object();
        for (Quadrant quadrant : Quadrant.values()) {
            JsonArrayBuilder points = JsonBuilders.array();
            List<Long> accounts = new ArrayList<>();
            for (MatrixPosition p : positions) {
                if (p.getQuadrant() != quadrant) {
                    continue;
                }
                BigDecimal value = p.bubbleValue(size);
                double radius = value == null || value.signum() <= 0 ? MIN_RADIUS
                        : MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(value.doubleValue() / largest);
                points.add(JsonBuilders.object().add("x", p.getStrength()).add("y", p.getAttractiveness())
                        .add("r", Math.round(radius * 10) / 10.0).add("name", p.getName())
                        .add("rank", positions.indexOf(p) + 1));
                accounts.add(p.getAccountId());
            }
            String label = text.apply("quadrant." + quadrant.name());
            labels.add(quadrant.name(), label);
            datasets.add(JsonBuilders.object().add("label", label).add("data", points)
                    .add("backgroundColor", COLOURS[quadrant.ordinal()]));
            accountsByDataset.add(accounts);
        }
        datasets.add(line(text.apply("selection.threshold.strength"), thresholds.getStrength(), 0,
                thresholds.getStrength(), 10));
        datasets.add(line(text.apply("selection.threshold.attractiveness"), 0, thresholds.getAttractiveness(), 10,
                thresholds.getAttractiveness()));
        JsonObjectBuilder options = JsonBuilders.object()
                .add("maintainAspectRatio", true).add("aspectRatio", 1.6)
                .add("scales", JsonBuilders.object()
                        .add("x", axis(text.apply("selection.axis.strength")))
                        .add("y", axis(text.apply("selection.axis.attractiveness"))))
                .add("plugins", JsonBuilders.object().add("kamQuadrants", JsonBuilders.object()
                        .add("labels", labels).add("attractiveness", thresholds.getAttractiveness())
                        .add("strength", thresholds.getStrength())));
        json = ChartLook.finish(JsonBuilders.object().add("type", "bubble")
                .add("data", JsonBuilders.object().add("datasets", datasets))
                .add("options", options).build());
        table = table(positions, size, text, formats);
    }

    /** The placed accounts in ranking order, with both indices, their quadrant and what the bubble's area shows. */
    private static ChartTable table(List<MatrixPosition> positions, BubbleSize size, Function<String, String> text,
                                    Formats formats) {
        List<ChartTable.Row> rows = new ArrayList<>();
        for (MatrixPosition p : positions) {
            if (!p.isPlaced()) {
                continue;
            }
            BigDecimal value = p.bubbleValue(size);
            String bubble = size == BubbleSize.SHARE
                    ? (value == null ? Formats.NONE : formats.percent(value.movePointRight(2)))
                    : formats.amount(value, p.getCurrency());
            rows.add(new ChartTable.Row((positions.indexOf(p) + 1) + ". " + p.getName(), List.of(
                    formats.number(p.getStrength()), formats.number(p.getAttractiveness()),
                    text.apply("quadrant." + p.getQuadrant().name()), bubble)));
        }
        return new ChartTable(text.apply("selection.chart.title"), text.apply("account.name"),
                List.of(text.apply("selection.axis.strength"), text.apply("selection.axis.attractiveness"),
                        text.apply("selection.quadrant"), text.apply("selection.size." + size.name())), rows);
    }

    /** The account behind a clicked bubble, or null for a threshold line. */
    public Long accountAt(int dataset, int item) {
        if (dataset < 0 || dataset >= accountsByDataset.size()) {
            return null;
        }
        List<Long> accounts = accountsByDataset.get(dataset);
        return item >= 0 && item < accounts.size() ? accounts.get(item) : null;
    }

    public String getJson() {
        return json;
    }

    /** The same accounts as a table, for {@code WEB-INF/templates/chart.xhtml}. */
    public ChartTable getTable() {
        return table;
    }

    private static JsonObjectBuilder line(String label, double x1, double y1, double x2, double y2) {
        return JsonBuilders.object().add("type", "line").add("label", label)
                .add("data", JsonBuilders.array()
                        .add(JsonBuilders.object().add("x", x1).add("y", y1))
                        .add(JsonBuilders.object().add("x", x2).add("y", y2)))
                .add("borderColor", "rgba(80,80,80,0.8)").add("borderDash", JsonBuilders.array().add(6).add(4))
                .add("pointRadius", 0).add("fill", false);
    }

    private static JsonObjectBuilder axis(String title) {
        return JsonBuilders.object().add("min", 0).add("max", 10)
                .add("title", JsonBuilders.object().add("display", true).add("text", title));
    }
}
