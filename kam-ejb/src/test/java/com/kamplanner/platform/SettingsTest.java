package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("kam.test-setting");
    }

    @Test
    void environmentVariableNamesFollowTheUsualConvention() {
        assertEquals("KAM_DEMO", Settings.environmentName(Settings.DEMO));
        assertEquals("KAM_BOOTSTRAP_ADMIN_PASSWORD", Settings.environmentName(Settings.BOOTSTRAP_ADMIN_PASSWORD));
    }

    @Test
    void aSystemPropertyIsReadAndTrimmed() {
        System.setProperty("kam.test-setting", "  true ");
        assertEquals("true", Settings.get("kam.test-setting").orElseThrow());
        assertTrue(Settings.flag("kam.test-setting"));
    }

    @Test
    void aMissingOrBlankSettingIsAbsentAndFlagsDefaultToOff() {
        assertTrue(Settings.get("kam.test-setting").isEmpty());
        assertFalse(Settings.flag("kam.test-setting"));
        System.setProperty("kam.test-setting", "  ");
        assertTrue(Settings.get("kam.test-setting").isEmpty());
    }
}
