package com.kamplanner.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Live while the application is deployed and its heap is not nearly exhausted: a restart would help then, which
 * is what a liveness failure asks for. A database outage is a readiness matter, not a liveness one.
 */
@ApplicationScoped
public class ApplicationLiveness {

    public static final String NAME = "application";

    /** Above this share of the maximum heap in use after the last collections, the instance is not live. */
    static final double HEAP_LIMIT = 0.95;

    public HealthStatus check() {
        Runtime runtime = Runtime.getRuntime();
        double used = (double) (runtime.totalMemory() - runtime.freeMemory()) / runtime.maxMemory();
        return new HealthStatus(NAME, used < HEAP_LIMIT, Map.of());
    }
}
