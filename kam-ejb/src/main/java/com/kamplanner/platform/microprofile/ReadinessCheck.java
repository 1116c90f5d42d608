package com.kamplanner.platform.microprofile;

import com.kamplanner.platform.SchemaReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@link SchemaReadiness} as a MicroProfile Health check, for servers that have MicroProfile Health. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    SchemaReadiness readiness;

    @Override
    public HealthCheckResponse call() {
        return LivenessCheck.response(readiness.check());
    }
}
