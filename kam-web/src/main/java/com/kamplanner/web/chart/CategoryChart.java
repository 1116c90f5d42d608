package com.kamplanner.web.chart;

import com.kamplanner.platform.Formats;
import com.kamplanner.platform.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A chart of figures per category (bars, with lines over them), written once for the canvas and once for the table
 * that stands in for it, so the two never say different things. Both axes carry a title; every bar and point
 * carries its value, formatted by the axis' format (a {@code Formats} method) and drawn by {@code charts.js}. A
 * series of another scale goes on a second axis, so a €0.5 M bar does not vanish under a €250 M line. Bar series
 * alternate filled and outlined, a cue besides their colour.
 */
public final class CategoryChart {

    private final String title;
    private final String categoryAxis;
    private final List<String> categories;
    private final List<Series> series = new ArrayList<>();
    private final Locale locale;
    private Axis values;
    private Axis second;
    private boolean horizontal;
    private boolean stacked;
    private Number max;

    /**
     * @param title what the chart shows (its title and the table's caption)
     * @param categoryAxis the title of the axis that lists the categories
     * @param categories the categories, in order
     * @param locale the reader's language, for the numbers Chart.js writes on the ticks
     */
    public CategoryChart(String title, String categoryAxis, List<String> categories, Locale locale) {
        this.title = title;
        this.categoryAxis = categoryAxis;
        this.categories = List.copyOf(categories);
        this.locale = locale;
    }

    /** The value axis: its title and how its values read (a {@code Formats} method), on the chart and in the table. */
    public CategoryChart valueAxis(String axisTitle, Function<Number, String> format) {
        values = new Axis(axisTitle, format, format, null);
        return this;
    }

    /** A value axis of amounts in one currency: shortened on the chart ("€250M"), in full in the table. */
    public CategoryChart amountAxis(String axisTitle, Formats formats, String currency) {
        values = amounts(axisTitle, formats, currency);
        return this;
    }

    /** A second value axis of amounts, on the other side, for the series of another scale. */
    public CategoryChart secondAmountAxis(String axisTitle, Formats formats, String currency) {
        second = amounts(axisTitle, formats, currency);
        return this;
    }

    private static Axis amounts(String axisTitle, Formats formats, String currency) {
        return new Axis(axisTitle, v -> formats.compact(v == null ? null : decimal(v), currency),
                v -> formats.amount(v == null ? null : decimal(v), currency), currency);
    }

    /** Bars lie along the category axis, which runs down the left (long names read better). */
    public CategoryChart horizontal() {
        horizontal = true;
        return this;
    }

    /** The bar series are stacked, one bar per category. */
    public CategoryChart stacked() {
        stacked = true;
        return this;
    }

    /** The value axis ends at {@code max} (100 for percentages). */
    public CategoryChart upTo(Number max) {
        this.max = max;
        return this;
    }

    public CategoryChart bars(String label, List<? extends Number> data) {
        return add(new Series(label, "bar", false, data));
    }

    public CategoryChart line(String label, List<? extends Number> data) {
        return add(new Series(label, "line", false, data));
    }

    /** A dashed line without points or values on the chart (a baseline, a target): its values are in the table. */
    public CategoryChart reference(String label, List<? extends Number> data) {
        return add(new Series(label, "reference", false, data));
    }

    /** A line on the second axis: a measure of another scale than the bars. */
    public CategoryChart lineOnSecondAxis(String label, List<? extends Number> data) {
        return add(new Series(label, "line", true, data));
    }

    private CategoryChart add(Series added) {
        if (added.data().size() != categories.size()) {
            throw new IllegalArgumentException(added.label() + " has " + added.data().size() + " values for "
                    + categories.size() + " categories");
        }
        series.add(added);
        return this;
    }

    /** The configuration and its table. */
    public ChartView view() {
        if (values == null) {
            throw new IllegalStateException("no value axis for " + title);
        }
        if (series.stream().anyMatch(Series::onSecond) && second == null) {
            throw new IllegalStateException("a series on a second axis that " + title + " does not have");
        }
        return new ChartView(json(), table());
    }

    private String json() {
        String valueId = horizontal ? "x" : "y";
        String categoryId = horizontal ? "y" : "x";
        JsonArrayBuilder labels = JsonBuilders.array();
        categories.forEach(labels::add);
        JsonArrayBuilder datasets = JsonBuilders.array();
        int bars = 0;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Axis axis = s.onSecond() ? second : values;
            JsonArrayBuilder data = JsonBuilders.array();
            JsonArrayBuilder shown = JsonBuilders.array();
            for (Number value : s.data()) {
                if (value == null) {
                    data.addNull();
                    shown.addNull();
                } else {
                    data.add(decimal(value));
                    shown.add(axis.label().apply(value));
                }
            }
            String colour = ChartLook.colour(i);
            boolean reference = "reference".equals(s.type());
            JsonObjectBuilder set = JsonBuilders.object().add("type", reference ? "line" : s.type())
                    .add("label", s.label()).add("data", data).add("borderColor", colour);
            if (reference) {
                set.add("backgroundColor", colour).add("fill", false).add("spanGaps", true).add("order", 0)
                        .add("borderWidth", 2).add("pointRadius", 0).add("pointStyle", "line")
                        .add("borderDash", JsonBuilders.array().add(6).add(4));
            } else if ("line".equals(s.type())) {
                set.add("kamValues", shown).add("backgroundColor", colour).add("fill", false).add("spanGaps", true)
                        .add("order", 0).add("borderWidth", 2);
            } else {
                set.add("kamValues", shown);
                boolean outlined = bars++ % 2 == 1;
                set.add("backgroundColor", outlined ? tint(colour) : colour).add("borderWidth", 2).add("order", 1);
            }
            if (s.onSecond()) {
                set.add(horizontal ? "xAxisID" : "yAxisID", valueId + "2");
            }
            datasets.add(set);
        }
        JsonObjectBuilder scales = JsonBuilders.object()
                .add(categoryId, titled(JsonBuilders.object().add("stacked", stacked), categoryAxis))
                .add(valueId, valueScale(values, max, stacked, wholeNumbers(false)));
        if (second != null) {
            scales.add(valueId + "2", valueScale(second, null, false, wholeNumbers(true))
                    .add("position", horizontal ? "top" : "right")
                    .add("grid", JsonBuilders.object().add("drawOnChartArea", false)));
        }
        JsonObjectBuilder options = JsonBuilders.object()
                .add("locale", locale.toLanguageTag())
                .add("maintainAspectRatio", true)
                .add("aspectRatio", aspectRatio())
                // Room after the longest horizontal bar for its value (charts.js puts a value that has no room
                // above a vertical bar inside it).
                .add("layout", JsonBuilders.object().add("padding", JsonBuilders.object()
                        .add("right", horizontal ? 36 : 0)))
                .add("plugins", JsonBuilders.object()
                        .add("title", JsonBuilders.object().add("display", true).add("text", title))
                        .add("legend", JsonBuilders.object().add("display", series.size() > 1)))
                .add("scales", scales);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return ChartLook.finish(JsonBuilders.object().add("type", "bar")
                .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
                .add("options", options).build());
    }

    /** Horizontal bars get the height their categories need (about 40 px each at 800 px wide), not a fixed shape. */
    private double aspectRatio() {
        if (!horizontal) {
            return 2;
        }
        double height = 130 + 40.0 * categories.size() * (stacked ? 1 : Math.max(1, series.size() * 0.6));
        return Math.round(Math.max(1, Math.min(4, 800 / height)) * 100) / 100.0;
    }

    private ChartTable table() {
        List<ChartTable.Row> rows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            List<String> cells = new ArrayList<>();
            for (Series s : series) {
                Number value = s.data().get(c);
                cells.add((s.onSecond() ? second : values).cell().apply(value));
            }
            rows.add(new ChartTable.Row(categories.get(c), cells));
        }
        return new ChartTable(title, categoryAxis, series.stream().map(Series::label).toList(), rows);
    }

    private JsonObjectBuilder valueScale(Axis axis, Number end, boolean stack, boolean whole) {
        JsonObjectBuilder scale = titled(JsonBuilders.object().add("beginAtZero", true).add("stacked", stack),
                axis.title());
        if (end != null) {
            scale.add("max", decimal(end));
        } else {
            // Room above the longest bar for its value.
            scale.add("grace", "8%");
        }
        if (whole) {
            scale.add("ticks", JsonBuilders.object().add("precision", 0));
        }
        if (axis.currency() != null) {
            scale.add("kamCurrency", axis.currency());
        }
        return scale;
    }

    private boolean wholeNumbers(boolean onSecond) {
        return series.stream().filter(s -> s.onSecond() == onSecond).flatMap(s -> s.data().stream())
                .allMatch(v -> v == null || v instanceof Long || v instanceof Integer);
    }

    private static JsonObjectBuilder titled(JsonObjectBuilder scale, String text) {
        return scale.add("title", JsonBuilders.object().add("display", true).add("text", text));
    }

    /** The colour at a quarter of its strength, for an outlined bar. */
    private static String tint(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        return "rgba(" + r + "," + g + "," + b + ",0.25)";
    }

    private static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** An axis: its title, how a value reads on the chart and in the table, and its currency if it shows amounts. */
    private record Axis(String title, Function<Number, String> label, Function<Number, String> cell, String currency) {
    }

    private record Series(String label, String type, boolean onSecond, List<? extends Number> data) {
    }
}
