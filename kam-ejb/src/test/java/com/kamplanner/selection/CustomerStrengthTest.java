package com.kamplanner.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.selection.CustomerStrength.Criterion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer-weighted relative strength: its scale, its weights, missing data and the divergence flag. */
class CustomerStrengthTest {

    private static Criterion c(String weight, Integer ours, Integer best) {
        return new Criterion(weight == null ? null : new BigDecimal(weight), ours, best);
    }

    private static BigDecimal value(Criterion... criteria) {
        return CustomerStrength.of(List.of(criteria), null).getValue();
    }

    @Test
    void theScaleRunsFromZeroThroughFiveAtParityToTen() {
        assertEquals(new BigDecimal("5.0"), value(c("40", 7, 7), c("60", 3, 3)), "level with the best competitor");
        assertEquals(new BigDecimal("10.0"), value(c("100", 10, 1)));
        assertEquals(new BigDecimal("0.0"), value(c("100", 1, 10)));
    }

    @Test
    void theCustomersWeightsDecide() {
        // 5 + 5 × (35·2 + 30·(−3) + 20·1 + 15·0) / (9 × 100) = 5 + 5 × 0 / 900 = 5.0
        assertEquals(new BigDecimal("5.0"), value(c("35", 8, 6), c("30", 5, 8), c("20", 9, 8), c("15", 7, 7)));
        // 5 + 5 × (70·4 + 30·(−2)) / (9 × 100) = 5 + 1100 / 900 = 6.2
        assertEquals(new BigDecimal("6.2"), value(c("70", 9, 5), c("30", 4, 6)));
        // The same gaps with the weights the other way round: 5 + 5 × (30·4 + 70·(−2)) / 900 = 4.9
        assertEquals(new BigDecimal("4.9"), value(c("30", 9, 5), c("70", 4, 6)));
    }

    @Test
    void noRatingsIsUnknownNotZeroAndIncompleteCriteriaAreLeftOut() {
        CustomerStrength none = CustomerStrength.of(List.of(), new BigDecimal("6.0"));
        assertNull(none.getValue());
        assertFalse(none.isKnown());
        assertFalse(none.isDivergent(), "unknown never diverges");
        CustomerStrength unrated = CustomerStrength.of(List.of(c("50", null, null), c("50", 8, null),
                c(null, 8, 2), c("0", 10, 1)), new BigDecimal("6.0"));
        assertNull(unrated.getValue(), "no criterion with a weight above 0 and both ratings");
        assertEquals(0, unrated.getRated());
        assertEquals(4, unrated.getCriteria());
        CustomerStrength part = CustomerStrength.of(List.of(c("50", null, 4), c("50", 10, 1)), null);
        assertEquals(new BigDecimal("10.0"), part.getValue(), "only the rated criterion counts");
        assertEquals(1, part.getRated());
    }

    @Test
    void accountsWhereTheTwoReadingsDifferByMoreThanTwoPointsAreFlagged() {
        List<Criterion> criteria = List.of(c("100", 8, 5)); // 5 + 5 × 3 / 9 = 6.7
        assertEquals(new BigDecimal("6.7"), CustomerStrength.of(criteria, null).getValue());
        assertFalse(CustomerStrength.of(criteria, new BigDecimal("4.7")).isDivergent(), "exactly 2 points");
        assertTrue(CustomerStrength.of(criteria, new BigDecimal("4.6")).isDivergent());
        assertTrue(CustomerStrength.of(criteria, new BigDecimal("8.8")).isDivergent());
        assertEquals(new BigDecimal("-2.1"), CustomerStrength.of(criteria, new BigDecimal("8.8")).getDifference());
        assertFalse(CustomerStrength.of(criteria, null).isDivergent(), "the KA Director has not scored it");
        assertNull(CustomerStrength.of(criteria, null).getDifference());
    }
}
