package com.kamplanner.platform;

import java.util.Comparator;

/**
 * One metric's identity: its Prometheus name and at most one label (the login channel, the import source, the
 * export format). Sorted by name, then label, which is the order {@code /metrics} prints.
 */
public record MetricKey(String name, String label, String value) implements Comparable<MetricKey> {

    private static final Comparator<MetricKey> ORDER = Comparator.comparing(MetricKey::name)
            .thenComparing(MetricKey::label, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(MetricKey::value, Comparator.nullsFirst(Comparator.naturalOrder()));

    public static MetricKey of(String name) {
        return new MetricKey(name, null, null);
    }

    public static MetricKey of(String name, String label, String value) {
        return new MetricKey(name, label, value);
    }

    public boolean hasLabel() {
        return label != null;
    }

    @Override
    public int compareTo(MetricKey other) {
        return ORDER.compare(this, other);
    }
}
