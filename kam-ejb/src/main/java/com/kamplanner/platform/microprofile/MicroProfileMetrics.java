package com.kamplanner.platform.microprofile;

import com.kamplanner.platform.MetricKey;
import com.kamplanner.platform.MetricsMirror;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Copies the application's counters into the server's MicroProfile Metrics application registry. On a server
 * without MicroProfile Metrics this class cannot load (its methods name MicroProfile types), so CDI skips it and
 * {@code ProgrammeMetrics} finds no mirror; with the API but no registry, it does nothing.
 */
@ApplicationScoped
public class MicroProfileMetrics implements MetricsMirror {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    Instance<MetricRegistry> registries;

    @Override
    public void counter(MetricKey key, String description) {
        if (registries.isResolvable()) {
            registries.get().counter(metadata(key.name(), description), tags(key));
        }
    }

    @Override
    public void increment(MetricKey key, String description) {
        if (registries.isResolvable()) {
            registries.get().counter(metadata(key.name(), description), tags(key)).inc();
        }
    }

    @Override
    public void gauge(String name, String description, AtomicLong value) {
        if (registries.isResolvable()) {
            registries.get().gauge(metadata(name, description), value, AtomicLong::doubleValue);
        }
    }

    private static Tag[] tags(MetricKey key) {
        return key.hasLabel() ? new Tag[] {new Tag(key.label(), key.value())} : new Tag[0];
    }

    private static Metadata metadata(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }
}
