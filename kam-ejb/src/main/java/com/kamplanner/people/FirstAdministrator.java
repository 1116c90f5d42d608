package com.kamplanner.people;

import com.kamplanner.platform.StartupLock;
import com.kamplanner.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * Creates the first administrator, {@code admin}, when the database has none and IT has given its password in
 * {@code KAM_BOOTSTRAP_ADMIN_PASSWORD} (or the system property {@code kam.bootstrap.admin-password}).
 * There is never a default password: without the setting, no account is created.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final String USERNAME = "admin";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @PostConstruct
    void createWhenMissing() {
        Settings.get(Settings.BOOTSTRAP_ADMIN_PASSWORD).ifPresent(password -> {
            StartupLock.hold(em);
            long admins = em.createNamedQuery(AppUser.COUNT_ACTIVE_WITH_ROLE, Long.class)
                    .setParameter("role", Role.ADMIN).getSingleResult();
            boolean nameTaken = !em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                    .setParameter("username", USERNAME).getResultList().isEmpty();
            if (admins > 0 || nameTaken) {
                return;
            }
            if (password.length() < PasswordHashing.MIN_LENGTH) {
                LOG.warning("The bootstrap administrator password is shorter than " + PasswordHashing.MIN_LENGTH
                        + " characters; no administrator was created.");
                return;
            }
            AppUser admin = new AppUser(USERNAME, "Administrator", EnumSet.of(Role.ADMIN));
            admin.setPasswordHash(passwords.hash(password));
            em.persist(admin);
            LOG.info("Created the first administrator account 'admin' from the bootstrap setting.");
        });
    }
}
