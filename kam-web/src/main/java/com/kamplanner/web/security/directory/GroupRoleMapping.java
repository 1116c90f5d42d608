package com.kamplanner.web.security.directory;

import com.kamplanner.people.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

/**
 * Which directory groups give which application roles, from the setting {@code kam.ldap.roles}:
 * {@code groupDN=ROLE[,ROLE...]} entries separated by {@code ;}, for example
 * {@code cn=kam-directors,ou=groups,dc=example,dc=com=KA_DIRECTOR;cn=kams,ou=groups,dc=example,dc=com=KAM}.
 * The roles follow the last {@code =} of an entry (role names never contain one). Group DNs are compared as
 * LDAP names, so case and spaces after commas do not matter, as they do not in the directory.
 */
public final class GroupRoleMapping {

    private final Map<LdapName, Set<Role>> rolesByGroup;

    private GroupRoleMapping(Map<LdapName, Set<Role>> rolesByGroup) {
        this.rolesByGroup = rolesByGroup;
    }

    /** Parses the setting; a malformed DN or an unknown role name is refused with a message that names it. */
    public static GroupRoleMapping parse(String setting) {
        Map<LdapName, Set<Role>> rolesByGroup = new LinkedHashMap<>();
        for (String entry : setting == null ? new String[0] : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException("kam.ldap.roles: '" + entry.trim() + "' is not groupDN=ROLE");
            }
            LdapName group = groupName(entry.substring(0, equals).trim());
            Set<Role> roles = rolesByGroup.computeIfAbsent(group, g -> EnumSet.noneOf(Role.class));
            for (String role : entry.substring(equals + 1).split(",")) {
                roles.add(role(role.trim()));
            }
        }
        return new GroupRoleMapping(rolesByGroup);
    }

    /** The roles the given groups (their DNs, as the directory returns them) give; unknown groups give none. */
    public Set<Role> rolesOf(Collection<String> groupDns) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String dn : groupDns) {
            try {
                roles.addAll(rolesByGroup.getOrDefault(new LdapName(dn), Set.of()));
            } catch (InvalidNameException notADn) {
                // A value that is not a DN (some servers return odd memberOf values) maps to nothing.
            }
        }
        return roles;
    }

    public boolean isEmpty() {
        return rolesByGroup.isEmpty();
    }

    public int size() {
        return rolesByGroup.size();
    }

    private static LdapName groupName(String dn) {
        try {
            LdapName name = new LdapName(dn);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("kam.ldap.roles: a group DN is empty");
            }
            return name;
        } catch (InvalidNameException e) {
            throw new IllegalArgumentException("kam.ldap.roles: '" + dn + "' is not a valid DN", e);
        }
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kam.ldap.roles: '" + name + "' is not a role; the roles are "
                    + Arrays.toString(Role.values()), e);
        }
    }
}
