package com.kamplanner.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * One place for the PBKDF2 parameters, shared by the identity store definition (through the constants) and by
 * the code that stores new passwords, so that a hash written here always verifies at login.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=100000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    /** Shortest password accepted for a new or changed password. */
    public static final int MIN_LENGTH = 8;

    @Inject
    Instance<Pbkdf2PasswordHash> hashes;

    public String hash(String password) {
        return configured().generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return configured().verify(password.toCharArray(), storedHash);
    }

    /** A fresh instance per call: the hash object keeps its parameters as state and is not meant to be shared. */
    private Pbkdf2PasswordHash configured() {
        Pbkdf2PasswordHash hash = hashes.get();
        hash.initialize(parameters());
        return hash;
    }

    static Map<String, String> parameters() {
        return Map.of(
                key(ALGORITHM), value(ALGORITHM),
                key(ITERATIONS), value(ITERATIONS),
                key(SALT_SIZE), value(SALT_SIZE),
                key(KEY_SIZE), value(KEY_SIZE));
    }

    private static String key(String setting) {
        return setting.substring(0, setting.indexOf('='));
    }

    private static String value(String setting) {
        return setting.substring(setting.indexOf('=') + 1);
    }
}
