package com.kamplanner.platform;

/** A metric's value at the time {@code /metrics} is read. */
public record MetricSample(MetricKey key, long value) {
}
