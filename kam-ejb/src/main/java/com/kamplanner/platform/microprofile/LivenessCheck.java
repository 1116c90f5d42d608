package com.kamplanner.platform.microprofile;

import com.kamplanner.platform.ApplicationLiveness;
import com.kamplanner.platform.HealthStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/** {@link ApplicationLiveness} as a MicroProfile Health check, for servers that have MicroProfile Health. */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    @Inject
    ApplicationLiveness liveness;

    @Override
    public HealthCheckResponse call() {
        return response(liveness.check());
    }

    static HealthCheckResponse response(HealthStatus status) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(status.name()).status(status.up());
        status.data().forEach(builder::withData);
        return builder.build();
    }
}
