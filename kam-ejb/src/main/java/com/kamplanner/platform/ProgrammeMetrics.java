package com.kamplanner.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The application's counters for IT (MicroProfile Metrics, scraped at {@code /metrics?scope=application}):
 * logins, failed logins, imports, exports, plan submissions, notifications made, and the e-mails sent, given up and waiting. On a server without MicroProfile Metrics the
 * counting quietly does nothing: metrics must never stop a login.
 */
@ApplicationScoped
public class ProgrammeMetrics {

    private static final String MAILS_SENT = "E-mails the SMTP server accepted";
    private static final String MAILS_FAILED = "E-mails given up after their last attempt";
    private static final String NOTIFICATIONS = "Notifications made, one per recipient";

    private final AtomicLong mailsWaiting = new AtomicLong();

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
        registry.counter(metadata("kam_notifications_total", NOTIFICATIONS));
        registry.counter(metadata("kam_mails_sent_total", MAILS_SENT));
        registry.counter(metadata("kam_mails_failed_total", MAILS_FAILED));
        registry.gauge(metadata("kam_mails_waiting", "E-mails of the outbox not sent yet, as of the sender's last run"),
                mailsWaiting, AtomicLong::doubleValue);
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

    public void notificationMade() {
        count("kam_notifications_total", NOTIFICATIONS);
    }

    public void mailSent() {
        count("kam_mails_sent_total", MAILS_SENT);
    }

    public void mailFailed() {
        count("kam_mails_failed_total", MAILS_FAILED);
    }

    /** The outbox's backlog, counted by the sender after each run (a gauge that never queries the database). */
    public void mailsWaiting(long waiting) {
        mailsWaiting.set(waiting);
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
