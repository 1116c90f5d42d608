package com.kamplanner.web.security;

import com.kamplanner.people.PasswordHashing;
import com.kamplanner.people.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The database identity store: users and roles from {@code jdbc/kam}, passwords checked with the standard
 * PBKDF2 hash, with the parameters {@link PasswordHashing} uses to store them. Disabled users cannot log in.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR, Role.Names.KAM, Role.Names.TEAM_MEMBER,
        Role.Names.HR, Role.Names.ADMIN})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/kam",
        callerQuery = "select password_hash from app_user where username = ? and enabled = true",
        groupsQuery = "select r.role from app_user_role r join app_user u on u.id = r.user_id "
                + "where u.username = ? and u.enabled = true",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_SIZE,
                PasswordHashing.KEY_SIZE})
public class IdentityStoreConfiguration {
}
