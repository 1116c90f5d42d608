package com.kamplanner.platform;

import java.util.Map;

/**
 * The answer of one health check: its name, UP or DOWN, and a few strings for the operator (never a secret, the
 * endpoints need no login). Plain Jakarta EE, so that {@code /health} answers on every server.
 */
public record HealthStatus(String name, boolean up, Map<String, String> data) {

    public HealthStatus {
        data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    }

    public static HealthStatus down(String name) {
        return new HealthStatus(name, false, Map.of());
    }
}
