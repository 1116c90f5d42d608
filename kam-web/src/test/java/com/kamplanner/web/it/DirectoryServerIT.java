package com.kamplanner.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.people.Role;
import com.kamplanner.web.security.directory.CorporateDirectory;
import com.kamplanner.web.security.directory.CorporateDirectory.Answer;
import com.kamplanner.web.security.directory.CorporateDirectory.Verdict;
import com.kamplanner.web.security.directory.DirectorySettings;
import com.kamplanner.web.security.directory.DirectoryUnreachableException;
import com.kamplanner.web.security.directory.DirectoryUser;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JNDI conversation itself against the private OpenLDAP of {@code -Pldap}, without an application server:
 * both ways of reading groups (a group search, and {@code memberOf} as Active Directory offers it), and the
 * verdicts the identity store relies on. Fast, so the cases the HTTP tests cannot set up are here.
 */
class DirectoryServerIT {

    private final Map<String, String> values = new HashMap<>();

    @BeforeEach
    void settingsOfTheBuild() throws IOException {
        TestDirectory.ofBuild().settings().forEach((k, v) -> values.put(k.toString(), v.toString()));
    }

    @Test
    void groupsComeFromAGroupSearch() throws Exception {
        Answer answer = directory().authenticate("dora.director", TestDirectory.PASSWORD.toCharArray());
        assertEquals(Verdict.AUTHENTICATED, answer.verdict());
        DirectoryUser dora = answer.user();
        assertEquals("dora.director", dora.username());
        assertEquals("Dora Director", dora.displayName());
        assertEquals("dora.director@example.com", dora.email());
        assertEquals(TestDirectory.userDn("dora.director"), dora.dn());
        assertEquals(Set.of(TestDirectory.DIRECTORS, TestDirectory.STAFF), Set.copyOf(dora.groupDns()));
    }

    @Test
    void groupsComeFromMemberOfWithoutAGroupBase() throws Exception {
        values.remove(DirectorySettings.GROUP_BASE);
        Answer answer = directory().authenticate("kevin.kam", TestDirectory.PASSWORD.toCharArray());
        assertEquals(Set.of(TestDirectory.KAMS, TestDirectory.STAFF), Set.copyOf(answer.user().groupDns()));
        assertEquals(Set.of(Role.KAM),
                settings().roles().rolesOf(answer.user().groupDns()));
    }

    @Test
    void theUserNameIsTheConfiguredAttributeInLowerCase() throws Exception {
        values.put(DirectorySettings.USER_FILTER, "(mail={0})");
        Answer answer = directory().authenticate("Kevin.Kam@Example.com", TestDirectory.PASSWORD.toCharArray());
        assertEquals("kevin.kam", answer.user().username(), "the uid, not what was typed");
    }

    @Test
    void theVerdictsTheIdentityStoreReliesOn() throws Exception {
        CorporateDirectory directory = directory();
        assertEquals(Verdict.WRONG_PASSWORD, directory.authenticate("kevin.kam", "wrong".toCharArray()).verdict());
        assertEquals(Verdict.WRONG_PASSWORD, directory.authenticate("kevin.kam", new char[0]).verdict(),
                "an empty password would be an anonymous bind: refused before binding");
        assertEquals(Verdict.UNKNOWN_USER, directory.authenticate("nobody", TestDirectory.PASSWORD.toCharArray())
                .verdict());
        assertEquals(Verdict.UNKNOWN_USER, directory.authenticate("kevin*", TestDirectory.PASSWORD.toCharArray())
                .verdict(), "a wildcard is searched for literally");
    }

    @Test
    void aFilterThatFindsSeveralPeopleSignsNobodyIn() throws Exception {
        values.put(DirectorySettings.USER_FILTER, "(|(uid={0})(uid=kevin.kam))");
        assertEquals(Verdict.AMBIGUOUS_USER,
                directory().authenticate("dora.director", TestDirectory.PASSWORD.toCharArray()).verdict());
    }

    @Test
    void aRefusedServiceAccountMeansTheDirectoryCannotBeUsed() {
        values.put(DirectorySettings.BIND_PASSWORD, "not-the-service-password");
        DirectoryUnreachableException e = assertThrows(DirectoryUnreachableException.class,
                () -> directory().authenticate("kevin.kam", TestDirectory.PASSWORD.toCharArray()));
        assertTrue(e.getMessage().contains("refused the service account"), e.getMessage());
        assertFalse(e.getMessage().contains("not-the-service-password"), "no password in the message");
    }

    @Test
    void aSearchTheDirectoryDoesNotAllowIsReportedNotTakenForAnUnknownUser() {
        values.remove(DirectorySettings.BIND_DN);
        values.remove(DirectorySettings.BIND_PASSWORD);
        DirectoryUnreachableException e = assertThrows(DirectoryUnreachableException.class,
                () -> directory().authenticate("kevin.kam", TestDirectory.PASSWORD.toCharArray()),
                "the test tree hides people from anonymous searches: a setting to fix, not a user to skip");
        assertTrue(e.getMessage().contains("No Such Object"), e.getMessage());
    }

    @Test
    void aDeadPortFailsFast() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        values.put(DirectorySettings.URL, "ldap://127.0.0.1:" + deadPort + "/");
        long start = System.nanoTime();
        assertThrows(DirectoryUnreachableException.class,
                () -> directory().authenticate("kevin.kam", TestDirectory.PASSWORD.toCharArray()));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
    }

    @Test
    void aSecondUrlIsTriedWhenTheFirstIsDown() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        values.put(DirectorySettings.URL, "ldap://127.0.0.1:" + deadPort + "/ " + values.get(DirectorySettings.URL));
        assertEquals(Verdict.AUTHENTICATED,
                directory().authenticate("kevin.kam", TestDirectory.PASSWORD.toCharArray()).verdict());
    }

    private DirectorySettings settings() {
        return DirectorySettings.from(name -> Optional.ofNullable(values.get(name))).orElseThrow();
    }

    private CorporateDirectory directory() {
        return new CorporateDirectory(settings());
    }
}
