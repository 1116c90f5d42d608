package com.kamplanner.web.security.directory;

import java.util.Optional;
import java.util.function.Function;

/**
 * Directory mode's settings, read once at start-up from system properties or environment variables (through
 * {@code com.kamplanner.platform.Settings}), so IT switches it on or off without a rebuild. Directory mode is on
 * when {@code kam.ldap.url} is set. The bind password is never part of {@link #toString()}.
 *
 * @param url             {@code ldap://host:389} or {@code ldaps://host:636}; several, space separated, are tried in turn
 * @param bindDn          the service account that searches; none means an anonymous search
 * @param bindPassword    its password (on Payara, a password alias: {@code ${ALIAS=kam-ldap-password}})
 * @param userBase        where users are searched, subtree
 * @param userFilter      the user search, {@code {0}} being the login name as typed (escaped)
 * @param usernameAttribute the attribute that becomes the application user name
 * @param groupBase       where groups are searched; none means "read the user's {@code memberOf}"
 * @param groupFilter     the group search, {@code {0}} being the user's DN and {@code {1}} the login name (escaped)
 * @param roles           which groups give which roles
 * @param localUsers      whether local accounts (the break-glass administrator) still sign in
 */
public record DirectorySettings(String url, String bindDn, String bindPassword, String userBase, String userFilter,
                                String usernameAttribute, String groupBase, String groupFilter,
                                GroupRoleMapping roles, boolean localUsers, int connectTimeoutMillis,
                                int readTimeoutMillis) {

    public static final String URL = com.kamplanner.platform.Settings.DIRECTORY_URL;
    public static final String BIND_DN = "kam.ldap.bind-dn";
    public static final String BIND_PASSWORD = "kam.ldap.bind-password";
    public static final String USER_BASE = "kam.ldap.user-base";
    public static final String USER_FILTER = "kam.ldap.user-filter";
    public static final String USERNAME_ATTRIBUTE = "kam.ldap.username-attribute";
    public static final String GROUP_BASE = "kam.ldap.group-base";
    public static final String GROUP_FILTER = "kam.ldap.group-filter";
    public static final String ROLES = "kam.ldap.roles";
    public static final String LOCAL_USERS = "kam.ldap.local-users";
    public static final String CONNECT_TIMEOUT = "kam.ldap.connect-timeout-ms";
    public static final String READ_TIMEOUT = "kam.ldap.read-timeout-ms";

    static final String DEFAULT_USER_FILTER = "(uid={0})";
    static final String DEFAULT_USERNAME_ATTRIBUTE = "uid";
    static final String DEFAULT_GROUP_FILTER = "(member={0})";
    static final int DEFAULT_CONNECT_TIMEOUT = 3000;
    static final int DEFAULT_READ_TIMEOUT = 5000;

    /**
     * The settings from {@code source} (a setting name to its value); empty when directory mode is off.
     *
     * @throws IllegalArgumentException when directory mode is on but a setting is missing or malformed
     */
    public static Optional<DirectorySettings> from(Function<String, Optional<String>> source) {
        Optional<String> url = source.apply(URL);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String bindDn = source.apply(BIND_DN).orElse(null);
        String bindPassword = source.apply(BIND_PASSWORD).orElse(null);
        if (bindDn != null && bindPassword == null) {
            throw new IllegalArgumentException(BIND_PASSWORD + " is missing for " + BIND_DN + "=" + bindDn);
        }
        if (bindPassword != null && bindPassword.startsWith("${ALIAS=")) {
            throw new IllegalArgumentException(BIND_PASSWORD + " names a password alias the server did not resolve;"
                    + " create it with asadmin create-password-alias");
        }
        String userBase = source.apply(USER_BASE)
                .orElseThrow(() -> new IllegalArgumentException(USER_BASE + " is missing"));
        return Optional.of(new DirectorySettings(url.get(), bindDn, bindPassword, userBase,
                source.apply(USER_FILTER).orElse(DEFAULT_USER_FILTER),
                source.apply(USERNAME_ATTRIBUTE).orElse(DEFAULT_USERNAME_ATTRIBUTE),
                source.apply(GROUP_BASE).orElse(null),
                source.apply(GROUP_FILTER).orElse(DEFAULT_GROUP_FILTER),
                GroupRoleMapping.parse(source.apply(ROLES).orElse("")),
                localUsersAllowed(source),
                millis(source, CONNECT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT),
                millis(source, READ_TIMEOUT, DEFAULT_READ_TIMEOUT)));
    }

    /** Local accounts sign in unless directory mode is on and {@code kam.ldap.local-users=false}. */
    public static boolean localUsersAllowed(Function<String, Optional<String>> source) {
        return source.apply(URL).isEmpty()
                || !source.apply(LOCAL_USERS).map(v -> v.equalsIgnoreCase("false")).orElse(false);
    }

    /** Groups come from a search under {@link #groupBase()}, or else from the user's {@code memberOf}. */
    public boolean searchesGroups() {
        return groupBase != null;
    }

    private static int millis(Function<String, Optional<String>> source, String name, int fallback) {
        String value = source.apply(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            int millis = Integer.parseInt(value);
            if (millis > 0) {
                return millis;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + "=" + value + " is not a positive number of milliseconds");
    }

    @Override
    public String toString() {
        return "DirectorySettings[url=" + url + ", bindDn=" + bindDn + ", userBase=" + userBase + ", userFilter="
                + userFilter + ", usernameAttribute=" + usernameAttribute + ", groupBase=" + groupBase
                + ", groupFilter=" + groupFilter + ", mappedGroups=" + roles.size() + ", localUsers=" + localUsers
                + "]";
    }
}
