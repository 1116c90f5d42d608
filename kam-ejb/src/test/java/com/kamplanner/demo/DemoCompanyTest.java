package com.kamplanner.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.people.Role;
import com.kamplanner.platform.Settings;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCompanyTest {

    @Test
    void withDemoModeOffNothingIsSeeded() {
        System.clearProperty(Settings.DEMO);
        DemoCompany demo = new DemoCompany();
        // No entity manager at all: any attempt to seed would fail here.
        assertDoesNotThrow(demo::seedWhenDemoModeIsOn);
    }

    @Test
    void theDemoCompanyHasThePeopleTheReadmeLists() {
        Map<Role, Long> perRole = DemoCompany.PEOPLE.stream()
                .flatMap(p -> p.roles().stream()).collect(Collectors.groupingBy(Function.identity(),
                        Collectors.counting()));
        assertEquals(1L, perRole.get(Role.EXECUTIVE));
        assertEquals(1L, perRole.get(Role.KA_DIRECTOR));
        assertEquals(4L, perRole.get(Role.KAM));
        assertEquals(1L, perRole.get(Role.HR));
        assertEquals(3L, perRole.get(Role.TEAM_MEMBER));
        assertEquals(1L, perRole.get(Role.ADMIN));
        assertEquals(1L, DemoCompany.PEOPLE.stream().filter(DemoCompany.Person::external).count(),
                "one team member comes from outside the company");
    }

    @Test
    void aboutFortyPlausibleAccountsHeldOnlyByDemoKams() {
        assertTrue(DemoAccounts.ROWS.size() >= 35 && DemoAccounts.ROWS.size() <= 45);
        assertEquals(DemoAccounts.ROWS.size(),
                DemoAccounts.ROWS.stream().map(DemoAccounts.Row::name).distinct().count(), "names are unique");
        Set<String> kams = DemoCompany.PEOPLE.stream().filter(p -> p.roles().contains(Role.KAM))
                .map(DemoCompany.Person::username).collect(Collectors.toSet());
        for (DemoAccounts.Row row : DemoAccounts.ROWS) {
            assertTrue(row.kam() == null || kams.contains(row.kam()), row.name());
            assertTrue(row.country().matches("[A-Z]{2}") && row.currency().matches("[A-Z]{3}"), row.name());
        }
    }
}
