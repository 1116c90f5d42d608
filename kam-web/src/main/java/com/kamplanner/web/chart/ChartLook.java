package com.kamplanner.web.chart;

import com.kamplanner.platform.JsonBuilders;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * What every chart of the product shares, applied to a finished Chart.js configuration: no entry animation, text of
 * 12 px and more (ticks, legend, title, axis titles), and, for line and radar series, a point shape per series so
 * that colour is never the only cue. Colours come from {@link #PALETTE}, the Okabe-Ito set that colour-blind readers
 * tell apart.
 */
public final class ChartLook {

    /** Okabe-Ito: blue, orange, bluish green, reddish purple, sky blue, vermillion, grey. */
    public static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#999999");
    static final int TEXT = 13;
    static final int SMALL_TEXT = 12;
    private static final List<String> SHAPES = List.of("circle", "rect", "triangle", "rectRot", "crossRot", "star");

    private ChartLook() {
    }

    /** The palette's colour for the n-th series. */
    public static String colour(int series) {
        return PALETTE.get(Math.floorMod(series, PALETTE.size()));
    }

    /** The configuration with the product's look added to what the chart set itself. */
    public static String finish(JsonObject config) {
        JsonObject options = config.containsKey("options") ? config.getJsonObject("options") : JsonValue.EMPTY_JSON_OBJECT;
        JsonObjectBuilder look = JsonBuilders.object(options).add("animation", false);
        JsonObject plugins = options.containsKey("plugins") ? options.getJsonObject("plugins") : JsonValue.EMPTY_JSON_OBJECT;
        JsonObjectBuilder readable = JsonBuilders.object(plugins)
                .add("legend", with(plugins.getJsonObject("legend"), Map.of("labels",
                        font(child(plugins.getJsonObject("legend"), "labels"), TEXT))))
                .add("tooltip", with(plugins.getJsonObject("tooltip"), Map.of("bodyFont", size(TEXT),
                        "titleFont", size(TEXT))));
        if (plugins.containsKey("title")) {
            readable.add("title", font(plugins.getJsonObject("title"), TEXT + 1));
        }
        look.add("plugins", readable);
        if (options.containsKey("scales")) {
            JsonObject scales = options.getJsonObject("scales");
            JsonObjectBuilder all = JsonBuilders.object();
            scales.forEach((name, scale) -> all.add(name, readableScale(scale.asJsonObject())));
            look.add("scales", all);
        }
        JsonObjectBuilder result = JsonBuilders.object(config).add("options", look);
        if (config.containsKey("data")) {
            result.add("data", shaped(config.getJsonObject("data"), config.getString("type", "")));
        }
        return result.build().toString();
    }

    private static JsonObject readableScale(JsonObject scale) {
        JsonObjectBuilder builder = JsonBuilders.object(scale).add("ticks", font(child(scale, "ticks"), SMALL_TEXT));
        if (scale.containsKey("title")) {
            builder.add("title", font(scale.getJsonObject("title"), TEXT));
        }
        if (scale.containsKey("pointLabels") || "r".equals(scale.getString("axis", ""))) {
            builder.add("pointLabels", font(child(scale, "pointLabels"), TEXT));
        }
        return builder.build();
    }

    /** Line and radar series get a point shape each, a second cue besides their colour. */
    private static JsonObject shaped(JsonObject data, String type) {
        if (!data.containsKey("datasets")) {
            return data;
        }
        JsonArray sets = data.getJsonArray("datasets");
        JsonArrayBuilder shapedSets = JsonBuilders.array();
        for (int i = 0; i < sets.size(); i++) {
            JsonObject set = sets.getJsonObject(i);
            String kind = set.getString("type", type);
            if (("line".equals(kind) || "radar".equals(kind)) && !set.containsKey("pointStyle")) {
                JsonObjectBuilder shapedSet = JsonBuilders.object(set).add("pointStyle", SHAPES.get(i % SHAPES.size()));
                if (!set.containsKey("pointRadius")) {
                    shapedSet.add("pointRadius", 4);
                }
                shapedSets.add(shapedSet);
            } else {
                shapedSets.add(set);
            }
        }
        return JsonBuilders.object(data).add("datasets", shapedSets).build();
    }

    private static JsonObject child(JsonObject parent, String name) {
        return parent != null && parent.containsKey(name) ? parent.getJsonObject(name) : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static JsonObject with(JsonObject base, Map<String, JsonObject> added) {
        JsonObjectBuilder builder = JsonBuilders.object(base == null ? JsonValue.EMPTY_JSON_OBJECT : base);
        added.forEach(builder::add);
        return builder.build();
    }

    private static JsonObject font(JsonObject element, int pixels) {
        JsonObject font = child(element, "font");
        int kept = font.containsKey("size") ? Math.max(font.getInt("size"), pixels) : pixels;
        return JsonBuilders.object(element).add("font", JsonBuilders.object(font).add("size", kept)).build();
    }

    private static JsonObject size(int pixels) {
        return JsonBuilders.object().add("size", pixels).build();
    }
}
