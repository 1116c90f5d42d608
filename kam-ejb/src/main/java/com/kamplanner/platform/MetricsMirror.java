package com.kamplanner.platform;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the server has a metrics registry of its own (MicroProfile Metrics on Payara), a copy of the
 * application's counters. Optional: {@link ProgrammeMetrics} looks mirrors up with {@code Instance}, so a server
 * without one simply has none, and the interface itself depends on nothing beyond Jakarta EE.
 */
public interface MetricsMirror {

    /** Registers a counter at zero. */
    void counter(MetricKey key, String description);

    void increment(MetricKey key, String description);

    /** Registers a gauge that reads {@code value} whenever the registry is scraped. */
    void gauge(String name, String description, AtomicLong value);
}
