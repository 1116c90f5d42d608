package com.kamplanner.plan;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * The frozen form of a plan version: its content as JSON (JSON-B), written when the version is submitted and read
 * back to render it, so an approved version never changes when the strategy does.
 *
 * <p>One JSON-B instance each way for the application: {@code JsonbBuilder.create()} looks its provider up with a
 * ServiceLoader and builds its class models afresh, and the plan page reads a snapshot at every view. Jsonb instances
 * are thread-safe.
 */
public final class PlanSnapshot {

    private static final Jsonb WRITER = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    private static final Jsonb READER = JsonbBuilder.create();

    private PlanSnapshot() {
    }

    public static String write(PlanContent content) {
        try {
            return WRITER.toJson(content);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot write the plan snapshot", e);
        }
    }

    public static PlanContent read(String json) {
        try {
            return READER.fromJson(json, PlanContent.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read the plan snapshot", e);
        }
    }
}
