package com.kamplanner.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void theStoreAndTheWriterUseTheSameParameters() {
        Map<String, String> parameters = PasswordHashing.parameters();
        assertEquals("PBKDF2WithHmacSHA256", parameters.get("Pbkdf2PasswordHash.Algorithm"));
        assertEquals("100000", parameters.get("Pbkdf2PasswordHash.Iterations"));
        assertEquals("32", parameters.get("Pbkdf2PasswordHash.SaltSizeBytes"));
        assertEquals("32", parameters.get("Pbkdf2PasswordHash.KeySizeBytes"));
    }
}
