package com.kamplanner.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the application is deployed and its heap is not nearly exhausted: a restart would help then, which
 * is what a liveness failure asks for. A database outage is a readiness matter, not a liveness one.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    /** Above this share of the maximum heap in use after the last collections, the instance is not live. */
    static final double HEAP_LIMIT = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        double used = (double) (runtime.totalMemory() - runtime.freeMemory()) / runtime.maxMemory();
        return HealthCheckResponse.named("application").status(used < HEAP_LIMIT).build();
    }
}
