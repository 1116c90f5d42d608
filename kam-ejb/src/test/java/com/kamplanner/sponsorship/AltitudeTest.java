package com.kamplanner.sponsorship;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.situation.DecisionRole;
import org.junit.jupiter.api.Test;

class AltitudeTest {

    @Test
    void aDecisionMakerOfInfluenceSevenOrMoreIsAtTheSponsorsLevel() {
        assertFalse(Altitude.mismatch(DecisionRole.DECISION_MAKER, 7));
        assertFalse(Altitude.mismatch(DecisionRole.DECISION_MAKER, 10));
    }

    @Test
    void aDecisionMakerOfLowInfluenceIsAMismatch() {
        assertTrue(Altitude.mismatch(DecisionRole.DECISION_MAKER, 6));
    }

    @Test
    void anyoneButADecisionMakerIsAMismatchWhateverTheirInfluence() {
        for (DecisionRole role : DecisionRole.values()) {
            if (role != DecisionRole.DECISION_MAKER) {
                assertTrue(Altitude.mismatch(role, 10), role.name());
            }
        }
    }
}
