package com.kamplanner.congruence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The congruence board's line count per rule, every rule listed in the board's order, and when they were counted
 * (the oldest rule's time), so that a page can say how old the figures are.
 */
public record CongruenceCounts(Map<CongruenceRule, Long> counts, Instant countedAt) implements Serializable {

    public CongruenceCounts {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** All rules together. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
