package com.kamplanner.web.security.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.people.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Directory mode is chosen by settings alone: off without a URL, defaults for the rest, clear errors. */
class DirectorySettingsTest {

    private final Map<String, String> values = new HashMap<>();
    private final Function<String, Optional<String>> source = name -> Optional.ofNullable(values.get(name));

    @Test
    void directoryModeIsOffWithoutAUrlAndLocalUsersThenAlwaysSignIn() {
        values.put(DirectorySettings.LOCAL_USERS, "false");
        assertTrue(DirectorySettings.from(source).isEmpty());
        assertTrue(DirectorySettings.localUsersAllowed(source), "without a directory, local users are the only ones");
    }

    @Test
    void aUrlAndAUserBaseAreEnoughAndTheRestHasDefaults() {
        values.put(DirectorySettings.URL, "ldap://dc1.example.com:389");
        values.put(DirectorySettings.USER_BASE, "ou=people,dc=example,dc=com");
        DirectorySettings settings = DirectorySettings.from(source).orElseThrow();
        assertEquals("(uid={0})", settings.userFilter());
        assertEquals("uid", settings.usernameAttribute());
        assertEquals("(member={0})", settings.groupFilter());
        assertNull(settings.bindDn(), "an anonymous search");
        assertFalse(settings.searchesGroups(), "without a group base, memberOf is read");
        assertTrue(settings.localUsers(), "local users keep signing in by default");
        assertEquals(3000, settings.connectTimeoutMillis());
        assertEquals(5000, settings.readTimeoutMillis());
        assertTrue(settings.roles().isEmpty());
    }

    @Test
    void everySettingIsRead() {
        values.put(DirectorySettings.URL, "ldaps://dc1.example.com:636");
        values.put(DirectorySettings.BIND_DN, "cn=kam-service,ou=services,dc=example,dc=com");
        values.put(DirectorySettings.BIND_PASSWORD, "s3cret");
        values.put(DirectorySettings.USER_BASE, "ou=people,dc=example,dc=com");
        values.put(DirectorySettings.USER_FILTER, "(sAMAccountName={0})");
        values.put(DirectorySettings.USERNAME_ATTRIBUTE, "sAMAccountName");
        values.put(DirectorySettings.GROUP_BASE, "ou=groups,dc=example,dc=com");
        values.put(DirectorySettings.GROUP_FILTER, "(uniqueMember={0})");
        values.put(DirectorySettings.ROLES, "cn=kams,ou=groups,dc=example,dc=com=KAM");
        values.put(DirectorySettings.LOCAL_USERS, "FALSE");
        values.put(DirectorySettings.CONNECT_TIMEOUT, "1500");
        values.put(DirectorySettings.READ_TIMEOUT, "2500");
        DirectorySettings settings = DirectorySettings.from(source).orElseThrow();
        assertEquals("cn=kam-service,ou=services,dc=example,dc=com", settings.bindDn());
        assertEquals("s3cret", settings.bindPassword());
        assertEquals("(sAMAccountName={0})", settings.userFilter());
        assertEquals("sAMAccountName", settings.usernameAttribute());
        assertTrue(settings.searchesGroups());
        assertEquals("(uniqueMember={0})", settings.groupFilter());
        assertEquals(Set.of(Role.KAM), settings.roles().rolesOf(List.of("cn=kams,ou=groups,dc=example,dc=com")));
        assertFalse(settings.localUsers());
        assertFalse(DirectorySettings.localUsersAllowed(source));
        assertEquals(1500, settings.connectTimeoutMillis());
        assertEquals(2500, settings.readTimeoutMillis());
    }

    @Test
    void thePasswordNeverAppearsInTheLoggedSettings() {
        values.put(DirectorySettings.URL, "ldap://dc1");
        values.put(DirectorySettings.BIND_DN, "cn=svc");
        values.put(DirectorySettings.BIND_PASSWORD, "s3cret-value");
        values.put(DirectorySettings.USER_BASE, "dc=example,dc=com");
        String logged = DirectorySettings.from(source).orElseThrow().toString();
        assertFalse(logged.contains("s3cret-value"), logged);
        assertTrue(logged.contains("cn=svc"), logged);
    }

    @Test
    void missingOrMalformedSettingsAreNamed() {
        values.put(DirectorySettings.URL, "ldap://dc1");
        assertMessageNames(DirectorySettings.USER_BASE);
        values.put(DirectorySettings.USER_BASE, "dc=example,dc=com");
        values.put(DirectorySettings.BIND_DN, "cn=svc");
        assertMessageNames(DirectorySettings.BIND_PASSWORD);
        values.put(DirectorySettings.BIND_PASSWORD, "${ALIAS=kam-ldap-password}");
        assertMessageNames("password alias");
        values.put(DirectorySettings.BIND_PASSWORD, "s3cret");
        values.put(DirectorySettings.READ_TIMEOUT, "soon");
        assertMessageNames(DirectorySettings.READ_TIMEOUT);
        values.put(DirectorySettings.READ_TIMEOUT, "0");
        assertMessageNames(DirectorySettings.READ_TIMEOUT);
        values.remove(DirectorySettings.READ_TIMEOUT);
        values.put(DirectorySettings.ROLES, "cn=kams=BOSS");
        assertMessageNames("BOSS");
    }

    private void assertMessageNames(String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DirectorySettings.from(source));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
