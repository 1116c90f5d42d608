package com.kamplanner.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The application's counters for IT, scraped at {@code /metrics}: logins, failed logins, imports, exports, plan
 * submissions, notifications made, and the e-mails sent, given up and waiting. The application keeps them itself,
 * with nothing beyond Jakarta EE, so that they count on every server; where the server has MicroProfile Metrics, a
 * {@link MetricsMirror} also copies them into its registry. Counting never fails: metrics must never stop a login.
 */
@ApplicationScoped
public class ProgrammeMetrics {

    private static final String MAILS_SENT = "E-mails the SMTP server accepted";
    private static final String MAILS_FAILED = "E-mails given up after their last attempt";
    private static final String NOTIFICATIONS = "Notifications made, one per recipient";
    private static final String MAILS_WAITING = "E-mails of the outbox not sent yet, as of the sender's last run";

    private final Map<MetricKey, LongAdder> counters = new ConcurrentSkipListMap<>();
    private final Map<String, String> descriptions = new ConcurrentHashMap<>();
    private final AtomicLong mailsWaiting = new AtomicLong();

    @Inject
    Instance<MetricsMirror> mirrors;

    /** Registers every counter at zero at start-up, so that a scraper sees them before the first event. */
    void registerAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (String channel : new String[] {"form", "basic"}) {
            register(MetricKey.of("kam_logins_total", "channel", channel), "Successful logins");
            register(MetricKey.of("kam_failed_logins_total", "channel", channel), "Refused logins");
        }
        register(MetricKey.of("kam_plan_submissions_total"), "Key Account Plans submitted for review");
        register(MetricKey.of("kam_notifications_total"), NOTIFICATIONS);
        register(MetricKey.of("kam_mails_sent_total"), MAILS_SENT);
        register(MetricKey.of("kam_mails_failed_total"), MAILS_FAILED);
        mirror(mirror -> mirror.gauge("kam_mails_waiting", MAILS_WAITING, mailsWaiting));
    }

    public void loginSucceeded(String channel) {
        count(MetricKey.of("kam_logins_total", "channel", channel), "Successful logins");
    }

    public void loginFailed(String channel) {
        count(MetricKey.of("kam_failed_logins_total", "channel", channel), "Refused logins");
    }

    public void importCompleted(String source) {
        count(MetricKey.of("kam_imports_total", "source", source), "Completed imports");
    }

    public void exportProduced(String format) {
        count(MetricKey.of("kam_exports_total", "format", format), "Documents exported");
    }

    public void planSubmitted() {
        count(MetricKey.of("kam_plan_submissions_total"), "Key Account Plans submitted for review");
    }

    public void notificationMade() {
        count(MetricKey.of("kam_notifications_total"), NOTIFICATIONS);
    }

    public void mailSent() {
        count(MetricKey.of("kam_mails_sent_total"), MAILS_SENT);
    }

    public void mailFailed() {
        count(MetricKey.of("kam_mails_failed_total"), MAILS_FAILED);
    }

    /** The outbox's backlog, counted by the sender after each run (a gauge that never queries the database). */
    public void mailsWaiting(long waiting) {
        mailsWaiting.set(waiting);
    }

    /** Every counter, sorted by name then label, as {@code /metrics} prints them. */
    public List<MetricSample> counters() {
        List<MetricSample> samples = new ArrayList<>();
        counters.forEach((key, count) -> samples.add(new MetricSample(key, count.sum())));
        return samples;
    }

    /** Every gauge, sorted by name. */
    public List<MetricSample> gauges() {
        return List.of(new MetricSample(MetricKey.of("kam_mails_waiting"), mailsWaiting.get()));
    }

    private void register(MetricKey key, String description) {
        descriptions.putIfAbsent(key.name(), description);
        counters.computeIfAbsent(key, k -> new LongAdder());
        mirror(mirror -> mirror.counter(key, description));
    }

    private void count(MetricKey key, String description) {
        descriptions.putIfAbsent(key.name(), description);
        counters.computeIfAbsent(key, k -> new LongAdder()).increment();
        mirror(mirror -> mirror.increment(key, description));
    }

    /** A mirror that fails is skipped: the application's own count above is what {@code /metrics} shows. */
    private void mirror(java.util.function.Consumer<MetricsMirror> action) {
        for (MetricsMirror mirror : mirrors) {
            try {
                action.accept(mirror);
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(ProgrammeMetrics.class.getName())
                        .fine(() -> "Metrics mirror skipped: " + e);
            }
        }
    }
}
