package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A migration that has shipped never changes: a database upgraded with the old file would differ from one built
 * with the new file, and Flyway would refuse to start. This test holds the released files to their checksums.
 */
class ReleasedMigrationsTest {

    @Test
    void noReleasedMigrationHasChanged() throws Exception {
        Map<String, String> released = released();
        assertFalse(released.isEmpty());
        for (Map.Entry<String, String> migration : released.entrySet()) {
            try (InputStream file = getClass().getClassLoader()
                    .getResourceAsStream("db/migration/" + migration.getKey())) {
                assertNotNull(file, "the released migration " + migration.getKey() + " was removed");
                assertEquals(migration.getValue(), sha256(file.readAllBytes()),
                        migration.getKey() + " has shipped and must not change: add a new migration instead");
            }
        }
    }

    /** File name → SHA-256, from {@code db/released-migrations.txt}. */
    static Map<String, String> released() throws IOException {
        Map<String, String> released = new LinkedHashMap<>();
        try (InputStream list = ReleasedMigrationsTest.class.getClassLoader()
                .getResourceAsStream("db/released-migrations.txt")) {
            for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split("\\s+");
                    released.put(parts[1], parts[0]);
                }
            }
        }
        return released;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
