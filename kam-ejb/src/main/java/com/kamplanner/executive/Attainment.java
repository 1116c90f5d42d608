package com.kamplanner.executive;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Actual against target as a whole percentage, the one way every roll-up of the executive's page shows it. */
final class Attainment {

    private Attainment() {
    }

    static Integer percent(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null || target.signum() == 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP).intValue();
    }
}
