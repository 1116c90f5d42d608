package com.kamplanner.conflict;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A conflict moves forward only, and is resolved only with a note saying how. */
class ConflictRulesTest {

    @Test
    void aConflictNamesFunctionsWhenItsOtherPartiesAreWritten() {
        Conflict conflict = new Conflict("Delivery slots", ConflictKind.BETWEEN_FUNCTIONS, "Both want the slots.",
                "david.kad", Instant.now());
        assertFalse(conflict.namesFunctions(), "the kind alone names no one");
        conflict.edit("Delivery slots", ConflictKind.BETWEEN_FUNCTIONS, "   ", "Both want the slots.", List.of());
        assertFalse(conflict.namesFunctions(), "nor blank text");
        conflict.edit("Delivery slots", ConflictKind.BETWEEN_FUNCTIONS, "Production vs Sales", "Both want the slots.",
                List.of());
        assertTrue(conflict.namesFunctions());
    }

    @Test
    void aConflictMovesForwardFromOpenThroughMediationToResolved() {
        assertTrue(ConflictStatus.OPEN.canMoveTo(ConflictStatus.IN_MEDIATION));
        assertTrue(ConflictStatus.OPEN.canMoveTo(ConflictStatus.RESOLVED));
        assertTrue(ConflictStatus.IN_MEDIATION.canMoveTo(ConflictStatus.RESOLVED));
    }

    @Test
    void aConflictNeverMovesBackNorStaysWhereItIs() {
        assertFalse(ConflictStatus.IN_MEDIATION.canMoveTo(ConflictStatus.OPEN));
        assertFalse(ConflictStatus.RESOLVED.canMoveTo(ConflictStatus.IN_MEDIATION));
        assertFalse(ConflictStatus.RESOLVED.canMoveTo(ConflictStatus.OPEN));
        assertFalse(ConflictStatus.OPEN.canMoveTo(ConflictStatus.OPEN));
        assertFalse(ConflictStatus.OPEN.canMoveTo(null));
        BusinessRuleException back = assertThrows(BusinessRuleException.class,
                () -> ConflictRules.checkMove(ConflictStatus.RESOLVED, ConflictStatus.OPEN, "note"));
        assertEquals(ConflictRules.BACKWARDS, back.messageKey());
    }

    @Test
    void resolvingNeedsAResolutionNoteOfAtMost4000Characters() {
        for (String missing : new String[] {null, "", "   "}) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> ConflictRules.checkMove(ConflictStatus.IN_MEDIATION, ConflictStatus.RESOLVED, missing));
            assertEquals(ConflictRules.RESOLUTION_REQUIRED, refused.messageKey());
        }
        BusinessRuleException tooLong = assertThrows(BusinessRuleException.class,
                () -> ConflictRules.checkMove(ConflictStatus.OPEN, ConflictStatus.RESOLVED, "x".repeat(4001)));
        assertEquals(ConflictRules.RESOLUTION_SIZE, tooLong.messageKey());
        assertDoesNotThrow(() -> ConflictRules.checkMove(ConflictStatus.OPEN, ConflictStatus.RESOLVED,
                "Two shifts on the test bench"));
        assertDoesNotThrow(() -> ConflictRules.checkMove(ConflictStatus.OPEN, ConflictStatus.IN_MEDIATION, null),
                "mediation needs no note");
    }

    @Test
    void resolvingRecordsTheNoteWhoAndWhenAndMediationRecordsNoResolution() {
        Conflict conflict = new Conflict("Bench", ConflictKind.BETWEEN_ACCOUNTS, "Both want the bench", "david.kad",
                Instant.parse("2026-09-01T08:00:00Z"));
        conflict.moveTo(ConflictStatus.IN_MEDIATION, null, "david.kad", Instant.parse("2026-09-02T08:00:00Z"));
        assertEquals(ConflictStatus.IN_MEDIATION, conflict.getStatus());
        assertNull(conflict.getResolution());
        assertNull(conflict.getResolvedAt());
        conflict.moveTo(ConflictStatus.RESOLVED, "  Two shifts  ", "david.kad", Instant.parse("2026-09-03T08:00:00Z"));
        assertEquals("Two shifts", conflict.getResolution());
        assertEquals("david.kad", conflict.getResolvedBy());
        assertEquals(Instant.parse("2026-09-03T08:00:00Z"), conflict.getResolvedAt());
        assertThrows(BusinessRuleException.class,
                () -> conflict.moveTo(ConflictStatus.IN_MEDIATION, null, "david.kad", Instant.now()));
    }
}
