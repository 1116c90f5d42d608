package com.kamplanner.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void everyRoleIsKnownToTheContainerByItsOwnName() {
        for (Role role : Role.values()) {
            assertEquals(role.name(), role.roleName());
        }
    }

    @Test
    void theAnnotationConstantsAreExactlyTheRoles() throws IllegalAccessException {
        Set<String> constants = new java.util.HashSet<>();
        for (Field field : Role.Names.class.getFields()) {
            constants.add((String) field.get(null));
        }
        assertEquals(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()), constants);
    }

    @Test
    void theProgrammeHasTheSixRolesOfTheIssue() {
        assertEquals(Set.of("EXECUTIVE", "KA_DIRECTOR", "KAM", "TEAM_MEMBER", "HR", "ADMIN"),
                Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()));
    }
}
