package com.kamplanner.plan;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * The frozen form of a plan version: its content as JSON (JSON-B), written when the version is submitted and read
 * back to render it, so an approved version never changes when the strategy does.
 */
public final class PlanSnapshot {

    private PlanSnapshot() {
    }

    public static String write(PlanContent content) {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true))) {
            return jsonb.toJson(content);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the plan snapshot", e);
        }
    }

    public static PlanContent read(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, PlanContent.class);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the plan snapshot", e);
        }
    }
}
