package com.kamplanner.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuadrantTest {

    @Test
    void theFourQuadrantsFollowTheThresholds() {
        assertEquals(Quadrant.STRATEGIC, Quadrant.of(7.0, 8.0, 5, 5));
        assertEquals(Quadrant.STAR, Quadrant.of(7.0, 3.0, 5, 5));
        assertEquals(Quadrant.STATUS, Quadrant.of(3.0, 8.0, 5, 5));
        assertEquals(Quadrant.STREAMLINE, Quadrant.of(3.0, 3.0, 5, 5));
    }

    @Test
    void anIndexOnItsThresholdCountsAsHighAndTheDirectorsThresholdsApply() {
        assertEquals(Quadrant.STRATEGIC, Quadrant.of(5.0, 5.0, 5, 5));
        assertEquals(Quadrant.STREAMLINE, Quadrant.of(5.0, 5.0, 6, 6));
    }

    @Test
    void aMissingIndexHasNoQuadrant() {
        assertNull(Quadrant.of(null, 8.0, 5, 5));
        assertNull(Quadrant.of(7.0, null, 5, 5));
    }
}
