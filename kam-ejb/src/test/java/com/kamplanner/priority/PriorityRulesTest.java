package com.kamplanner.priority;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.strategy.Objective;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The period of a priority runs forwards; only strategic objectives serve priorities. */
class PriorityRulesTest {

    @Test
    void aPeriodMayNotEndBeforeItStarts() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> PriorityRules.checkPeriod(2028, 2026));
        assertEquals(PriorityRules.PERIOD_ORDER, refused.messageKey());
        assertArrayEquals(new Object[] {2028, 2026}, refused.arguments());
    }

    @Test
    void aOneYearPeriodAndAForwardPeriodAreFine() {
        assertDoesNotThrow(() -> PriorityRules.checkPeriod(2026, 2026));
        assertDoesNotThrow(() -> PriorityRules.checkPeriod(2026, 2029));
        assertDoesNotThrow(() -> PriorityRules.checkPeriod(null, 2029), "a missing year is Bean Validation's");
    }

    @Test
    void onlyAStrategicObjectiveLinksToPriorities() {
        assertDoesNotThrow(() -> PriorityRules.checkLinkable(Objective.Level.STRATEGIC, List.of(1L, 2L)));
        for (Objective.Level level : List.of(Objective.Level.OPERATIONAL, Objective.Level.SUPPORTING)) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> PriorityRules.checkLinkable(level, List.of(1L)));
            assertEquals(PriorityRules.STRATEGIC_ONLY, refused.messageKey());
            assertDoesNotThrow(() -> PriorityRules.checkLinkable(level, List.of()), "unlinking is always fine");
        }
    }
}
