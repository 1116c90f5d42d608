package com.kamplanner.web.security.directory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which directory checks become a row: the first, every change, and the same state only every ten minutes. */
class DirectoryChecksTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    @Test
    void theFirstCheckIsAlwaysRecorded() {
        assertTrue(DirectoryChecks.due(null, null, true, NOW));
        assertTrue(DirectoryChecks.due(null, null, false, NOW));
    }

    @Test
    void aChangeBetweenAnsweringAndNotIsRecordedAtOnce() {
        assertTrue(DirectoryChecks.due(true, NOW.minusSeconds(1), false, NOW));
        assertTrue(DirectoryChecks.due(false, NOW.minusSeconds(1), true, NOW));
    }

    @Test
    void theSameStateIsRecordedAgainOnlyAfterTenMinutes() {
        assertFalse(DirectoryChecks.due(true, NOW.minusSeconds(599), true, NOW));
        assertTrue(DirectoryChecks.due(true, NOW.minusSeconds(600), true, NOW));
    }
}
