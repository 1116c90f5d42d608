package com.kamplanner.web.security;

import com.kamplanner.people.DirectoryAccounts;
import com.kamplanner.platform.SchemaMigration;
import com.kamplanner.platform.Settings;
import com.kamplanner.web.security.directory.DirectorySettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The local accounts: users and roles from {@code jdbc/kam}, passwords checked with the standard PBKDF2 hash.
 * A custom store rather than {@code @DatabaseIdentityStoreDefinition} so that directory mode can switch it off
 * ({@code kam.ldap.local-users=false}) without a rebuild, and so that a directory user's row, which has no local
 * password, can never sign in here. Disabled users cannot log in. Asked after the directory.
 */
@ApplicationScoped
public class LocalIdentityStore implements IdentityStore {

    static final int PRIORITY = 20;

    private static final Logger LOG = Logger.getLogger(LocalIdentityStore.class.getName());
    private static final String PASSWORD_QUERY =
            "select password_hash from app_user where username = ? and enabled = true";
    private static final String ROLES_QUERY = "select r.role from app_user_role r join app_user u on u.id = r.user_id "
            + "where u.username = ? and u.enabled = true";

    /**
     * The application's datasource, from the EJB that owns the resource reference java:comp/env/jdbc/kam: one
     * mapping per server (glassfish-ejb-jar.xml, jboss-ejb3.xml) instead of one more in the web module.
     */
    @Inject
    SchemaMigration schema;

    @Inject
    Instance<Pbkdf2PasswordHash> hashes;

    private boolean enabled;

    @PostConstruct
    void readSettings() {
        enabled = DirectorySettings.localUsersAllowed(Settings::get);
        if (!enabled) {
            LOG.info("Directory mode without local users (kam.ldap.local-users=false): only the directory signs in.");
        }
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!enabled || !(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try (Connection connection = schema.dataSource().getConnection()) {
            String hash = passwordHash(connection, login.getCaller());
            if (!matches(login.getPassword().getValue(), hash)) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return new CredentialValidationResult(login.getCaller(), roles(connection, login.getCaller()));
        } catch (SQLException e) {
            throw new IllegalStateException("The local accounts cannot be read", e);
        }
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    private boolean matches(char[] password, String hash) {
        if (hash == null || DirectoryAccounts.NO_LOCAL_PASSWORD.equals(hash)) {
            return false;
        }
        try {
            return hashes.get().verify(password, hash);
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }

    private static String passwordHash(Connection connection, String username) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(PASSWORD_QUERY)) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static Set<String> roles(Connection connection, String username) throws SQLException {
        Set<String> roles = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(ROLES_QUERY)) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
        }
        return roles;
    }
}
