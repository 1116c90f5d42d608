package com.kamplanner.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuadrantTest {

    @Test
    void theFourQuadrantsFollowTheThresholds() {
        assertEquals(Quadrant.STRATEGIC, Quadrant.of(7.0, 8.0, 5.0, 6.0));
        assertEquals(Quadrant.STAR, Quadrant.of(7.0, 5.9, 5.0, 6.0));
        assertEquals(Quadrant.STATUS, Quadrant.of(4.9, 6.0, 5.0, 6.0));
        assertEquals(Quadrant.STREAMLINE, Quadrant.of(2.0, 3.0, 5.0, 6.0));
    }

    @Test
    void anIndexEqualToItsThresholdCountsAsHigh() {
        assertEquals(Quadrant.STRATEGIC, Quadrant.of(5.0, 6.0, 5.0, 6.0));
    }

    @Test
    void aMissingIndexLeavesTheAccountOutOfTheMatrix() {
        assertNull(Quadrant.of(null, 8.0, 5.0, 5.0));
        assertNull(Quadrant.of(8.0, null, 5.0, 5.0));
    }

    @Test
    void movingAThresholdMovesTheAccount() {
        MatrixPosition position = position("Valeo", "6.50", "4.00");
        position.place(new MatrixThresholds(5.0, 5.0));
        assertEquals(Quadrant.STAR, position.getQuadrant());
        position.place(new MatrixThresholds(7.0, 3.5));
        assertEquals(Quadrant.STATUS, position.getQuadrant());
    }

    @Test
    void theRankingPutsAttractivenessFirstThenStrengthAndMissingIndicesLast() {
        List<MatrixPosition> positions = new ArrayList<>(List.of(position("Unscored", null, null),
                position("Low", "3.00", "9.00"), position("High weak", "8.00", "2.00"),
                position("High strong", "8.00", "7.00")));
        positions.sort(SelectionMatrix.RANKING);
        assertEquals(List.of("High strong", "High weak", "Low", "Unscored"),
                positions.stream().map(MatrixPosition::getName).toList());
    }

    @Test
    void shareOfWalletNeedsAKnownPositiveSpend() {
        MatrixPosition known = new MatrixPosition(1, "A", null, null, null, true, new BigDecimal("250"), "EUR",
                new BigDecimal("1000"), null, null);
        assertEquals(new BigDecimal("0.2500"), known.bubbleValue(BubbleSize.SHARE));
        assertEquals(new BigDecimal("250"), known.bubbleValue(BubbleSize.SALES));
        MatrixPosition unknown = position("B", "5.00", "5.00");
        assertNull(unknown.getShareOfWallet());
    }

    private static MatrixPosition position(String name, String attractiveness, String strength) {
        return new MatrixPosition(1, name, null, null, null, true, null, "EUR", null,
                attractiveness == null ? null : new BigDecimal(attractiveness),
                strength == null ? null : new BigDecimal(strength));
    }
}
