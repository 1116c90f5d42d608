package com.kamplanner.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kamplanner.selection.WeightedIndex.Term;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedIndexTest {

    @Test
    void theIndexIsTheWeightedSumOfLevelsOverOneHundred() {
        BigDecimal index = WeightedIndex.of(List.of(new Term(30, 8), new Term(20, 6), new Term(20, 5),
                new Term(15, 9), new Term(15, 3)));
        assertEquals(new BigDecimal("6.40"), index, "(240 + 120 + 100 + 135 + 45) / 100");
    }

    @Test
    void allLevelsAtTheTopGiveTenAndAtTheBottomGiveOne() {
        assertEquals(new BigDecimal("10.00"), WeightedIndex.of(List.of(new Term(60, 10), new Term(40, 10))));
        assertEquals(new BigDecimal("1.00"), WeightedIndex.of(List.of(new Term(60, 1), new Term(40, 1))));
    }

    @Test
    void aGroupWithAnUnscoredCriterionHasNoIndexRatherThanAPartialOne() {
        assertNull(WeightedIndex.of(List.of(new Term(50, 9), new Term(50, null))));
    }

    @Test
    void aGroupWithoutCriteriaHasNoIndex() {
        assertNull(WeightedIndex.of(List.of()));
    }

    @Test
    void levelsOutsideOneToTenAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WeightedIndex.of(List.of(new Term(100, 11))));
        assertThrows(IllegalArgumentException.class, () -> WeightedIndex.of(List.of(new Term(100, 0))));
    }
}
