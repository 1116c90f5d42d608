package com.kamplanner.web.security.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.people.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OidcSettingsTest {

    private final Map<String, String> values = new HashMap<>(Map.of(
            OidcSettings.ISSUER, "https://sso.example.com/realms/corp",
            OidcSettings.CLIENT_ID, "kam-planner",
            OidcSettings.CLIENT_SECRET, "s3cret"));

    private Optional<OidcSettings> settings() {
        return OidcSettings.from(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void offWithoutAnIssuer() {
        values.remove(OidcSettings.ISSUER);
        assertTrue(settings().isEmpty());
    }

    @Test
    void defaultsKeepLocalLoginAndAskForOpenid() {
        OidcSettings settings = settings().orElseThrow();
        assertEquals("openid profile email", settings.scopes());
        assertEquals("preferred_username", settings.usernameClaim());
        assertEquals("groups", settings.rolesClaim());
        assertTrue(settings.localLogin());
        assertEquals(60, settings.clockSkewSeconds());
    }

    @Test
    void openidIsAlwaysAmongTheScopes() {
        values.put(OidcSettings.SCOPES, "profile email");
        assertEquals("openid profile email", settings().orElseThrow().scopes());
    }

    @Test
    void localLoginTurnsOffOnlyWithFalse() {
        values.put(OidcSettings.LOCAL_LOGIN, "FALSE");
        assertFalse(settings().orElseThrow().localLogin());
    }

    @Test
    void theSecretIsNeverShown() {
        assertFalse(settings().orElseThrow().toString().contains("s3cret"));
    }

    @Test
    void missingOrUnresolvedSecretsAndBadValuesAreRefusedWithTheirName() {
        values.put(OidcSettings.CLIENT_SECRET, "${ALIAS=kam-oidc-client-secret}");
        assertTrue(assertThrows(IllegalArgumentException.class, this::settings).getMessage().contains("alias"));
        values.remove(OidcSettings.CLIENT_SECRET);
        assertTrue(assertThrows(IllegalArgumentException.class, this::settings).getMessage()
                .contains(OidcSettings.CLIENT_SECRET));
        values.put(OidcSettings.CLIENT_SECRET, "s3cret");
        values.put(OidcSettings.CLOCK_SKEW, "-1");
        assertThrows(IllegalArgumentException.class, this::settings);
        values.put(OidcSettings.CLOCK_SKEW, "0");
        values.put(OidcSettings.ISSUER, "ftp://sso.example.com");
        assertThrows(IllegalArgumentException.class, this::settings);
    }

    @Test
    void claimValuesMapToRolesExactly() {
        ClaimRoles roles = ClaimRoles.parse("kams=KAM; kam-it=admin,hr ;/a=b/x=KA_DIRECTOR");
        assertEquals(Set.of(Role.KAM), roles.rolesOf(List.of("kams", "staff")));
        assertEquals(Set.of(Role.ADMIN, Role.HR), roles.rolesOf(List.of("kam-it")));
        assertEquals(Set.of(Role.KA_DIRECTOR), roles.rolesOf(List.of("/a=b/x")), "the role follows the last =");
        assertTrue(roles.rolesOf(List.of("KAMS", "/kams")).isEmpty(), "compared exactly, as providers send them");
        assertThrows(IllegalArgumentException.class, () -> ClaimRoles.parse("kams=CEO"));
        assertThrows(IllegalArgumentException.class, () -> ClaimRoles.parse("kams"));
    }

    @Test
    void claimValuesAreReadFromListsStringsAndNestedObjects() {
        Map<String, Object> claims = Map.of("groups", List.of("kams", 3, "staff"), "roles", "KAM.Manager",
                "realm_access", Map.of("roles", List.of("kam-directors")));
        assertEquals(List.of("kams", "staff"), ClaimRoles.values(claims, "groups"));
        assertEquals(List.of("KAM.Manager"), ClaimRoles.values(claims, "roles"));
        assertEquals(List.of("kam-directors"), ClaimRoles.values(claims, "realm_access.roles"));
        assertEquals(List.of(), ClaimRoles.values(claims, "missing.claim"));
    }

    @Test
    void anUnknownReasonCodeIsTheProvidersRefusal() {
        assertEquals(SsoRefusal.Reason.NO_ROLE, SsoRefusal.Reason.ofCode("noRole"));
        assertEquals(SsoRefusal.Reason.PROVIDER, SsoRefusal.Reason.ofCode("<script>"));
    }
}
