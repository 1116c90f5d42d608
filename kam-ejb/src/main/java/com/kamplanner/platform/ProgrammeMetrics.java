package com.kamplanner.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The application's counters for IT (MicroProfile Metrics, scraped at {@code /metrics?scope=application}):
 * logins, failed logins, imports, exports and plan submissions. On a server without MicroProfile Metrics the
 * counting quietly does nothing: metrics must never stop a login.
 */
@ApplicationScoped
public class ProgrammeMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    Instance<MetricRegistry> registries;

    /** Registers every counter at zero at start-up, so that a scraper sees them before the first event. */
    void registerAtStartUp(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(
            ApplicationScoped.class) Object started) {
        if (!registries.isResolvable()) {
            return;
        }
        MetricRegistry registry = registries.get();
        for (String channel : new String[] {"form", "basic"}) {
            registry.counter(metadata("kam_logins_total", "Successful logins"), new Tag("channel", channel));
            registry.counter(metadata("kam_failed_logins_total", "Refused logins"), new Tag("channel", channel));
        }
        registry.counter(metadata("kam_plan_submissions_total", "Key Account Plans submitted for review"));
    }

    public void loginSucceeded(String channel) {
        count("kam_logins_total", "Successful logins", new Tag("channel", channel));
    }

    public void loginFailed(String channel) {
        count("kam_failed_logins_total", "Refused logins", new Tag("channel", channel));
    }

    public void importCompleted(String source) {
        count("kam_imports_total", "Completed imports", new Tag("source", source));
    }

    public void exportProduced(String format) {
        count("kam_exports_total", "Documents exported", new Tag("format", format));
    }

    public void planSubmitted() {
        count("kam_plan_submissions_total", "Key Account Plans submitted for review");
    }

    private void count(String name, String description, Tag... tags) {
        if (!registries.isResolvable()) {
            return;
        }
        registries.get().counter(metadata(name, description), tags).inc();
    }

    private static org.eclipse.microprofile.metrics.Metadata metadata(String name, String description) {
        return org.eclipse.microprofile.metrics.Metadata.builder().withName(name).withDescription(description)
                .build();
    }
}
