package com.kamplanner.web.security;

import com.kamplanner.people.Role;
import com.kamplanner.web.security.directory.DirectoryIdentityStore;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles the application declares, and the order in which the identity stores are asked: the corporate
 * directory first ({@link DirectoryIdentityStore}, priority 10, only when {@code kam.ldap.url} is set), then the
 * local accounts ({@link LocalIdentityStore}, priority 20, unless directory mode turns them off). The first store
 * that finds the password valid decides, and its groups are the caller's roles.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR, Role.Names.KAM, Role.Names.TEAM_MEMBER,
        Role.Names.HR, Role.Names.ADMIN})
public class IdentityStoreConfiguration {
}
