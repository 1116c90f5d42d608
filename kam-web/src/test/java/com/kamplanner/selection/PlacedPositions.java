package com.kamplanner.selection;

import java.math.BigDecimal;

/** Test builder: a matrix position placed against thresholds, as {@link SelectionMatrix} places the ones it reads. */
public final class PlacedPositions {

    private PlacedPositions() {
    }

    public static MatrixPosition placed(long id, String name, String sales, String attractiveness, String strength,
                                        MatrixThresholds thresholds) {
        MatrixPosition position = new MatrixPosition(id, name, null, null, null, true,
                sales == null ? null : new BigDecimal(sales), "EUR", null,
                attractiveness == null ? null : new BigDecimal(attractiveness),
                strength == null ? null : new BigDecimal(strength));
        position.place(thresholds);
        return position;
    }
}
