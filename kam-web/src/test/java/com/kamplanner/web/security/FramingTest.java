package com.kamplanner.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FramingTest {

    @Test
    void byDefaultNobodyMayFrameTheApplication() {
        Framing none = Framing.of(Optional.empty());
        assertEquals("'none'", none.frameAncestors());
        assertEquals(Optional.of("DENY"), none.xFrameOptions());
    }

    @Test
    void theListedPortalsMayAndXFrameOptionsStepsAside() {
        Framing portals = Framing.of(Optional.of("https://portal.example.com/, https://intranet.example.com:8443"));
        assertEquals("https://portal.example.com https://intranet.example.com:8443", portals.frameAncestors());
        assertEquals(Optional.empty(), portals.xFrameOptions());
    }

    @Test
    void somethingElseThanAnOriginIsRefusedWithTheEntry() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Framing.of(Optional.of("https://portal.example.com 'self'; script-src *")));
        assertEquals(true, refused.getMessage().endsWith("'self';"), refused.getMessage());
    }
}
