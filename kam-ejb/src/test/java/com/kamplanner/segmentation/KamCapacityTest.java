package com.kamplanner.segmentation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KamCapacityTest {

    private static final BigDecimal TEN = BigDecimal.TEN;

    @Test
    void reachingTheCapacityExactlyIsAllowed() {
        assertFalse(KamCapacity.exceeds(new BigDecimal("8"), new BigDecimal("2"), TEN));
    }

    @Test
    void goingOverTheCapacityIsNot() {
        assertTrue(KamCapacity.exceeds(new BigDecimal("8.5"), new BigDecimal("2"), TEN));
    }

    @Test
    void aStrategicAccountWeighsMoreThanAStreamlineOne() {
        BigDecimal load = new BigDecimal("9");
        assertTrue(KamCapacity.exceeds(load, new BigDecimal("2.00"), TEN), "Strategic weighs 2");
        assertFalse(KamCapacity.exceeds(load, new BigDecimal("0.50"), TEN), "Streamline weighs 0.5");
    }

    @Test
    void anAccountWithoutSegmentCountsAsOneAndNoLoadAsZero() {
        assertFalse(KamCapacity.exceeds(null, null, BigDecimal.ONE));
        assertTrue(KamCapacity.exceeds(new BigDecimal("9.5"), null, TEN));
    }
}
