package com.kamplanner.people;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps a local {@link AppUser} row for every person who signs in through the corporate directory, because
 * accounts, teams, the audit trail and {@code /api/me} refer to users by their row. The directory stays the
 * authority: at each login the row takes the directory's name, e-mail and roles. Such a row has no local password
 * ({@link #NO_LOCAL_PASSWORD}), so it never signs in on its own. A local account that already holds the same user
 * name (the break-glass administrator, say) is left untouched.
 */
@Stateless
public class DirectoryAccounts {

    /** The password hash of a directory user's row: not a PBKDF2 hash, so no password ever matches it. */
    public static final String NO_LOCAL_PASSWORD = "!directory-account";

    private static final Logger LOG = Logger.getLogger(DirectoryAccounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * Creates or refreshes the row of a directory user. Called by the login, before anyone is authenticated:
     * hence open to all; it is only reachable from code.
     *
     * @return false when an administrator has disabled the row: the person may not sign in
     */
    @PermitAll
    public boolean mirror(String username, String displayName, String email, Set<Role> roles) {
        String name = username.toLowerCase(Locale.ROOT);
        AppUser user = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name)
                .getResultStream().findFirst().orElse(null);
        if (user == null) {
            user = new AppUser(name, displayName, roles);
            user.setEmail(email);
            user.setPasswordHash(NO_LOCAL_PASSWORD);
            em.persist(user);
            em.flush();
            audit.record(AuditAction.USER_FROM_DIRECTORY, "AppUser", user.getId(), name + " roles=" + roles);
            return true;
        }
        if (!isDirectoryAccount(user)) {
            LOG.info(() -> "'" + name + "' is a local account: its directory entry does not change it.");
            return user.isEnabled();
        }
        if (!user.isEnabled()) {
            return false;
        }
        Set<Role> before = EnumSet.noneOf(Role.class);
        before.addAll(user.getRoles());
        user.setDisplayName(displayName);
        user.setEmail(email);
        user.setRoles(roles);
        if (!before.equals(user.getRoles())) {
            audit.record(AuditAction.USER_ROLES_CHANGED, "AppUser", user.getId(),
                    name + " " + before + " -> " + user.getRoles() + " (directory)");
        }
        return true;
    }

    static boolean isDirectoryAccount(AppUser user) {
        return NO_LOCAL_PASSWORD.equals(user.getPasswordHash());
    }
}
