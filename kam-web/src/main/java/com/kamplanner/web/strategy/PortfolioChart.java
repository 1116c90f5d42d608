package com.kamplanner.web.strategy;

import com.kamplanner.platform.JsonBuilders;
import com.kamplanner.strategy.OfferingPosition;
import com.kamplanner.web.chart.ChartLook;
import com.kamplanner.web.chart.ChartTable;
import com.kamplanner.web.chart.ChartView;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The customer's purchasing portfolio (Kraljic) as the orientation step draws it: supply risk across, profit impact
 * up, one dataset per position so that the legend names them, each of our offerings a bubble in its cell (spread
 * within the cell; the place inside carries no figure), the cells named in their corners by {@code matrix.js}. The
 * table beside it lists each offering, numbered as the bubbles whose name does not fit, and its position.
 */
final class PortfolioChart {

    private static final double[] SPREAD = {0, -1.1, 1.1};

    private PortfolioChart() {
    }

    static ChartView of(List<OfferingPosition> positions, Function<String, String> text) {
        JsonArrayBuilder datasets = JsonBuilders.array();
        JsonObjectBuilder corners = JsonBuilders.object();
        List<ChartTable.Row> rows = new ArrayList<>();
        for (OfferingPosition.Position position : OfferingPosition.Position.values()) {
            String label = text.apply("strategy.portfolio." + position.name());
            corners.add(corner(position), label);
            JsonArrayBuilder points = JsonBuilders.array();
            int index = 0;
            for (OfferingPosition offering : positions) {
                if (offering.position() != position) {
                    continue;
                }
                double x = (position.isHighRisk() ? 7.5 : 2.5) + SPREAD[index % 3];
                double y = (position.isHighImpact() ? 7.5 : 2.5) + SPREAD[(index / 3) % 3];
                int rank = positions.indexOf(offering) + 1;
                points.add(JsonBuilders.object().add("x", x).add("y", y).add("r", 9)
                        .add("name", offering.offering()).add("rank", rank));
                rows.add(new ChartTable.Row(rank + ". " + offering.offering(), List.of(label)));
                index++;
            }
            datasets.add(JsonBuilders.object().add("label", label).add("data", points)
                    .add("backgroundColor", ChartLook.colour(position.ordinal())));
        }
        datasets.add(line(text.apply("strategy.portfolio.riskDivide"), 5, 0, 5, 10));
        datasets.add(line(text.apply("strategy.portfolio.impactDivide"), 0, 5, 10, 5));
        JsonObjectBuilder options = JsonBuilders.object()
                .add("maintainAspectRatio", true).add("aspectRatio", 1.6)
                .add("scales", JsonBuilders.object()
                        .add("x", axis(text.apply("strategy.portfolio.supplyRisk")))
                        .add("y", axis(text.apply("strategy.portfolio.profitImpact"))))
                .add("plugins", JsonBuilders.object()
                        .add("kamQuadrants", JsonBuilders.object().add("labels", corners)));
        String json = ChartLook.finish(JsonBuilders.object().add("type", "bubble")
                .add("data", JsonBuilders.object().add("datasets", datasets)).add("options", options).build());
        return new ChartView(json, new ChartTable(text.apply("strategy.portfolio.title"),
                text.apply("strategy.portfolio.offering"), List.of(text.apply("strategy.portfolio.position")), rows));
    }

    /** The corner {@code matrix.js} writes a cell's name in, named as the selection matrix's quadrants. */
    private static String corner(OfferingPosition.Position position) {
        return switch (position) {
            case STRATEGIC -> "STRATEGIC";
            case LEVERAGE -> "STAR";
            case BOTTLENECK -> "STATUS";
            case NON_CRITICAL -> "STREAMLINE";
        };
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
                .add("ticks", JsonBuilders.object().add("display", false))
                .add("title", JsonBuilders.object().add("display", true).add("text", title));
    }
}
