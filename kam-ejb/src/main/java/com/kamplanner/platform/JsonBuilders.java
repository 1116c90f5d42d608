package com.kamplanner.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Map;

/**
 * JSON builders from one provider, looked up once. {@code jakarta.json.Json.createObjectBuilder()} looks its provider up with a
 * {@link java.util.ServiceLoader} at every call, which scans the application's jars under the class loaders' locks:
 * under load, the pages with charts (a chart is dozens of builders) waited seconds for one another there (issue 17,
 * docs/performance.md).
 */
public final class JsonBuilders {

    private static final JsonBuilderFactory FACTORY = JsonProvider.provider().createBuilderFactory(Map.of());

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    /** A builder that starts with the members of {@code base}. */
    public static JsonObjectBuilder object(JsonObject base) {
        return FACTORY.createObjectBuilder(base);
    }

    public static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }
}
