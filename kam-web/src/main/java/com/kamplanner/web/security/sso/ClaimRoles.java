package com.kamplanner.web.security.sso;

import com.kamplanner.people.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which values of the roles claim give which application roles, from {@code kam.oidc.roles}: {@code value=ROLE[,ROLE...]}
 * entries separated by {@code ;}, for example {@code kam-directors=KA_DIRECTOR;kams=KAM}. Values are compared
 * exactly, as providers send them: Keycloak group names or paths ({@code /kams}), Entra ID group object ids or
 * app-role values. The roles follow the last {@code =} of an entry, as for the directory's group mapping.
 */
public final class ClaimRoles {

    private final Map<String, Set<Role>> rolesByValue;

    private ClaimRoles(Map<String, Set<Role>> rolesByValue) {
        this.rolesByValue = rolesByValue;
    }

    /** Parses the setting; an entry without a role or an unknown role name is refused with a message naming it. */
    public static ClaimRoles parse(String setting) {
        Map<String, Set<Role>> rolesByValue = new LinkedHashMap<>();
        for (String entry : setting == null ? new String[0] : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            if (equals <= 0 || equals == entry.length() - 1 || entry.substring(0, equals).isBlank()) {
                throw new IllegalArgumentException(OidcSettings.ROLES + ": '" + entry.trim() + "' is not value=ROLE");
            }
            Set<Role> roles = rolesByValue.computeIfAbsent(entry.substring(0, equals).trim(),
                    value -> EnumSet.noneOf(Role.class));
            for (String role : entry.substring(equals + 1).split(",")) {
                roles.add(role(role.trim()));
            }
        }
        return new ClaimRoles(rolesByValue);
    }

    /** The roles the claim's values give; values mapped to nothing give none. */
    public Set<Role> rolesOf(Collection<String> values) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values) {
            roles.addAll(rolesByValue.getOrDefault(value, Set.of()));
        }
        return roles;
    }

    /**
     * The values of a claim in the ID token's claims (a JSON object as a map), {@code a.b} reaching into nested
     * objects such as Keycloak's {@code realm_access.roles}: a list of strings, or one string; nothing otherwise.
     */
    public static List<String> values(Map<String, Object> claims, String claimName) {
        Object value = claims;
        for (String part : claimName.split("\\.")) {
            if (!(value instanceof Map<?, ?> object)) {
                return List.of();
            }
            value = object.get(part);
        }
        if (value instanceof String single) {
            return List.of(single);
        }
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            for (Object item : many) {
                if (item instanceof String text) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    public boolean isEmpty() {
        return rolesByValue.isEmpty();
    }

    public int size() {
        return rolesByValue.size();
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(OidcSettings.ROLES + ": '" + name + "' is not a role; the roles are "
                    + Arrays.toString(Role.values()), e);
        }
    }
}
