package com.kamplanner.segmentation;

import java.math.BigDecimal;

/**
 * The capacity rule, kept pure so that it can be tested alone: a KAM's load is the sum of the capacity weights
 * of the accounts they hold (their segment's weight; 1 for an account without a segment yet), and an
 * assignment may not take it past the programme's capacity.
 */
public final class KamCapacity {

    /** Weight of an account whose segment is not known yet. */
    public static final BigDecimal DEFAULT_WEIGHT = BigDecimal.ONE;

    private KamCapacity() {
    }

    /** True when adding an account of {@code weight} to {@code currentLoad} goes over {@code capacity}. */
    public static boolean exceeds(BigDecimal currentLoad, BigDecimal weight, BigDecimal capacity) {
        BigDecimal load = currentLoad == null ? BigDecimal.ZERO : currentLoad;
        return load.add(weight == null ? DEFAULT_WEIGHT : weight).compareTo(capacity) > 0;
    }
}
