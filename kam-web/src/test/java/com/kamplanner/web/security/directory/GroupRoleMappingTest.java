package com.kamplanner.web.security.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.people.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code kam.ldap.roles} syntax: {@code groupDN=ROLE[,ROLE]} entries separated by semicolons. */
class GroupRoleMappingTest {

    private static final String DIRECTORS = "cn=kam-directors,ou=groups,dc=example,dc=com";
    private static final String KAMS = "cn=kams,ou=groups,dc=example,dc=com";

    private final GroupRoleMapping mapping = GroupRoleMapping.parse(
            DIRECTORS + "=KA_DIRECTOR; " + KAMS + "=KAM;cn=it,ou=groups,dc=example,dc=com=ADMIN,HR;");

    @Test
    void aDirectorsGroupGivesTheKaDirectorRole() {
        assertEquals(Set.of(Role.KA_DIRECTOR), mapping.rolesOf(List.of(DIRECTORS)));
    }

    @Test
    void rolesOfSeveralGroupsAddUp() {
        assertEquals(Set.of(Role.KA_DIRECTOR, Role.KAM), mapping.rolesOf(List.of(KAMS, DIRECTORS)));
        assertEquals(Set.of(Role.ADMIN, Role.HR), mapping.rolesOf(List.of("cn=it,ou=groups,dc=example,dc=com")));
    }

    @Test
    void groupNamesCompareAsTheDirectoryComparesThem() {
        assertEquals(Set.of(Role.KA_DIRECTOR),
                mapping.rolesOf(List.of("CN=KAM-Directors, OU=Groups, DC=Example, DC=COM")));
    }

    @Test
    void anUnmappedGroupGivesNoRole() {
        assertTrue(mapping.rolesOf(List.of("cn=staff,ou=groups,dc=example,dc=com", "not a dn")).isEmpty());
        assertTrue(mapping.rolesOf(List.of()).isEmpty());
    }

    @Test
    void roleNamesMayBeInLowerCase() {
        assertEquals(Set.of(Role.KAM), GroupRoleMapping.parse(KAMS + "=kam").rolesOf(List.of(KAMS)));
    }

    @Test
    void anEmptySettingMapsNothing() {
        assertTrue(GroupRoleMapping.parse("").isEmpty());
        assertTrue(GroupRoleMapping.parse(null).isEmpty());
    }

    @Test
    void anUnknownRoleIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupRoleMapping.parse(KAMS + "=KEY_ACCOUNT_MANAGER"));
        assertTrue(e.getMessage().contains("KEY_ACCOUNT_MANAGER"), e.getMessage());
    }

    @Test
    void anEntryWithoutARoleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GroupRoleMapping.parse("cn=kams"));
        assertThrows(IllegalArgumentException.class, () -> GroupRoleMapping.parse(KAMS + "="));
        assertThrows(IllegalArgumentException.class, () -> GroupRoleMapping.parse("KAM"));
    }

    @Test
    void aMalformedDnIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GroupRoleMapping.parse("cn=a,,broken=KAM"));
    }
}
