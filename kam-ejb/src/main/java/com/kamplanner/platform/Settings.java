package com.kamplanner.platform;

import java.util.Optional;

/**
 * Runtime settings read from a system property or, failing that, the matching environment variable
 * ({@code kam.demo} or {@code KAM_DEMO}). Plain Java on purpose: the EAR must run on any Jakarta EE 10 server,
 * with or without MicroProfile Config.
 */
public final class Settings {

    /** Seeds the demo company when true. Off unless the run command turns it on. */
    public static final String DEMO = "kam.demo";
    /** Password of the first administrator, created once when the database has no administrator. */
    public static final String BOOTSTRAP_ADMIN_PASSWORD = "kam.bootstrap.admin-password";
    /** How long the outbox keeps trying to send a mail, an ISO-8601 duration; a day ({@code PT24H}) by default. */
    public static final String MAIL_GIVE_UP_AFTER = "kam.mail.give-up-after";
    /** The address users open the application at, e.g. {@code https://kam.example.com/}: links in e-mails. */
    public static final String PUBLIC_URL = "kam.public-url";

    /** The corporate directory's address: directory login is on when it is set (see the web module's directory). */
    public static final String DIRECTORY_URL = "kam.ldap.url";

    private Settings() {
    }

    public static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName(name));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static boolean flag(String name) {
        return get(name).map(Boolean::parseBoolean).orElse(false);
    }

    /** {@code kam.bootstrap.admin-password} becomes {@code KAM_BOOTSTRAP_ADMIN_PASSWORD}. */
    static String environmentName(String name) {
        return name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
